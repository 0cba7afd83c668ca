// The verifier view: the streamed verifier events (docs/protocol.md "verify") become steps (one per
// checked instruction, each with the full register/stack state rebuilt from the deltas) and paths
// (one per explored branch, with how it ended). At the selected step it shows every register and
// stack slot, what changed (old -> new), the paths as a clickable timeline, the rejection with its
// path, and the kernel log linked both ways with the steps. Marks the instruction list (visited,
// pruned, failed, a visit-count heatmap). Keyboard: arrows = one step, PageUp/PageDown = 20 steps,
// Home/End. Rendering is batched per animation frame so a 10k-step stream never blocks the page.

const MAX_PATH_ROWS = 400;
const el = (tag, cls, text) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
};

/** A 64-bit tnum as bits, most significant first: 0/1 known, x unknown; leading known zeros trimmed. */
export function tnumBits(tnum) {
  if (!tnum) return "";
  const v = BigInt(tnum.value), m = BigInt(tnum.mask);
  let bits = "";
  for (let i = 63; i >= 0; i--) {
    const b = 1n << BigInt(i);
    bits += (m & b) ? "x" : (v & b) ? "1" : "0";
  }
  const first = bits.search(/[1x]/);
  const keep = first < 0 ? 8 : Math.max(8, 64 - first);
  const cut = Math.ceil(keep / 4) * 4;
  return bits.slice(64 - cut).replace(/(.{4})(?=.)/g, "$1 ");
}

function bounds(reg) {
  const v = reg.value;
  if (!v || v.const !== undefined) return v && v.const !== undefined && reg.type !== "scalar" ? `off ${reg.off}` : "";
  const parts = [];
  if (v.smin !== "-9223372036854775808" || v.smax !== "9223372036854775807") parts.push(`s[${v.smin}, ${v.smax}]`);
  if (v.umin !== "0x0" || v.umax !== "0xffffffffffffffff") parts.push(`u[${v.umin}, ${v.umax}]`);
  if (v.s32min !== -2147483648 || v.s32max !== 2147483647) parts.push(`s32[${v.s32min}, ${v.s32max}]`);
  if (v.u32min !== 0 || v.u32max !== 4294967295) parts.push(`u32[${v.u32min}, ${v.u32max}]`);
  return parts.join(" ") || "any";
}

const same = (a, b) => (a && a.text) === (b && b.text) && (a && a.precise) === (b && b.precise) && (a && a.id) === (b && b.id);

