// The run view: registers (hex and signed decimal), the current frame's stack bytes, the packet bytes
// with their dissected field names, what the verifier knew about each register at the current pc,
// the run's status (with the verdict's name, XDP_PASS ...) and fault.
// Every cell is created once and updated in place; what the last command changed carries the "changed"
// class. runSections() adds the places the inputs, context, maps and output panes fill.
const HEX2 = (b) => b.toString(16).padStart(2, "0");

/** Creates the run view's sections for the other run panes, in reading order; returns them by name. */
export function runSections(view) {
  const make = (id, tag, cls, title) => {
    const e = document.createElement(tag);
    e.id = id;
    if (cls) e.className = cls;
    if (title) {
      const h = document.createElement("h3");
      h.className = "sub";
      h.textContent = title;
      e.appendChild(h);
    }
    return e;
  };
  const inputs = make("run-inputs", "div");
  view.querySelector("#packet-errors").after(inputs);
  const maps = make("run-maps", "div", "", "Maps");
  const output = make("run-output", "div", "", "Output");
  const trace = make("run-trace", "ol", "output-list");
  trace.setAttribute("aria-label", "bpf_trace_printk output");
  const events = make("run-events", "ol", "output-list");
  events.setAttribute("aria-label", "Ring buffer and perf events");
  output.append(trace, events);
  const context = make("run-context", "div");
  view.querySelector("#run-regs").after(maps, output, context);
  return { inputs, maps, trace, events, context };
}

