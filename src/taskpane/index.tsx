import { createRoot } from "react-dom/client";
import { App } from "./App";

// Render inside Office.onReady, as the official template does; outside Office host is null
// and the App says so instead of showing a blank pane.
Office.onReady((info) => {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(<App host={info.host ?? null} />);
});
