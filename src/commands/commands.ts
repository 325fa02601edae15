// The ribbon button only opens the task pane (ShowTaskpane), so no function commands are
// registered. The page exists because the manifest's FunctionFile must point at one.
Office.onReady(() => undefined);
