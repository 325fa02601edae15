import { FluentProvider, Title3, Body1, webLightTheme } from "@fluentui/react-components";

export interface AppProps {
  host: Office.HostType | null;
}

export function App({ host }: AppProps) {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 16 }}>
        <Title3 as="h1">飞书考勤 / Feishu Attendance</Title3>
        <Body1 as="p">{host ? "Ready." : "Open this page from the Excel ribbon: it works inside Excel only."}</Body1>
      </main>
    </FluentProvider>
  );
}
