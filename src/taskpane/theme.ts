/**
 * The pane's one theme file: Office's light or dark theme mapped onto Fluent's web themes,
 * and the few layout styles every panel shares (Fluent tokens only, no raw colours).
 */
import { makeStyles, tokens, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** The part of Office.context.officeTheme the pane reads. */
export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
}

/** Relative luminance of a #rrggbb colour, 0 (black) to 1 (white). */
function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Dark Office themes (Black, Dark Gray) get Fluent's dark theme; everything else light. */
export function themeFor(office: OfficeThemeColors | null | undefined): Theme {
  const lum = office?.bodyBackgroundColor ? luminance(office.bodyBackgroundColor) : null;
  return lum !== null && lum < 0.2 ? webDarkTheme : webLightTheme;
}

export const useLayoutStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** A list without bullets or indent, its items stacked (each list adds its own gap). */
export const PLAIN_LIST = {
  listStyleType: "none",
  margin: 0,
  padding: 0,
  display: "flex",
  flexDirection: "column",
} as const;

/** A list of rows, each a button that jumps to its row in the sheet (failure report, verify marks). */
export const useRowJumpStyles = makeStyles({
  list: { ...PLAIN_LIST, gap: "2px" },
  item: {
    justifyContent: "flex-start",
    textAlign: "start",
    height: "auto",
    fontWeight: tokens.fontWeightRegular,
  },
});
