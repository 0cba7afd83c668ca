// Light/dark theme: the attribute on <html> drives CSS variables; the choice is remembered.
export function setupTheme(button, hub) {
  const root = document.documentElement;
  button.addEventListener("click", () => {
    const next = root.getAttribute("data-theme") === "dark" ? "light" : "dark";
    root.setAttribute("data-theme", next);
    try { localStorage.setItem("bpfplay.theme", next); } catch (e) { /* private mode */ }
    hub.emit("log", { level: "info", text: `theme: ${next}` });
  });
}
