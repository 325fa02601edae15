/**
 * At boot the proxy fetches one tenant token, so wrong Feishu credentials are said at once, loudly
 * in the log and in GET /healthz, instead of at the first clerk's send. The proxy keeps serving
 * either way: /self-check explains the problem to the pane, and a fixed secret needs a restart.
 */
import { PROXY_CODES } from "../core/feishu/proxy-codes";
import type { ProxyDeps } from "./deps";
import { ProxyError, renderMsg, say } from "./errors";

/** What the boot check found: still checking, accepted, refused, or Feishu out of reach. */
export type FeishuAtBoot = "checking" | "ok" | "credentials_refused" | "unreachable";

export interface BootCheck {
  readonly state: FeishuAtBoot;
  /** Settles with the final state (never rejects). */
  readonly done: Promise<FeishuAtBoot>;
}

/** A check that never ran (an app built without listening, e.g. in tests): reports "ok". */
export const NO_BOOT_CHECK: BootCheck = { state: "ok", done: Promise.resolve("ok") };

export function checkFeishuAtBoot(deps: Pick<ProxyDeps, "tokens" | "logger">, appId: string): BootCheck {
  let state: FeishuAtBoot = "checking";
  const done = deps.tokens.get().then(
    (): FeishuAtBoot => {
      deps.logger.info({ feishu: "ok", app_id: appId }, renderMsg(say("bootAccepted")));
      return (state = "ok");
    },
    (e: unknown): FeishuAtBoot => {
      const unreachable = e instanceof ProxyError && e.code === PROXY_CODES.upstreamUnreachable;
      state = unreachable ? "unreachable" : "credentials_refused";
      deps.logger.error(
        {
          feishu: state,
          app_id: appId,
          detail: e instanceof ProxyError ? e.envelope.msg : String(e),
        },
        renderMsg(say(unreachable ? "bootUnreachable" : "bootCredentialsRefused")),
      );
      return state;
    },
  );
  return {
    get state() {
      return state;
    },
    done,
  };
}

/** GET /healthz's body: Feishu's envelope, code 0 unless the boot check found a problem. */
export function healthBody(boot: BootCheck, devKey: boolean) {
  const data = { feishu: boot.state, ...(devKey ? { dev_key: true } : {}) };
  if (boot.state === "credentials_refused")
    return { code: PROXY_CODES.tokenUnavailable, msg: renderMsg(say("bootCredentialsRefused")), data };
  if (boot.state === "unreachable")
    return { code: PROXY_CODES.upstreamUnreachable, msg: renderMsg(say("bootUnreachable")), data };
  return { code: 0, msg: "ok", data };
}
