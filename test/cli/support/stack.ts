/** The real proxy and emulator (test/engine/support/stack.ts) with the environment the command reads. */
import {
  CLERK_KEY,
  startEngineStack,
  type EngineStack,
  type EngineStackOptions,
} from "../../engine/support/stack";

export interface CliStack extends EngineStack {
  env: Record<string, string>;
}

export async function startCliStack(o: EngineStackOptions = {}): Promise<CliStack> {
  const stack = await startEngineStack(o);
  return {
    ...stack,
    env: { FEISHU_PROXY_URL: stack.proxy.url, FEISHU_PROXY_KEY: CLERK_KEY, LANG: "en_US.UTF-8" },
  };
}
