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
import { setupRunPane, runSections } from "./panes/run-pane.js";
import { setupInputsPane } from "./panes/inputs-pane.js";
import { setupMapsPane } from "./panes/maps-pane.js";
import { setupOutputPane } from "./panes/output-pane.js";
import { setupInsnPane } from "./panes/insn-pane.js";
import { setupVerifierPane } from "./panes/verifier-pane.js";
import { setupCfgPane } from "./panes/cfg-pane.js";
import { createMachineModel } from "./debug/machine-model.js";
import { createShare, loadShare } from "./share/share-link.js";
import { fragmentUrl, snapshotFromFragment } from "./share/url-state.js";

const DRAFT_KEY = "bpfplay.draft";
const $ = (id) => document.getElementById(id);

const hub = createHub();
setupLogPane($("log"), hub);
setupTheme($("theme-toggle"), hub);
setupKeys(hub);
const model = createMachineModel(hub);
setupRunPane({
  regs: document.querySelector("#run-regs tbody"), stack: $("stack-bytes"), packet: $("packet-bytes"),
  fields: $("packet-fields"), status: $("run-status"), fault: $("run-fault"),
  stackTitle: $("stack-title"), packetTitle: $("packet-title"),
}, hub, model);
const sections = runSections($("view-run"));
const inputs = setupInputsPane({ type: $("prog-type"), inputs: sections.inputs, context: sections.context }, hub, model);
setupMapsPane(sections.maps, hub, model);
setupOutputPane({ trace: sections.trace, events: sections.events }, hub, model);
const insns = setupInsnPane($("insns"), hub, model);
const tabs = setupTabs(document.querySelector(".pane-state"), hub);
const verifier = setupVerifierPane($("view-verifier"), hub, { insnRoot: $("insns") });
setupCfgPane($("view-cfg"), hub);
setupCfgPane($("cfg-wide"), hub);
const shareId = document.body.dataset.shareId || "";

let draft = null;
try { draft = localStorage.getItem(DRAFT_KEY); } catch (e) { /* private mode */ }
const fromLink = shareId || location.hash.startsWith("#z=");
const editor = createEditor($("editor"), fromLink ? "" : (draft || EXAMPLE), (text) => {
  try { localStorage.setItem(DRAFT_KEY, text); } catch (e) { /* full or private */ }
  scheduleLoad();
});
window.bpfplay = { editor, hub, model, verifier };   // for debugging in the console and for the browser tests

// --- session socket -------------------------------------------------------------------------------
const status = $("socket-status");
hub.on("socket.state", ({ state, detail }) => {
  status.dataset.state = state;
  status.textContent = state === "open" ? "connected" : state;
  if (state === "open") hub.emit("log", { level: "info", text: `connected (protocol ${detail.protocol}, engine ${detail.engine.available ? "available" : "not available yet"})` });
  if (state === "closed") hub.emit("log", { level: "warn", text: `disconnected${detail && detail.reason ? ": " + detail.reason : ""}` });
});
const socket = createSocket(hub);

