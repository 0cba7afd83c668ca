// Entry point: builds the page's parts and wires them through the hub. The server renders the layout
// (templates/playground.html); this script fills the editor, opens the session socket and connects
// buttons and shortcuts to protocol messages.
import "./styles.css";
import { createHub } from "./hub.js";
import { createEditor, EXAMPLE } from "./editor/editor.js";
import { createSocket } from "./protocol/socket.js";
import { ErrorCodes } from "./protocol/messages.js";
import { setupTheme } from "./theme.js";
import { setupKeys } from "./keys.js";
import { setupLogPane } from "./panes/log-pane.js";
import { setupTabs } from "./panes/tabs.js";
import { setupRunPane } from "./panes/run-pane.js";
import { createShare, loadShare } from "./share/share-link.js";
import { fragmentUrl, snapshotFromFragment } from "./share/url-state.js";

const DRAFT_KEY = "bpfplay.draft";
const $ = (id) => document.getElementById(id);

const hub = createHub();
setupLogPane($("log"), hub);
setupTheme($("theme-toggle"), hub);
setupKeys(hub);
setupRunPane(document.querySelector("#run-regs tbody"));
const tabs = setupTabs(document.querySelector(".pane-state"), hub);
const shareId = document.body.dataset.shareId || "";
const engineAvailable = document.body.dataset.engineAvailable === "true";

let draft = null;
try { draft = localStorage.getItem(DRAFT_KEY); } catch (e) { /* private mode */ }
const fromLink = shareId || location.hash.startsWith("#z=");
const editor = createEditor($("editor"), fromLink ? "" : (draft || EXAMPLE), (text) => {
  try { localStorage.setItem(DRAFT_KEY, text); } catch (e) { /* full or private */ }
});
window.bpfplay = { editor, hub };   // for debugging in the console and for the browser tests

// --- session socket -------------------------------------------------------------------------------
const status = $("socket-status");
hub.on("socket.state", ({ state, detail }) => {
  status.dataset.state = state;
  status.textContent = state === "open" ? "connected" : state;
  if (state === "open") hub.emit("log", { level: "info", text: `connected (protocol ${detail.protocol}, engine ${detail.engine.available ? "available" : "not available yet"})` });
  if (state === "closed") hub.emit("log", { level: "warn", text: `disconnected${detail && detail.reason ? ": " + detail.reason : ""}` });
});
const socket = createSocket(hub);

// --- commands (buttons and shortcuts) -------------------------------------------------------------
hub.on("command", async ({ command, payload, label, via }) => {
  hub.emit("log", { level: "info", text: `${label}${via ? " (" + via + ")" : ""}` });
  const reply = await socket.request(command, payload);
  if (reply.type === "error") {
    const p = reply.payload;
    const level = p.code === ErrorCodes.ENGINE_UNAVAILABLE ? "unavailable" : "error";
    hub.emit("log", { level, text: p.code === ErrorCodes.ENGINE_UNAVAILABLE ? `${label}: not available yet (${p.message})` : `${label}: ${p.message}` });
  }
});
for (const button of document.querySelectorAll("button[data-command]")) {
  if (!engineAvailable) {
    button.classList.add("unavailable");
    button.title += " - not available yet";
  }
  button.addEventListener("click", () => {
    const payload = button.dataset.mode ? { mode: button.dataset.mode } : {};
    if (button.dataset.command === "verify" || button.dataset.command === "run") {
      payload.program = editor.text();
      payload.settings = { programType: $("prog-type").value };
    }
    hub.emit("command", { command: button.dataset.command, payload, label: button.textContent.replace(/\s*(F\d+|⇧F\d+)$/, "").trim() });
  });
}

// --- share links ----------------------------------------------------------------------------------
function snapshot() {
  return {
    program: editor.text(),
    settings: { programType: $("prog-type").value },
    inputs: {},
    mapSeeds: {},
    view: { tab: tabs.current() },
  };
}
$("btn-share").addEventListener("click", async () => {
  const state = snapshot();
  try {
    const { url } = await createShare(state);
    $("share-url").value = url;
    $("share-box").hidden = false;
    $("share-url").select();
    hub.emit("log", { level: "info", text: `share link: ${url}` });
  } catch (e) {
    hub.emit("log", { level: "error", text: `share failed: ${e.message}` });
  }
  const selfContained = await fragmentUrl(state).catch(() => null);
  $("share-fragment-url").value = selfContained || "";
  $("share-fragment").hidden = !selfContained;
});
$("share-copy").addEventListener("click", () => {
  navigator.clipboard?.writeText($("share-url").value).then(
    () => hub.emit("log", { level: "info", text: "share link copied" }),
    () => { $("share-url").select(); });
});
$("share-close").addEventListener("click", () => { $("share-box").hidden = true; });

function applySnapshot(share, name) {
  editor.setText(share.program);
  if (share.settings && share.settings.programType) $("prog-type").value = share.settings.programType;
  if (share.view && share.view.tab) tabs.select(share.view.tab);
  document.body.dataset.loaded = name;
  hub.emit("log", { level: "info", text: `opened ${name}` });
}
if (shareId) {
  loadShare(shareId).then((share) => applySnapshot(share, `share ${shareId}`),
    (e) => hub.emit("log", { level: "error", text: `could not open share ${shareId}: ${e.message}` }));
} else if (location.hash.startsWith("#z=")) {
  snapshotFromFragment(location.hash).then((share) => applySnapshot(share, "self-contained link"),
    (e) => {
      editor.setText(draft || EXAMPLE);
      hub.emit("log", { level: "error", text: `could not read the self-contained link: ${e.message}` });
    });
}
