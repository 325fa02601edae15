/**
 * The Feishu stub as its own process (`tsx test/support/feishu-stub-main.ts`), so its clock
 * and event loop are not the proxy's: what it records is when requests really arrived.
 * Options come as JSON in STUB_OPTIONS (limitPerSec, closeConnections, and `stall: {ms, everyMs}`
 * for a busy host that stops the stub now and then); it prints its URL, and
 * `GET /__stub/received` lists the arrivals.
 */
import { startFeishuStub } from "./feishu-stub";
import type { StubProcessOptions } from "./feishu-stub-process";

const options = JSON.parse(process.env.STUB_OPTIONS ?? "{}") as StubProcessOptions;
void startFeishuStub(options).then((stub) => {
  process.stdout.write(`stub listening on ${stub.url}\n`);
  const stall = options.stall;
  if (stall)
    setInterval(() => {
      const until = performance.now() + stall.ms;
      while (performance.now() < until); // the host has the stub descheduled
    }, stall.everyMs).unref();
  const stop = () => void stub.close().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  process.on("disconnect", stop);
});
