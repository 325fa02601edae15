#!/usr/bin/env node
// The feishu-attendance command. It runs the TypeScript source through tsx's require hook, so a
// clone works after `npm install` with no build step (src/cli/main.ts does the work).
import { createRequire } from "node:module";
import { register } from "tsx/cjs/api";

register();
const require = createRequire(import.meta.url);
require("../src/cli/main.ts").main();
