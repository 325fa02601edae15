/**
 * The Feishu stub as its own process (`tsx test/support/feishu-stub-main.ts`), so its clock
 * and event loop are not the proxy's: what it records is when requests really arrived.
 * Options come as JSON in STUB_OPTIONS (limitPerSec, closeConnections); it prints its URL and
 * token, and `GET /__stub/received` lists the arrivals.
 */
import { startFeishuStub } from "./feishu-stub";

void startFeishuStub(JSON.parse(process.env.STUB_OPTIONS ?? "{}") as object).then((stub) => {
  process.stdout.write(`stub listening on ${stub.url}\n`);
  const stop = () => void stub.close().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  process.on("disconnect", stop);
});