// --- loading: the program is assembled as you type (debounced), errors become inline markers -------
const LOAD_DELAY_MS = 300;
let loadTimer = null;
let dirty = true;
function scheduleLoad() {
  dirty = true;
  clearTimeout(loadTimer);
  loadTimer = setTimeout(load, LOAD_DELAY_MS);
}
async function load() {
  clearTimeout(loadTimer);
  loadTimer = null;
  dirty = false;
  const reply = await socket.request("load", { source: editor.text(), packet: $("packet-input").value, settings: inputs.settings() });
  if (reply.type !== "loaded") {
    if (reply.payload.code !== "closed") hub.emit("log", { level: "error", text: `load: ${reply.payload.message}` });
    return false;
  }
  const p = reply.payload;
  editor.showErrors(p.errors);
  showPacketErrors(p.packetErrors, p.runError);
  document.body.dataset.asmErrors = String(p.errors.length);
  $("insns").classList.toggle("stale", !p.ok);
  if (p.ok) {
    insns.render(p.instructions);
    hub.emit("program.loaded", p.instructions);
    if (insns.hasBreakpoints()) await socket.request("setBreakpoints", insns.breakpoints());
    verify();
  } else {
    model.unload();
    if (p.errors.length) {
      const e = p.errors[0];
      hub.emit("log", { level: "error", text: `${p.errors.length} assembler error${p.errors.length > 1 ? "s" : ""}; first ${e.line}:${e.column}: ${e.message}` });
    }
  }
  return p.ok;
}
// --- verifying: after every successful load; the events stream into the verifier pane --------------
async function verify() {
  const reply = await socket.request("verify", { programType: $("prog-type").value, logLevel: 2, mode: $("prog-mode").value });
  if (reply.type === "verified") {
    verifier.finish(reply.payload);
    const p = reply.payload;
    if (p.complete !== false && !p.accepted) {
      editor.showErrors([{ line: Math.max(1, p.line), column: 1, message: `verifier: ${p.message}` }]);
      hub.emit("log", { level: "error", text: `verifier rejected the program at pc ${p.failingInsn} (line ${p.line}): ${p.message}` });
    } else if (p.accepted) {
      hub.emit("log", { level: "info", text: `verifier: accepted (${p.processed} insns processed)` });
    }
  } else if (reply.type === "error" && reply.payload.code !== "closed") {
    verifier.failed(`verifier: ${reply.payload.message}`);
  }
}
$("prog-type").addEventListener("change", () => { if (!dirty && model.m.loaded) verify(); else scheduleLoad(); });
$("prog-mode").addEventListener("change", () => { if (!dirty && model.m.loaded) verify(); else scheduleLoad(); });
hub.on("insn.select", (insn) => { if (tabs.current() === "verifier") hub.emit("verifier.pc", insn.pc); });

async function ensureLoaded() {
  if (dirty || loadTimer) return load();
  return model.m.loaded;
}
function showPacketErrors(errors, runError) {
  const lines = errors.map((e) => `packet ${e.location}: ${e.message}`);
  if (runError) lines.push(runError);
  $("packet-errors").textContent = lines.join("\n");
}
hub.on("socket.hello", () => { load(); });
hub.on("message.state", (m) => model.applyState(m.payload));
hub.on("message.diff", (m) => model.applyDiff(m.payload));
hub.on("machine", () => editor.showRunLine(model.m.loaded ? model.m.line : 0));
hub.on("machine", () => {   // a figure for the report: page start to the first machine state shown
  if (model.m.loaded && window.bpfplay.firstStateMs === undefined) window.bpfplay.firstStateMs = performance.now();
});
hub.on("socket.state", ({ state }) => {
  if (state === "open" && window.bpfplay.socketOpenMs === undefined) window.bpfplay.socketOpenMs = performance.now();
});
hub.on("breakpoints.changed", async (payload) => {
  const reply = await socket.request("setBreakpoints", payload);
  if (reply.type === "error") hub.emit("log", { level: "error", text: `breakpoints: ${reply.payload.message}` });
});

let packetTimer = null;
async function changeInput() {
  const reply = await socket.request("changeInput", { packet: $("packet-input").value, settings: inputs.settings() });
  if (reply.type === "input") showPacketErrors(reply.payload.packetErrors, reply.payload.runError);
  else if (reply.type === "error") hub.emit("log", { level: "error", text: `inputs: ${reply.payload.message}` });
  if (reply.type === "input" && !model.m.loaded) scheduleLoad();   // a load that failed on its inputs
}
$("packet-input").addEventListener("input", () => {
  clearTimeout(packetTimer);
  packetTimer = setTimeout(changeInput, LOAD_DELAY_MS);
});
hub.on("inputs.changed", () => changeInput());
hub.on("map.set", async (edit) => {
  const reply = await socket.request("setMapEntry", edit);
  if (reply.type !== "mapEntry") {
    hub.emit("log", { level: "error", text: `map ${edit.map}: ${reply.payload.message}` });
    return;
  }
  const p = reply.payload;
  hub.emit("map.result", { map: edit.map, ok: p.ok, error: p.error });
  if (p.map) model.applyMap(p.map, edit.key);
  if (p.ok) {
    inputs.seedEdited(edit.map, edit.key, edit.delete ? null : edit.value);
    hub.emit("log", { level: "info", text: `map ${edit.map}[${edit.key}] ${edit.delete ? "deleted" : "= " + edit.value}` });
  } else {
    hub.emit("log", { level: "error", text: `map ${edit.map}: ${p.error}` });
  }
});

