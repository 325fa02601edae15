import { render, screen } from "@testing-library/react";
import { Header } from "../../../src/taskpane/components/Header";
import { S } from "../../../src/taskpane/strings";
import { LocaleContext, say } from "../../../src/taskpane/i18n";

test.each(["en-US", "zh-CN"] as const)(
  "in %s: the title as the page's heading and what the pane is for",
  (locale) => {
    render(
      <LocaleContext.Provider value={locale}>
        <Header locale={locale} onLocale={() => undefined} />
      </LocaleContext.Provider>,
    );
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(say(S.appTitle, locale));
    expect(screen.getByText(say(S.appSubtitle, locale))).toBeTruthy();
    expect(
      (screen.getByRole("radio", { name: locale === "zh-CN" ? "中文" : "English" }) as HTMLInputElement)
        .checked,
    ).toBe(true);
  },
);
