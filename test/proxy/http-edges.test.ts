/** The HTTP edges: oversize uploads get their 413 without a broken pipe; bad HTTP is answered, never logged raw. */
import { request } from "node:http";
import { connect } from "node:net";
import { PROXY_CODES } from "../../src/core/feishu/proxy-codes";
import { CREATE, KEY, startStubStack, type StubStack } from "./support";

let s: StubStack;
beforeAll(async () => (s = await startStubStack()));
afterAll(() => s.close());

/** Uploads `bytes` in 64 KB writes, as a slow client would, and reports the answer and any socket error. */
function upload(
  bytes: number,
  chunked: boolean,
): Promise<{ status: number; text: string; error: string | null }> {
  return new Promise((resolve) => {
    let error: string | null = null;
    let answer: { status: number; text: string } | null = null;
    const headers: Record<string, string> = {
      "content-type": "application/json",
      authorization: `Bearer ${KEY}`,
    };
    if (!chunked) headers["content-length"] = String(bytes);
    const req = request(`${s.url}${CREATE}`, { method: "POST", agent: false, headers }, (res) => {
      let text = "";
      res.on("data", (c: Buffer) => (text += c.toString()));
      res.on("end", () => (answer = { status: res.statusCode ?? 0, text }));
    });
    req.on("error", (e: NodeJS.ErrnoException) => (error = e.code ?? e.message));
    req.on("close", () =>
      setTimeout(() => resolve({ status: answer?.status ?? 0, text: answer?.text ?? "", error }), 50),
    );
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      req.end();
    };
    pump();
  });
}

describe("a body over the limit", () => {
  it.each([
    ["with Content-Length", false],
    ["chunked", true],
  ])("5 MB %s: the client finishes its upload and reads the 413, no broken pipe", async (_n, chunked) => {
    const a = await upload(5 * 1024 * 1024, chunked);
    expect(a.error).toBeNull();
    expect(a.status).toBe(413);
    expect(JSON.parse(a.text)).toMatchObject({ code: PROXY_CODES.bodyTooLarge });
    expect(s.stub.received).toHaveLength(0);
  });

  it("declared over the limit by a client that asks first (Expect: 100-continue): 413 at once, no go-ahead to upload", async () => {
    const answer = await rawExchange(
      `POST ${CREATE} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${KEY}\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${5 * 1024 * 1024}\r\nExpect: 100-continue\r\n\r\n`,
      null,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).not.toContain("100 Continue");
    expect(answer).toContain(`"code":${PROXY_CODES.bodyTooLarge}`);
  });

  it("within the limit, a client that asks first gets the go-ahead and its answer", async () => {
    const body = '{"emails":["e0001@example.com"]}';
    const answer = await rawExchange(
      `POST /open-apis/contact/v3/users/batch_get_id?user_id_type=user_id HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${KEY}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${body.length}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n`,
      body,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 OK/);
    expect(answer).toContain('"code":0');
  });
});

describe("a request that is not valid HTTP", () => {
  it("with a URL that cannot be decoded: 400 in Feishu's envelope, the URL neither echoed nor logged", async () => {
    const answer = await rawExchange(
      `GET /open-apis/%zz${KEY} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request/);
    const body = JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4)) as { code: number; msg: string };
    expect(body).toMatchObject({
      code: PROXY_CODES.badRequest,
      msg: expect.stringMatching(/URL is not valid/),
    });
    expect(answer).not.toContain(KEY);
    expect(s.logs.join("")).not.toContain(KEY);
  });

  it("is answered 400 in Feishu's envelope, and its raw bytes (a key among them) are never logged", async () => {
    const raw = `POST ${CREATE} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${KEY}\r\nContent-Length: nope\r\n\r\n{}`;
    const answer = await rawExchange(raw);
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request/);
    expect(answer).toContain(`"code":${PROXY_CODES.badRequest}`);
    const logs = s.logs.join("");
    expect(logs).toContain("request is not valid HTTP");
    expect(logs).not.toContain(KEY);
    expect(logs).not.toContain("rawPacket");
  });
});

/**
 * Sends `raw` on a fresh connection and resolves with everything that came back. With `after`,
 * the connection stays open (a half-close would abort the request) and `after` follows once
 * the server says 100 Continue (never, if it does not); `after: null` sends nothing more.
 */
function rawExchange(raw: string, after?: string | null): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const sock = connect(Number(new URL(s.url).port), "127.0.0.1", () =>
      after === undefined ? sock.end(raw) : sock.write(raw),
    );
    let text = "";
    sock.on("data", (c: Buffer) => {
      text += c.toString();
      if (typeof after === "string" && text === "HTTP/1.1 100 Continue\r\n\r\n") sock.write(after);
    });
    sock.on("close", () => resolve(text));
    sock.on("error", reject);
  });
}
