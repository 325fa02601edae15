/** One editable cell of the playground grid: typing commits on Enter or on leaving the cell. */
import { memo, useRef } from "react";

export type SelectHow = "new" | "extend" | "add";

export interface GridCellProps {
  label: string;
  text: string;
  fill: string | null;
  selected: boolean;
  header: boolean;
  className: string;
  onCommit(label: string, text: string): void;
  /** "extend" with Shift (from the anchor), "add" with Ctrl/Cmd (another area, as Ctrl+click in Excel). */
  onSelect(label: string, how: SelectHow): void;
}

export const GridCell = memo(function GridCell({
  label,
  text,
  fill,
  selected,
  header,
  className,
  onCommit,
  onSelect,
}: GridCellProps) {
  // A click selects on mouse down (Shift extends, Ctrl adds an area); the focus that follows must not undo that.
  const byMouse = useRef(false);
  return (
    <td
      className={className}
      data-selected={selected || undefined}
      style={fill ? { backgroundColor: fill } : undefined}
    >
      <input
        key={text}
        aria-label={label}
        defaultValue={text}
        style={header ? { fontWeight: 600 } : undefined}
        onMouseDown={(e) => {
          byMouse.current = true;
          onSelect(label, e.shiftKey ? "extend" : e.ctrlKey || e.metaKey ? "add" : "new");
        }}
        onFocus={() => {
          if (!byMouse.current) onSelect(label, "new");
          byMouse.current = false;
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter") e.currentTarget.blur();
          if (e.key === "Escape") e.currentTarget.value = text;
        }}
        onBlur={(e) => {
          if (e.currentTarget.value !== text) onCommit(label, e.currentTarget.value);
        }}
      />
    </td>
  );
});
