import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import type { SelfCheckAnswer } from "../../src/taskpane/ports";
import { SETTINGS_KEY } from "../../src/taskpane/settings";
import { harness, OK_CHECK, renderPane, SELF_CHECK } from "./fakes";

async function saveAndTest(key: string) {
  fireEvent.change(screen.getByLabelText(/^API key/), { target: { value: key } });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Save and test the connection" }));
  });
}

describe("setup", () => {
  test("creates the template and says what it did", async () => {
    const h = harness();
    h.adapter.report = { created: ["trip"], repaired: ["leave"], unchanged: ["out", "overtime"] };
    renderPane(h);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Create or repair the template" }));
    });
    expect(h.adapter.calls).toContain("ensureTemplate");
    // New sheets need their own change events: the pane subscribes again.
    expect([h.adapter.subscriptions, h.adapter.unsubscribed]).toEqual([2, true]);
    expect(screen.getByTestId("template-report").textContent).toBe(
      "Created: Business trip. Repaired: Leave. Already fine: Out of office and Overtime.",
    );
  });

  test("sheets that hold other data are named, not overwritten", async () => {
    const h = harness();
    h.adapter.report = {
      created: [],
      repaired: [],
      unchanged: ["leave"],
      conflicts: [{ kind: "trip", sheet: "Trip" }],
    };
    renderPane(h);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Create or repair the template" }));
    });
    expect(screen.getByText(/hold other data where the table would go.*"Trip"/)).toBeTruthy();
  });

  test.each([
    [
      "en-US",
      /^Ask IT for it; IT makes one with npm run proxy -- new-key hr-clerks\. Trying the add-in with the emulator\? npm start prints the development key\./,
    ],
    [
      "zh-CN",
      /^请向 IT 索取；IT 用 npm run proxy -- new-key hr-clerks 生成密钥。用模拟器试用加载项时，npm start 会显示开发密钥。/,
    ],
  ])("%s: the key field says where the key comes from, and how IT makes one", (lang, said) => {
    renderPane(harness({ displayLanguage: lang }), lang);
    const hint = screen.getByTestId("api-key-hint");
    expect(hint.textContent).toMatch(said);
    // The commands are code, left as typed in either language.
    expect([...hint.querySelectorAll("code[translate=no]")].map((c) => c.textContent)).toEqual([
      "npm run proxy -- new-key hr-clerks",
      "npm start",
    ]);
    const key = screen.getByLabelText(lang === "en-US" ? /^API key/ : /^API 密钥/);
    expect(key.getAttribute("aria-describedby")).toBe(hint.parentElement?.id);
  });

  test("the proxy URL defaults to the page's origin; settings are stored on the device", async () => {
    const h = harness();
    renderPane(h);
    expect((screen.getByLabelText(/^Proxy address/) as HTMLInputElement).value).toBe("https://pane.test");
    fireEvent.change(screen.getByLabelText(/^Employee ID type/), { target: { value: "employee_no" } });
    await saveAndTest(" secret-key ");
    expect(h.client.made).toEqual([{ baseUrl: "https://pane.test", key: "secret-key" }]);
    expect(JSON.parse(h.ports.store.getItem(SETTINGS_KEY) ?? "{}")).toMatchObject({
      proxyUrl: "https://pane.test",
      credential: { type: "apiKey", key: "secret-key" },
      employeeType: "employee_no",
    });
  });

  const failure = (status: number | null, code: number | null, message = "x"): SelfCheckAnswer => ({
    ok: false,
    failure: { status, code, message },
  });
  const okButNoToken: SelfCheckAnswer = {
    ok: true,
    check: { ...SELF_CHECK, ok: false, token: { ok: false, message: "app secret invalid" } },
  };
  const okButNoQuery: SelfCheckAnswer = {
    ok: true,
    check: {
      ...SELF_CHECK,
      ok: false,
      calls: { create: true, query: false, process: true, batchGetId: true },
    },
  };

  test.each<[string, SelfCheckAnswer, RegExp, RegExp]>([
    [
      "connected",
      OK_CHECK,
      /Connected to the Feishu emulator \(for testing\)\..*app_id=cli_test123 caller=/,
      /up to 45 records/,
    ],
    [
      "unreachable",
      failure(null, null, "fetch failed"),
      /Cannot reach the proxy at https:\/\/pane.test/,
      /What to do: Check the address/,
    ],
    ["wrong key", failure(401, 1790001), /did not accept this API key/, /What to do: /],
    ["not allowed", failure(403, 1790002), /not allowed to use this proxy/, /What to do \(IT\): /],
    [
      "not the proxy",
      failure(404, null),
      /is not the attendance proxy/,
      /Ask IT for the right proxy address/,
    ],
    [
      "no token",
      okButNoToken,
      /refused the proxy's app credentials, so the proxy gets no access token\./,
      /What to do \(IT\): .*FEISHU_APP_SECRET/,
    ],
    ["a call fails", okButNoQuery, /these do not work: reading records back/, /attendance:task:readonly/],
    [
      "Feishu out of the proxy's reach",
      failure(502, 1790004, "upstream down"),
      /^The proxy cannot reach Feishu\./,
      /What to do \(IT\): .*FEISHU_BASE_URL/,
    ],
    [
      "the proxy down behind the dev server (a gateway's 504)",
      failure(504, null, "Error occurred while trying to proxy"),
      /^Cannot reach the proxy at https:\/\/pane\.test\./,
      /ask IT whether the proxy is running\.Details for ITHTTP 504, Error occurred/,
    ],
    [
      "other",
      failure(500, 1790009, "internal"),
      /^The proxy at https:\/\/pane\.test could not answer the connection test\./,
      /Send this message to IT, with the "Details for IT" below\.Details for ITHTTP 500, code 1790009/,
    ],
  ])("connection test answer: %s", async (_name, answer, headline, advice) => {
    renderPane(harness({ answer }));
    await saveAndTest("k");
    const result = await screen.findByTestId("connection-result");
    expect(result.textContent).toMatch(headline);
    expect(result.textContent).not.toMatch(/[\u4e00-\u9fff]/); // one language per screen
    expect(result.textContent).toMatch(advice);
  });

  test("a client that throws is reported as unreachable, never as a crash", async () => {
    const h = harness();
    h.ports.createClient = () => ({
      ...h.client({ baseUrl: "", credential: { type: "apiKey", key: "" } }),
      selfCheck: () => Promise.reject(new Error("boom")),
    });
    renderPane(h);
    await saveAndTest("k");
    await waitFor(() =>
      expect(screen.getByTestId("connection-result").textContent).toMatch(/Cannot reach the proxy/),
    );
  });
});
