// The page's copy of the interpreter's machine: registers, memory regions, the context, the maps and
// the run's output (trace_printk lines, ring buffer / perf events), rebuilt from a full `state` and
// patched by each `diff` (docs/protocol.md). Remembers what the last diff changed so the panes can
// highlight it; panes redraw from here on the hub's "machine" event.
export function createMachineModel(hub) {
  const m = {
    loaded: false,
    status: "none", pc: 0, line: 0, position: 0, depth: 0, stackRegion: 0,
    fault: null, returnValue: null, returnName: null, atBreakpoint: false, cancelled: false,
    registers: new Array(11).fill(0n),
    regions: new Map(),            // id -> {id, name, kind, bytes: Uint8Array}
    input: { region: 0, dissection: { layers: [], problems: [] } },
    changedRegs: new Set(),
    changedBytes: new Map(),       // region id -> Set of offsets
    context: null,                 // {type, struct, region, fields: [{name, offset, size, kind, access, value, doc}]}
    contextChanged: false,
    maps: [],                      // [{name, type, keySize, valueSize, maxEntries, truncated, entries: Map key -> value hex}]
    changedEntries: new Map(),     // map name -> Set of keys (keyless maps: all changed when any did)
    trace: [], events: [],
    newTrace: 0, newEvents: 0,     // how many of the last lines the last command added
    mapSeeds: [],
  };

  function position(p) {
    m.status = p.status; m.pc = p.pc; m.line = p.line; m.position = p.position;
    m.depth = p.depth; m.stackRegion = p.stackRegion;
    m.fault = p.fault || null; m.returnValue = p.returnValue || null; m.returnName = p.returnName || null;
    m.atBreakpoint = !!p.atBreakpoint; m.cancelled = !!p.cancelled;
  }

  function applyState(p) {
    position(p);
    m.loaded = true;
    m.registers = p.registers.map((h) => BigInt(h));
    m.regions = new Map();
    for (const r of p.regions) m.regions.set(r.id, { id: r.id, name: r.name, kind: r.kind, bytes: fromHex(r.bytes, r.length) });
    if (p.input) m.input = p.input;
    m.context = p.context || null;
    m.contextChanged = false;
    m.maps = (p.maps || []).map(toMap);
    m.trace = p.trace || [];
    m.events = p.events || [];
    m.newTrace = 0; m.newEvents = 0;
    m.mapSeeds = p.mapSeeds || [];
    m.changedRegs = new Set();
    m.changedBytes = new Map();
    m.changedEntries = new Map();
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
    m.changedEntries = new Map();
    for (const c of p.maps || []) {
      const map = m.maps.find((x) => x.name === c.name);
      if (!map) continue;
      const changed = new Set();
      if (c.all) {
        map.entries = new Map(c.all.map((e, i) => [`#${i}`, e.value]));
        for (const k of map.entries.keys()) changed.add(k);
      } else {
        for (const e of c.entries) { map.entries.set(e.key, e.value); changed.add(e.key); }
        for (const k of c.removed) map.entries.delete(k);
      }
      m.changedEntries.set(c.name, changed);
    }
    m.contextChanged = !!p.context;
    if (p.context) m.context = p.context;
    m.newTrace = patchLines(m.trace, p.trace);
    m.newEvents = patchLines(m.events, p.events);
    hub.emit("machine", { full: false });
  }

  // {from, lines}: keep the first `from` lines, then append `lines`; returns how many were added.
  function patchLines(list, change) {
    if (!change) return 0;
    list.length = Math.min(list.length, change.from);
    list.push(...change.lines);
    return change.lines.length;
  }

  // A map's new state (the answer to setMapEntry): its entries replace the old, the edited key is marked.
  function applyMap(state, key) {
    const i = m.maps.findIndex((x) => x.name === state.name);
    if (i < 0) return;
    m.maps[i] = toMap(state);
    m.changedEntries = new Map([[state.name, new Set(key ? [key] : [])]]);
    m.changedRegs = new Set();
    m.changedBytes = new Map();
    hub.emit("machine", { full: false });
  }

  function unload() {
    m.loaded = false;
    m.status = "none";
    hub.emit("machine", { full: true });
  }

  return { m, applyState, applyDiff, applyMap, unload };
}

function toMap(s) {
  const keyless = s.entries.some((e) => e.key === "");
  return {
    name: s.name, type: s.type, keySize: s.keySize, valueSize: s.valueSize, maxEntries: s.maxEntries,
    truncated: !!s.truncated, keyless,
    entries: new Map(s.entries.map((e, i) => [keyless ? `#${i}` : e.key, e.value])),
  };
}

export function fromHex(hex, length) {
  const n = Math.max(length || 0, hex.length / 2);
  const out = new Uint8Array(n);
  for (let i = 0; i * 2 < hex.length; i++) out[i] = parseInt(hex.substr(i * 2, 2), 16);
  return out;
}