export function setupVerifierPane(root, hub, { insnRoot }) {
  const $ = (sel) => root.querySelector(sel);
  const view = {
    verdict: $(".v-verdict"), slider: $(".v-slider"), pos: $(".v-pos"), regs: $(".v-regs tbody"),
    stack: $(".v-stack tbody"), changes: $(".v-changes"), notes: $(".v-notes"), paths: $(".v-paths"),
    reject: $(".v-reject"), log: $(".v-log"), empty: $(".v-empty"), body: $(".v-body"), strip: $(".v-strip"),
  };
  let run = null;          // the current verification
  let selected = -1;       // selected step index
  let renderQueued = false;
  let logLines = [];       // [{el, pc, step}]
  let logStepLine = new Map();
  let activeLogLine = null;

  // --- building the model from events ----------------------------------------------------------
  function reset(header) {
    const start = { frame: 0, regs: header.start.regs, stack: [] };
    run = {
      header, steps: [], paths: [], state: start, pending: [], checkpoints: new Map(),
      rejected: null, summary: null, visits: null, firstStepMs: undefined,
    };
    openPath(null, 0);
    selected = -1;
    // the previous run stays on screen until this one has something to show (no flashing while typing)
    root.dataset.state = "verifying";
    queueRender();
  }

  function openPath(pop, stepIndex) {
    const p = { index: run.paths.length, from: pop ? pop.from : null, startPc: pop ? pop.to : 0, startStep: stepIndex,
      endStep: stepIndex - 1, end: null, decisions: [] };
    run.paths.push(p);
    return p;
  }
  const curPath = () => run.paths[run.paths.length - 1];

  function applyState(prev, e, full) {
    const regs = full ? new Array(11).fill(null) : prev.regs.slice();
    for (const r of e.regs) regs[r.r] = r;
    const stack = full ? [] : prev.stack.slice(0, e.stackSize);
    for (const s of e.stack) stack[(-s.off / 8) - 1] = s;
    for (let i = 0; i < e.stackSize; i++) if (!stack[i]) stack[i] = { off: -(i + 1) * 8, types: "????????" };
    stack.length = e.stackSize;
    return { frame: e.frame, regs, stack };
  }

  function onEvent(e) {
    switch (e.k) {
      case "step": {
        const before = run.state;
        run.state = applyState(before, e, before.frame !== e.frame);
        const p = curPath();
        run.steps.push({ i: run.steps.length, pc: e.pc, state: run.state, before, notes: run.pending, path: p.index });
        p.endStep = run.steps.length - 1;
        run.pending = [];
        if (run.firstStepMs === undefined) {
          run.firstStepMs = performance.now();
          if (window.bpfplay && window.bpfplay.firstVerifierStateMs === undefined) window.bpfplay.firstVerifierStateMs = run.firstStepMs;
        }
        break;
      }
      case "pop": {
        closePath();
        run.state = applyState(null, e, true);
        run.pending = [];
        openPath(e, run.steps.length);
        break;
      }
      case "pruned":
        curPath().end = { kind: "pruned", pc: e.pc, checkpoint: e.checkpoint };
        break;
      case "rejected": {
        // the failing instruction gets a step of its own: the state it was checked in
        run.rejected = e;
        const p = curPath();
        run.steps.push({ i: run.steps.length, pc: e.pc, state: run.state, before: run.state, notes: run.pending, path: p.index, failed: true });
        p.endStep = run.steps.length - 1;
        run.pending = [];
        p.end = { kind: "rejected", pc: e.pc, message: e.message };
        break;
      }
      case "checkpoint":
        run.checkpoints.set(e.id, { pc: e.pc, step: run.steps.length });
        run.pending.push(e);
        break;
      case "branch":
        curPath().decisions.push(e);
        run.pending.push(e);
        break;
      default:
        run.pending.push(e);
    }
  }

  function closePath() {
    const p = curPath();
    if (!p.end) {
      const last = run.steps[p.endStep];
      p.end = { kind: "exit", pc: last ? last.pc : p.startPc };
    }
  }

  hub.on("message.verifying", (m) => reset(m.payload));
  hub.on("message.verifierEvents", (m) => {
    if (!run) return;
    for (const e of m.payload.events) onEvent(e);
    if (selected < 0 && run.steps.length) selected = 0;
    queueRender();
  });

  // --- the verdict (reply to verify) -------------------------------------------------------------
  function finish(payload) {
    if (!run) return;
    closePath();
    run.summary = payload;
    run.visits = payload.visits;
    root.dataset.state = payload.complete === false ? "stopped" : payload.accepted ? "accepted" : "rejected";
    document.body.dataset.verdict = root.dataset.state;
    if (run.rejected) selected = Math.max(0, run.steps.length - 1);
    renderLog(payload.log || "");
    paintMarks();
    queueRender();
    hub.emit("verifier.done", { run, payload });
  }
  function failed(message) {
    run = null;
    root.dataset.state = "error";
    view.verdict.textContent = message;
    view.verdict.className = "v-verdict error";
    clearMarks();
    hub.emit("verifier.done", { run: null });
  }

  // --- selection and rendering -------------------------------------------------------------------
  function select(i, scroll = true) {
    if (!run || !run.steps.length) return;
    selected = Math.max(0, Math.min(run.steps.length - 1, i));
    render();
    if (scroll) scrollLog();
  }

  function queueRender() {
    if (renderQueued) return;
    renderQueued = true;
    requestAnimationFrame(() => { renderQueued = false; render(); });
  }

  function render() {
    if (!run) return;
    if (!run.steps.length && !run.summary) {
      view.verdict.textContent = "verifying…";
      return;
    }
    view.empty.hidden = true;
    view.body.hidden = false;
    const n = run.steps.length;
    const s = run.summary;
    const verdict = !s ? `verifying… ${n} steps` : s.complete === false ? `stopped (${s.stopped}) after ${n} steps`
      : s.accepted ? `accepted: processed ${s.processed} insns, ${s.totalStates} states (peak ${s.peakStates})`
      : `rejected (${s.errno}): ${s.message}`;
    view.verdict.textContent = verdict;
    view.verdict.className = "v-verdict " + (s ? (s.accepted ? "ok" : "bad") : "");
    view.slider.max = String(Math.max(0, n - 1));
    view.slider.value = String(Math.max(0, selected));
    view.slider.disabled = n === 0;
    const step = run.steps[selected];
    view.pos.textContent = step ? `step ${selected + 1}/${n} · pc ${step.pc} · path ${step.path + 1}/${run.paths.length}${step.failed ? " · rejected here" : ""}` : "no steps";
    renderState(step);
    renderPaths();
    renderStrip(step);
    renderReject();
    markStep(step);
    hub.emit("verifier.step", { step, run });
  }

  function renderState(step) {
    view.regs.replaceChildren();
    view.stack.replaceChildren();
    view.changes.replaceChildren();
    view.notes.replaceChildren();
    if (!step) return;
    const { state, before } = step;
    const blame = step.failed ? run.rejected.register : undefined;
    for (let r = 0; r < 11; r++) {
      const reg = state.regs[r] || { r, type: "?", text: "?" };
      const old = before.regs[r];
      const tr = el("tr");
      tr.dataset.reg = r;
      if (!same(reg, old)) tr.classList.add("changed");
      if (blame === r) tr.classList.add("blame");
      const b = el("td", "v-bounds", reg.type === "scalar" ? bounds(reg) : (reg.value ? `off=${reg.off}${reg.range !== undefined ? " r=" + reg.range : ""}` : ""));
      if (reg.value && reg.value.const === undefined) b.appendChild(el("div", "v-tnum", tnumBits(reg.value.tnum)));
      tr.append(el("td", "v-r", `R${r}`), el("td", "v-type", reg.type), el("td", "v-text", reg.text), b,
        el("td", "v-id", reg.id ? String(reg.id) : ""), el("td", "v-prec", reg.precise ? "P" : ""));
      tr.children[2].title = reg.value ? JSON.stringify(reg.value) : "";
      view.regs.appendChild(tr);
      if (!same(reg, old)) {
        const li = el("li");
        li.append(el("b", null, `R${r}`), ` ${old ? old.text : "?"} → `, el("span", "new", reg.text + (reg.precise ? " (precise)" : "")));
        view.changes.appendChild(li);
      }
    }
    for (let i = 0; i < state.stack.length; i++) {
      const slot = state.stack[i];
      const old = before.stack[i];
      const changed = !old || old.types !== slot.types || (old.text || "") !== (slot.text || "");
      const tr = el("tr");
      if (changed) tr.classList.add("changed");
      if (step.failed && run.rejected.stackOff !== undefined
        && run.rejected.stackOff <= slot.off + 7 && run.rejected.stackOff >= slot.off) tr.classList.add("blame");
      tr.append(el("td", "v-r", `fp${slot.off}`), el("td", "v-types", slot.types), el("td", "v-text", slot.text || ""),
        el("td", "v-prec", slot.spilled && slot.spilled.precise ? "P" : ""));
      view.stack.appendChild(tr);
      if (changed) {
        const li = el("li");
        li.append(el("b", null, `fp${slot.off}`), ` ${old ? (old.text || old.types) : "????????"} → `, el("span", "new", slot.text || slot.types));
        view.changes.appendChild(li);
      }
    }
    if (!view.changes.children.length) view.changes.appendChild(el("li", "muted", "no change"));
    for (const n of step.notes) view.notes.appendChild(el("li", `note-${n.k}`, describe(n)));
    const p = run.paths[step.path];
    if (p.startStep === selected && p.from !== null) view.notes.appendChild(el("li", "note-pop", `path ${p.index + 1} starts: the branch queued at pc ${p.from} to pc ${p.startPc}`));
    if (p.endStep === selected && p.end) view.notes.appendChild(el("li", `note-${p.end.kind}`, endText(p.end)));
  }

  function describe(n) {
    switch (n.k) {
      case "branch": return n.decision === "both" ? `branch at pc ${n.pc}: both ways; falls through to ${n.fallthrough}, pushes ${n.taken} for later`
        : n.decision === "taken" ? `branch at pc ${n.pc}: always taken (to ${n.taken})` : `branch at pc ${n.pc}: never taken (falls through to ${n.fallthrough})`;
      case "push": return `queued pc ${n.from} → ${n.to} (${n.queued} waiting)`;
      case "checkpoint": return `checkpoint #${n.id} stored at pc ${n.pc}`;
      case "precise": return `precision: ${[...n.regs.map((r) => "R" + r), ...n.slots.map((o) => "fp" + o)].join(", ")} marked precise in checkpoint #${n.checkpoint} (pc ${n.checkpointPc}) for pc ${n.pc}`;
      default: return JSON.stringify(n);
    }
  }
  const endText = (e) => e.kind === "pruned" ? `path ends: pruned at pc ${e.pc} by checkpoint #${e.checkpoint}`
    : e.kind === "rejected" ? `path ends: rejected at pc ${e.pc}` : `path ends: exit at pc ${e.pc}`;

  function renderPaths() {
    const want = Math.min(run.paths.length, MAX_PATH_ROWS);
    while (view.paths.children.length > want) view.paths.lastChild.remove();
    const cur = run.steps[selected] ? run.steps[selected].path : -1;
    for (let i = 0; i < want; i++) {
      const p = run.paths[i];
      let li = view.paths.children[i];
      if (!li) {
        li = el("li");
        li.tabIndex = -1;
        li.addEventListener("click", () => select(run.paths[i].startStep <= run.paths[i].endStep ? run.paths[i].startStep : Math.max(0, run.paths[i].startStep - 1)));
        view.paths.appendChild(li);
      }
      const steps = p.endStep - p.startStep + 1;
      const dec = p.decisions.length ? ` · ${p.decisions.length} branch${p.decisions.length > 1 ? "es" : ""}` : "";
      const text = `${i + 1}. ${p.from === null ? "from pc 0" : `pc ${p.from} → ${p.startPc}`}: ${steps} step${steps === 1 ? "" : "s"}${dec} · ${p.end ? endText(p.end).replace("path ends: ", "") : "…"}`;
      if (li.textContent !== text) li.textContent = text;
      li.className = `path end-${p.end ? p.end.kind : "open"}${i === cur ? " current" : ""}`;
    }
    if (run.paths.length > want) {
      view.paths.dataset.more = `${run.paths.length - want} more paths`;
    } else delete view.paths.dataset.more;
  }

  /** The steps of the selected step's path around it, as clickable pcs; branches and the path's end marked. */
  const STRIP = 40;
  function renderStrip(step) {
    view.strip.replaceChildren();
    if (!step) return;
    const p = run.paths[step.path];
    const from = Math.max(p.startStep, selected - STRIP / 2), to = Math.min(p.endStep, from + STRIP - 1);
    if (from > p.startStep) view.strip.append(el("span", "muted", "… "));
    for (let i = from; i <= to; i++) {
      const st = run.steps[i];
      const chip = el("button", "pc-chip", String(st.pc));
      chip.type = "button";
      chip.tabIndex = -1;
      if (i === selected) chip.classList.add("current");
      if (st.failed) chip.classList.add("failed");
      const branch = st.notes.find((n) => n.k === "branch");
      if (branch) { chip.classList.add("branch"); chip.title = describe(branch); }
      if (st.notes.some((n) => n.k === "checkpoint")) chip.classList.add("checkpoint");
      chip.addEventListener("click", () => select(i));
      view.strip.append(chip);
    }
    if (to < p.endStep) view.strip.append(el("span", "muted", " …"));
    if (to === p.endStep && p.end) view.strip.append(el("span", `end end-${p.end.kind}`, ` ${endText(p.end).replace("path ends: ", "")}`));
  }

  function renderReject() {
    const r = run.rejected;
    if (!r || !run.summary) { view.reject.hidden = true; return; }
    view.reject.hidden = false;
    view.reject.replaceChildren();
    view.reject.append(el("div", "v-reject-msg", r.message),
      el("div", null, `at pc ${r.pc}, line ${r.line}${r.register !== undefined ? ` · register R${r.register}` : ""}${r.stackOff !== undefined ? ` · stack off ${r.stackOff}` : ""}`));
    const path = el("div", "v-reject-path");
    path.append("path: ");
    const failPath = run.paths[run.paths.length - 1];
    r.path.forEach((pc, k) => {
      const a = el("button", "pc-chip", String(pc));
      a.type = "button";
      a.title = `select pc ${pc} on the failing path`;
      a.addEventListener("click", () => {
        for (let i = failPath.endStep; i >= 0; i--) if (run.steps[i].pc === pc) { select(i); return; }
      });
      if (k) path.append(" → ");
      path.append(a);
    });
    view.reject.append(path);
  }

  // --- log linked both ways ----------------------------------------------------------------------
  function renderLog(text) {
    const lines = text.split("\n");
    if (lines[lines.length - 1] === "") lines.pop();
    const frag = document.createDocumentFragment();
    let k = 0;
    logLines = [];
    logStepLine = new Map();
    for (const line of lines) {
      const span = el("span", "log-line", line + "\n");
      const m = /^(\d+): \([0-9a-f]{2}\)/.exec(line);
      if (m) {
        const pc = Number(m[1]);
        let step = -1;
        if (k < run.steps.length && run.steps[k].pc === pc) step = k;
        else { for (let i = k; i < run.steps.length; i++) if (run.steps[i].pc === pc) { step = i; break; } }
        if (step >= 0) { k = step + 1; logStepLine.set(step, span); }
        span.dataset.pc = pc;
        span.dataset.step = step;
        span.classList.add("insn-line");
        span.title = step >= 0 ? `step ${step + 1} (click to select)` : `pc ${pc}`;
      }
      logLines.push(span);
      frag.appendChild(span);
    }
    view.log.replaceChildren(frag);
  }
  view.log.addEventListener("click", (e) => {
    const span = e.target.closest(".insn-line");
    if (!span) return;
    const step = Number(span.dataset.step);
    if (step >= 0) select(step, false);
    else hub.emit("verifier.pc", Number(span.dataset.pc));
  });
  /** Brings the active log line into the log's own view (scrollIntoView would also scroll the pane and sideways). */
  function scrollLog() {
    if (!activeLogLine) return;
    const box = view.log, top = activeLogLine.offsetTop - box.offsetTop, h = activeLogLine.offsetHeight;
    if (top < box.scrollTop) box.scrollTop = top;
    else if (top + h > box.scrollTop + box.clientHeight) box.scrollTop = top + h - box.clientHeight;
  }

  // --- instruction list marks --------------------------------------------------------------------
  function rowsOf() { return insnRoot.querySelectorAll(".insn[data-pc]"); }
  function clearMarks() {
    for (const row of rowsOf()) {
      row.classList.remove("v-visited", "v-unvisited", "v-pruned", "v-failed", "v-step");
      row.style.removeProperty("--heat");
      delete row.dataset.visits;
    }
  }
  function paintMarks() {
    if (!run || !run.visits) return;
    const max = Math.max(1, ...run.visits);
    const pruned = new Set(run.paths.filter((p) => p.end && p.end.kind === "pruned").map((p) => p.end.pc));
    for (const row of rowsOf()) {
      const pc = Number(row.dataset.pc);
      const v = run.visits[pc] || 0;
      row.dataset.visits = v;
      row.classList.toggle("v-visited", v > 0);
      row.classList.toggle("v-unvisited", v === 0);
      row.classList.toggle("v-pruned", pruned.has(pc));
      row.classList.toggle("v-failed", !!run.rejected && run.rejected.pc === pc);
      row.style.setProperty("--heat", String(v === 0 ? 0 : 0.15 + 0.85 * Math.log(1 + v) / Math.log(1 + max)));
      row.title = `${v} visit${v === 1 ? "" : "s"}${pruned.has(pc) ? ", pruning point" : ""}`;
    }
  }
  let markedRow = null;
  function markStep(step) {
    if (activeLogLine) activeLogLine.classList.remove("active");
    activeLogLine = step ? logStepLine.get(step.i) || null : null;
    if (activeLogLine) activeLogLine.classList.add("active");
    const row = step ? insnRoot.querySelector(`.insn[data-pc="${step.pc}"]`) : null;
    if (markedRow && markedRow !== row) markedRow.classList.remove("v-step");
    if (row && root.offsetParent !== null) {
      row.classList.add("v-step");
      if (row !== markedRow) row.scrollIntoView({ block: "nearest" });
    }
    markedRow = row;
  }

  // --- input ---------------------------------------------------------------------------------------
  view.slider.addEventListener("input", () => select(Number(view.slider.value)));
  root.querySelector(".v-prev").addEventListener("click", () => select(selected - 1));
  root.querySelector(".v-next").addEventListener("click", () => select(selected + 1));
  root.addEventListener("keydown", (e) => {
    if (e.target.tagName === "INPUT" && e.target !== view.slider) return;
    const moves = { ArrowLeft: -1, ArrowUp: -1, ArrowRight: 1, ArrowDown: 1, PageUp: -20, PageDown: 20 };
    if (e.key in moves) select(selected + moves[e.key]);
    else if (e.key === "Home") select(0);
    else if (e.key === "End") select(Infinity);
    else return;
    e.preventDefault();
    e.stopPropagation();
  });
  /** Selects the next step at this pc after the selected one (wrapping), e.g. from the CFG or the list. */
  function selectPc(pc) {
    if (!run || !run.steps.length) return false;
    const n = run.steps.length;
    for (let k = 1; k <= n; k++) {
      const i = (selected + k) % n;
      if (run.steps[i].pc === pc) { select(i); return true; }
    }
    return false;
  }
  hub.on("verifier.pc", selectPc);

  /**
   * What the verifier knew at a pc, for the run view: null when nothing was verified yet, else
   * { visits, state } with the state the pc was checked in at its last visit (before the instruction,
   * as the run shows registers before the instruction at its pc); state null when never reached.
   */
  function stateAtPc(pc) {
    if (!run || !run.steps.length) return null;
    let visits = 0, last = null;
    for (const st of run.steps) if (st.pc === pc) { visits++; last = st; }
    return { visits, state: last ? last.before : null, failed: !!(last && last.failed) };
  }
  hub.answer("verifier.stateAtPc", stateAtPc);

  return {
    finish, failed, selectPc, select,
    run: () => run,
    selected: () => selected,
    repaint: paintMarks,
  };
}
