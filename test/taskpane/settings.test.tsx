/** The pane's settings on this device: the "Your name" setting is kept like the others. */
import {
  defaultSettings,
  loadSettings,
  memoryStore,
  saveSettings,
  SETTINGS_KEY,
  YOUR_NAME_MAX,
} from "../../src/taskpane/settings";

describe("settings", () => {
  test("Your name is blank by default and survives a save and a load", () => {
    const store = memoryStore();
    expect(loadSettings(store, "https://pane.test").yourName).toBe("");
    saveSettings(store, { ...defaultSettings("https://pane.test"), yourName: "李娜" });
    expect(loadSettings(store, "https://pane.test").yourName).toBe("李娜");
  });

  test.each([
    [{ yourName: "  Li Na  " }, "Li Na"],
    [{ yourName: 42 }, ""],
    [{}, ""],
    [{ yourName: "x".repeat(YOUR_NAME_MAX + 20) }, "x".repeat(YOUR_NAME_MAX)],
  ])("a stored %p reads as %p", (stored, name) => {
    const store = memoryStore();
    store.setItem(SETTINGS_KEY, JSON.stringify({ proxyUrl: "https://proxy.test", ...stored }));
    const s = loadSettings(store, "https://pane.test");
    expect(s.yourName).toBe(name);
    expect(s.proxyUrl).toBe("https://proxy.test");
  });
});