// --- examples menu --------------------------------------------------------------------------------
const examples = new Map();
fetch("/api/examples").then((r) => r.json()).then(({ examples: list }) => {
  for (const e of list) {
    examples.set(e.id, e);
    const o = document.createElement("option");
    o.value = e.id;
    o.textContent = e.title;
    $("examples").appendChild(o);
  }
}, () => hub.emit("log", { level: "warn", text: "could not read the examples" }));
$("examples").addEventListener("change", () => {
  const e = examples.get($("examples").value);
  if (!e) return;
  $("packet-input").value = e.packet;
  inputs.apply({ type: e.type, mapSeeds: e.mapSeeds });
  editor.setText(e.source);
  tabs.select("run");
});

// --- commands (buttons and shortcuts) -------------------------------------------------------------
const STEPPING = new Set(["step", "stepBack", "continue", "runTo", "run", "reset"]);
hub.on("command", async ({ command, payload, label, via }) => {
  hub.emit("log", { level: "info", text: `${label}${via ? " (" + via + ")" : ""}` });
  if (STEPPING.has(command)) {
    if (!(await ensureLoaded())) {
      hub.emit("log", { level: "warn", text: `${label}: the program does not assemble (see the markers in the editor)` });
      return;
    }
    if (tabs.current() !== "run") tabs.select("run");
  }
  if (command === "verify") {
    tabs.select("verifier");
    if (dirty || loadTimer) await load();   // a successful load verifies
    else if (model.m.loaded) verify();
    return;
  }
  if (command === "runTo") {
    const pc = insns.pcForLine(editor.cursorLine());
    if (pc === null) {
      hub.emit("log", { level: "warn", text: "run to cursor: no instruction at or after the cursor line" });
      return;
    }
    payload = { pc };
  }
  const reply = await socket.request(command, payload);
  if (reply.type === "error") {
    const p = reply.payload;
    const level = p.code === ErrorCodes.ENGINE_UNAVAILABLE ? "unavailable" : "error";
    hub.emit("log", { level, text: p.code === ErrorCodes.ENGINE_UNAVAILABLE ? `${label}: not available yet (${p.message})` : `${label}: ${p.message}` });
  } else if (model.m.fault && (reply.type === "diff" || reply.type === "state")) {
    hub.emit("log", { level: "error", text: `fault: ${model.m.fault.message}` });
  }
});
for (const button of document.querySelectorAll("button[data-command]")) {
  button.addEventListener("click", () => {
    const payload = button.dataset.mode ? { mode: button.dataset.mode } : {};
    hub.emit("command", { command: button.dataset.command, payload, label: button.textContent.replace(/\s*(F\d+|⇧F\d+)$/, "").trim() });
  });
}

// --- share links ----------------------------------------------------------------------------------
function snapshot() {
  return {
    program: editor.text(),
    settings: { programType: $("prog-type").value, mode: $("prog-mode").value, ...inputs.settings() },
    inputs: { packet: $("packet-input").value },
    mapSeeds: { seeds: inputs.settings().mapSeeds },
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
  // older shares have no mode: they were verified as root
  $("prog-mode").value = share.settings && share.settings.mode === "cap_bpf" ? "cap_bpf" : "root";
  if (share.settings) inputs.apply({ ...share.settings, type: share.settings.type || share.settings.programType });
  if (share.inputs && typeof share.inputs.packet === "string") $("packet-input").value = share.inputs.packet;
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