export function setupRunPane(els, hub, model) {
  const regCells = [];
  for (let i = 0; i <= 10; i++) {
    const tr = document.createElement("tr");
    const name = document.createElement("td");
    name.textContent = `r${i}`;
    const hex = document.createElement("td");
    hex.id = `reg-r${i}`;
    hex.className = "reg-hex";
    hex.textContent = "-";
    const dec = document.createElement("td");
    dec.className = "reg-dec";
    dec.textContent = "";
    const ver = document.createElement("td");
    ver.className = "reg-verifier";
    tr.append(name, hex, dec, ver);
    els.regs.appendChild(tr);
    regCells.push({ tr, hex, dec, ver });
  }

  // Stack: 32 rows of 16 bytes, the top of the frame (r10-16 .. r10-1) first.
  const stackCells = new Array(512);
  for (let row = 31; row >= 0; row--) {
    const line = document.createElement("div");
    line.className = "bytes-row";
    const label = document.createElement("span");
    label.className = "bytes-off";
    label.textContent = `r10-${512 - row * 16}`;
    line.appendChild(label);
    for (let i = 0; i < 16; i++) {
      const cell = document.createElement("span");
      cell.className = "byte";
      cell.textContent = "00";
      stackCells[row * 16 + i] = cell;
      line.appendChild(cell);
    }
    els.stack.appendChild(line);
  }

  let packetCells = [];
  let packetKey = "";

  function buildPacket(bytes, dissection, start) {
    const key = Array.from(bytes, HEX2).join("") + JSON.stringify(dissection) + start;
    if (key === packetKey) return;
    packetKey = key;
    els.packet.replaceChildren();
    els.fields.replaceChildren();
    packetCells = [];
    const names = new Array(bytes.length).fill("");
    const layerOf = new Array(bytes.length).fill(-1);
    // The region may start after the frame's first bytes (14 for types that start at the IP header).
    dissection.layers.forEach((layer, li) => {
      for (let i = Math.max(0, layer.offset - start); i < layer.offset - start + layer.length && i < bytes.length; i++) layerOf[i] = li;
      for (const f of layer.fields) {
        for (let i = Math.max(0, f.offset - start); i < f.offset - start + f.length && i < bytes.length; i++) {
          names[i] += (names[i] ? ", " : "") + `${layer.name}.${f.name} = ${f.value}${f.note ? " (" + f.note + ")" : ""}`;
        }
        const li2 = document.createElement("li");
        li2.textContent = `${layer.name}.${f.name} = ${f.value}${f.note ? "  (" + f.note + ")" : ""}  [${f.offset}+${f.length}]`;
        els.fields.appendChild(li2);
      }
    });
    for (const p of dissection.problems || []) {
      const li = document.createElement("li");
      li.className = "problem";
      li.textContent = `${p.location}: ${p.message}`;
      els.fields.appendChild(li);
    }
    let line = null;
    for (let i = 0; i < bytes.length; i++) {
      if (i % 16 === 0) {
        line = document.createElement("div");
        line.className = "bytes-row";
        const label = document.createElement("span");
        label.className = "bytes-off";
        label.textContent = i.toString().padStart(4, " ");
        line.appendChild(label);
        els.packet.appendChild(line);
      }
      const cell = document.createElement("span");
      cell.className = `byte layer-${layerOf[i] < 0 ? "none" : layerOf[i] % 4}`;
      cell.textContent = HEX2(bytes[i]);
      cell.title = `byte ${i}${names[i] ? ": " + names[i] : ""}`;
      packetCells.push(cell);
      line.appendChild(cell);
    }
    els.packetTitle.textContent = bytes.length ? `${bytes.length} bytes` : "(no input)";
  }

  function paint({ full }) {
    const m = model.m;
    if (!m.loaded) {
      els.status.textContent = "not loaded";
      els.fault.hidden = true;
      return;
    }
    for (let i = 0; i <= 10; i++) {
      const v = m.registers[i];
      const c = regCells[i];
      const hex = "0x" + v.toString(16);
      if (c.hex.textContent !== hex) c.hex.textContent = hex;
      const dec = BigInt.asIntN(64, v).toString();
      if (c.dec.textContent !== dec) c.dec.textContent = dec;
      c.tr.classList.toggle("changed", m.changedRegs.has(i));
    }
    paintVerifier();
    const stack = m.regions.get(m.stackRegion);
    const changedStack = m.changedBytes.get(m.stackRegion) || new Set();
    if (stack) {
      for (let i = 0; i < 512; i++) {
        const t = HEX2(stack.bytes[i]);
        const cell = stackCells[i];
        if (cell.textContent !== t) cell.textContent = t;
        cell.classList.toggle("changed", changedStack.has(i));
      }
    }
    els.stackTitle.textContent = `frame ${m.depth} (${stack ? stack.name : "-"})`;
    const input = m.regions.get(m.input.region);
    if (full) buildPacket(input ? input.bytes : new Uint8Array(0), m.input.dissection, m.input.start || 0);
    if (input) {
      const changed = m.changedBytes.get(m.input.region) || new Set();
      packetCells.forEach((cell, i) => {
        const t = HEX2(input.bytes[i]);
        if (cell.textContent !== t) cell.textContent = t;
        cell.classList.toggle("changed", changed.has(i));
      });
    }
    let status = `${m.status} at pc ${m.pc} (line ${m.line}), ${m.position} instructions`;
    if (m.status === "exited") {
      status = `exited: r0 = ${m.returnValue} (${m.returnName || BigInt.asIntN(64, BigInt(m.returnValue))}) after ${m.position} instructions`;
    }
    if (m.atBreakpoint) status += " - breakpoint";
    if (m.cancelled) status += " - paused by a newer command";
    els.status.textContent = status;
    els.status.dataset.status = m.status;
    els.fault.hidden = !m.fault;
    if (m.fault) els.fault.textContent = `fault: ${m.fault.message} (line ${m.fault.line})`;
  }

  // The verifier column: the register's state the verifier checked this pc in (its last visit),
  // so the concrete value sits next to the bounds the verifier proved for it.
  function paintVerifier() {
    const m = model.m;
    const at = m.loaded ? hub.ask("verifier.stateAtPc", m.pc) : null;
    for (let i = 0; i <= 10; i++) {
      const c = regCells[i];
      let text = "", title = "";
      if (at && !at.state) {
        text = i === 0 ? "not reached by the verifier" : "";
        title = `the verifier never reached pc ${m.pc}`;
      } else if (at) {
        const reg = at.state.regs[i];
        text = reg && reg.text && reg.text !== "?" ? reg.text : "not init";   // "?" is how the stream says NOT_INIT
        if (at.visits > 1) text += ` (${at.visits} states)`;
        title = `verifier at pc ${m.pc}, ${at.visits > 1 ? "last of " + at.visits + " visits" : "1 visit"}${at.failed ? ", rejected here" : ""}`;
      }
      if (c.ver.textContent !== text) c.ver.textContent = text;
      c.ver.title = title;
    }
  }

  hub.on("machine", paint);
  hub.on("verifier.done", () => { if (model.m.loaded) paintVerifier(); });
}
