// Debugger shortcuts, as in browser devtools and IDEs: F5 continue, F10 step over, F11 step into,
// Shift+F11 step back. Captured on the window so they work with the editor focused and so the
// browser's own F5 (reload) and F11 (full screen) do not fire.
import { Commands } from "./protocol/messages.js";

export const SHORTCUTS = [
  { key: "F5", shift: false, command: Commands.CONTINUE, payload: {}, label: "continue" },
  { key: "F10", shift: false, command: Commands.STEP, payload: { mode: "over" }, label: "step over" },
  { key: "F11", shift: false, command: Commands.STEP, payload: { mode: "into" }, label: "step into" },
  { key: "F11", shift: true, command: Commands.STEP_BACK, payload: {}, label: "step back" },
];

export function setupKeys(hub) {
  window.addEventListener("keydown", (e) => {
    const s = SHORTCUTS.find((k) => k.key === e.key && k.shift === e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey);
    if (!s) return;
    e.preventDefault();
    e.stopPropagation();
    hub.emit("command", { command: s.command, payload: s.payload, label: s.label, via: s.key });
  }, true);
}
