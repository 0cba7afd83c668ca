// The log pane: what happened, newest last (connection, commands and their answers, shares).
const MAX_LINES = 500;

export function setupLogPane(list, hub) {
  hub.on("log", ({ level, text }) => {
    const li = document.createElement("li");
    li.className = `log-${level}`;
    const time = new Date().toTimeString().slice(0, 8);
    li.textContent = `${time}  ${text}`;
    list.appendChild(li);
    while (list.children.length > MAX_LINES) list.removeChild(list.firstChild);
    list.scrollTop = list.scrollHeight;
  });
}
