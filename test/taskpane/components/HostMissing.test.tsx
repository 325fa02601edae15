import { render, screen } from "@testing-library/react";
import { HostMissing } from "../../../src/taskpane/components/HostMissing";

test("outside Office: says so, and is ready (not a blank pane)", () => {
  render(<HostMissing playgroundUrl={null} />);
  const main = screen.getByTestId("host-missing");
  expect(main.getAttribute("data-ready")).toBe("true");
  expect(screen.getByText("Open this in Excel")).toBeTruthy();
  expect(screen.queryByRole("link")).toBeNull();
});

test("a development build links to the playground", () => {
  render(<HostMissing playgroundUrl="/playground.html" />);
  expect(screen.getByRole("link").getAttribute("href")).toBe("/playground.html");
});
