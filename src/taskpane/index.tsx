import { createRoot } from "react-dom/client";
import { App } from "./App";

// Render inside Office.onReady, as the official template does. Outside Office host is null
// and the App says so instead of showing a blank pane.
Office.onReady((info) => {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(<App ports={null} displayLanguage={info.host ? Office.context.displayLanguage : null} />);
});
