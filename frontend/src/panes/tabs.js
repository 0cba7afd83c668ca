// The tabs of the state pane (verifier / run / CFG). The selected tab is part of a share's view.
export function setupTabs(root, hub) {
  const tabs = [...root.querySelectorAll("[role=tab]")];
  const bodies = [...root.querySelectorAll("[role=tabpanel]")];
  let current = "verifier";
  function select(name) {
    if (!tabs.some((t) => t.dataset.tab === name)) return;
    current = name;
    for (const t of tabs) t.setAttribute("aria-selected", String(t.dataset.tab === name));
    for (const b of bodies) b.hidden = b.dataset.view !== name;
    hub.emit("view.tab", name);
  }
  for (const t of tabs) t.addEventListener("click", () => select(t.dataset.tab));
  root.addEventListener("keydown", (e) => {
    if (e.key !== "ArrowRight" && e.key !== "ArrowLeft") return;
    const i = tabs.findIndex((t) => t.dataset.tab === current);
    const next = tabs[(i + (e.key === "ArrowRight" ? 1 : tabs.length - 1)) % tabs.length];
    select(next.dataset.tab);
    next.focus();
  });
  return { select, current: () => current };
}
