// The instruction list: kernel-syntax disassembly with pc, a breakpoint gutter (click; Alt+click for
// a condition such as "r1 == 5"), the current instruction highlighted. Rows are rebuilt only when the
// listing changes; stepping moves two classes, so nothing flashes.
export function setupInsnPane(root, hub, model) {
  let rows = new Map();       // pc -> row element
  let listingKey = "";
  let current = null;
  const breakpoints = new Map();   // pc -> condition ("" = always)

  function render(instructions) {
    const key = instructions.map((i) => `${i.pc}:${i.kernel}:${i.line}`).join("\n");
    if (key === listingKey) return;
    listingKey = key;
    rows = new Map();
    current = null;
    root.replaceChildren();
    for (const insn of instructions) {
      const row = document.createElement("div");
      row.className = "insn";
      row.dataset.pc = insn.pc;
      row.dataset.line = insn.line;
      row.setAttribute("role", "option");
      const gutter = document.createElement("span");
      gutter.className = "bp-gutter";
      gutter.title = "breakpoint (Alt+click: with a condition)";
      const pc = document.createElement("span");
      pc.className = "insn-pc";
      pc.textContent = insn.pc;
      const text = document.createElement("span");
      text.className = "insn-text";
      text.textContent = (insn.label ? insn.label + ": " : "") + insn.kernel.replace(/^\([0-9a-f]{2}\) /, "");
      text.title = `${insn.hex}  |  llvm: ${insn.llvm}  |  line ${insn.line}`;
      row.append(gutter, pc, text);
      gutter.addEventListener("click", (e) => toggle(insn.pc, e.altKey));
      text.addEventListener("click", () => hub.emit("insn.select", insn));
      rows.set(insn.pc, row);
      root.appendChild(row);
    }
    for (const pc of [...breakpoints.keys()]) if (!rows.has(pc)) breakpoints.delete(pc);
    paintBreakpoints();
    moveCurrent();
  }

  function toggle(pc, askCondition) {
    if (askCondition) {
      const c = window.prompt(`Break at pc ${pc} when (e.g. r1 == 5; empty = always):`, breakpoints.get(pc) || "");
      if (c === null) return;
      breakpoints.set(pc, c.trim());
    } else if (breakpoints.has(pc)) {
      breakpoints.delete(pc);
    } else {
      breakpoints.set(pc, "");
    }
    paintBreakpoints();
    hub.emit("breakpoints.changed", payload());
  }

  function paintBreakpoints() {
    for (const [pc, row] of rows) {
      const has = breakpoints.has(pc);
      row.classList.toggle("bp", has);
      row.classList.toggle("bp-cond", has && breakpoints.get(pc) !== "");
      row.querySelector(".bp-gutter").title = has && breakpoints.get(pc) ? `break when ${breakpoints.get(pc)}` : "breakpoint (Alt+click: with a condition)";
    }
  }

  function moveCurrent() {
    const m = model.m;
    const next = m.loaded ? rows.get(m.pc) : null;
    if (current && current !== next) current.classList.remove("current", "faulted", "exited");
    if (next) {
      next.classList.add("current");
      next.classList.toggle("faulted", m.status === "faulted");
      next.classList.toggle("exited", m.status === "exited");
      if (next !== current) next.scrollIntoView({ block: "nearest" });
    }
    current = next;
  }

  function payload() {
    const pcs = [...breakpoints.keys()].sort((a, b) => a - b);
    const conditions = {};
    for (const [pc, c] of breakpoints) if (c) conditions[pc] = c;
    return { pcs, conditions };
  }

  hub.on("machine", moveCurrent);
  return {
    render,
    breakpoints: payload,
    hasBreakpoints: () => breakpoints.size > 0,
    pcForLine(line) {
      let best = null;
      for (const [pc, row] of rows) {
        const l = Number(row.dataset.line);
        if (l >= line && (best === null || l < best.l)) best = { pc, l };
      }
      return best ? best.pc : null;
    },
  };
}
