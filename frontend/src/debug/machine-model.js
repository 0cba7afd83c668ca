// The page's copy of the interpreter's machine: registers and memory regions, rebuilt from a full
// `state` and patched by each `diff` (docs/protocol.md). Remembers what the last diff changed so the
// panes can highlight it; panes redraw from here on the hub's "machine" event.
export function createMachineModel(hub) {
  const m = {
    loaded: false,
    status: "none", pc: 0, line: 0, position: 0, depth: 0, stackRegion: 0,
    fault: null, returnValue: null, atBreakpoint: false,
    registers: new Array(11).fill(0n),
    regions: new Map(),            // id -> {id, name, kind, bytes: Uint8Array}
    input: { region: 0, dissection: { layers: [], problems: [] } },
    changedRegs: new Set(),
    changedBytes: new Map(),       // region id -> Set of offsets
  };

  function position(p) {
    m.status = p.status; m.pc = p.pc; m.line = p.line; m.position = p.position;
    m.depth = p.depth; m.stackRegion = p.stackRegion;
    m.fault = p.fault || null; m.returnValue = p.returnValue || null;
    m.atBreakpoint = !!p.atBreakpoint;
  }

  function applyState(p) {
    position(p);
    m.loaded = true;
    m.registers = p.registers.map((h) => BigInt(h));
    m.regions = new Map();
    for (const r of p.regions) m.regions.set(r.id, { id: r.id, name: r.name, kind: r.kind, bytes: fromHex(r.bytes, r.length) });
    if (p.input) m.input = p.input;
    m.changedRegs = new Set();
    m.changedBytes = new Map();
    hub.emit("machine", { full: true });
  }

  function applyDiff(p) {
    if (!m.loaded) return;
    position(p);
    m.changedRegs = new Set();
    m.changedBytes = new Map();
    for (const { r, value } of p.registers) { m.registers[r] = BigInt(value); m.changedRegs.add(r); }
    for (const c of p.memory) {
      const region = m.regions.get(c.region);
      if (!region) continue;
      const bytes = fromHex(c.bytes, 0);
      const set = m.changedBytes.get(c.region) || new Set();
      bytes.forEach((b, i) => { region.bytes[c.offset + i] = b; set.add(c.offset + i); });
      m.changedBytes.set(c.region, set);
    }
    hub.emit("machine", { full: false });
  }

  function unload() {
    m.loaded = false;
    m.status = "none";
    hub.emit("machine", { full: true });
  }

  return { m, applyState, applyDiff, unload };
}

export function fromHex(hex, length) {
  const n = Math.max(length || 0, hex.length / 2);
  const out = new Uint8Array(n);
  for (let i = 0; i * 2 < hex.length; i++) out[i] = parseInt(hex.substr(i * 2, 2), 16);
  return out;
}
