// The run's inputs besides the packet: the program type (the toolbar's select), the context given to
// the run (named fields such as "ingress_ifindex=1", or ctx_in as hex bytes) and the map seeds
// (NAME:KEYHEX=VALUEHEX). Also shows the context the program got, field by field with its concrete
// value (pointer fields: the address a load gives), highlighting values the last command changed.
// settings() is what load and changeInput send (docs/protocol.md, `settings`).
const ALL_TYPES = ["socket_filter", "xdp", "sched_cls", "cgroup_skb", "kprobe", "tracepoint", "raw_tracepoint", "perf_event"];

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function labelled(text, input, hint) {
  const l = el("label", "input-line");
  l.append(el("span", "input-name", text), input);
  if (hint) input.placeholder = hint;
  input.spellcheck = false;
  input.autocomplete = "off";
  return l;
}

export function setupInputsPane(els, hub, model) {
  const type = els.type;
  for (const t of ALL_TYPES) {
    if (![...type.options].some((o) => o.value === t)) {
      const o = el("option", "", t);
      o.value = t;
      type.appendChild(o);
    }
  }
  const fields = el("input");
  fields.id = "ctx-fields";
  const hex = el("input");
  hex.id = "ctx-hex";
  const seeds = el("input");
  seeds.id = "map-seeds";
  const box = el("div", "run-inputs");
  box.append(
    labelled("Context fields", fields, "e.g. ingress_ifindex=1 (written into ctx_in)"),
    labelled("ctx_in hex", hex, "the context bytes given to the run (empty: the type's default)"),
    labelled("Map seeds", seeds, "NAME:KEYHEX=VALUEHEX ... written before the run"));
  const ctxTitle = el("h3", "sub", "Context ");
  const ctxStruct = el("small");
  ctxTitle.appendChild(ctxStruct);
  const table = el("table", "regs ctx-table");
  table.id = "ctx-table";
  table.setAttribute("aria-label", "Context fields");
  const head = el("tr");
  for (const h of ["field", "offset", "value", "decimal"]) head.appendChild(el("th", "", h));
  table.appendChild(el("thead")).appendChild(head);
  const tbody = el("tbody");
  table.appendChild(tbody);
  els.inputs.appendChild(box);
  els.context.append(ctxTitle, table);

  let timer = null;
  function changed() {
    clearTimeout(timer);
    timer = setTimeout(() => hub.emit("inputs.changed", {}), 300);
  }
  for (const i of [fields, hex, seeds]) i.addEventListener("input", changed);
  type.addEventListener("change", () => hub.emit("inputs.changed", {}));

  function contextObject() {
    const out = {};
    for (const part of fields.value.split(/[\s,]+/)) {
      const eq = part.indexOf("=");
      if (eq > 0) out[part.slice(0, eq)] = part.slice(eq + 1);
    }
    return out;
  }
  function seedList() {
    return seeds.value.split(/\s+/).filter((s) => s.length > 0);
  }

  let previous = new Map();
  hub.on("machine", ({ full }) => {
    const c = model.m.loaded ? model.m.context : null;
    ctxStruct.textContent = c ? `struct ${c.struct} (region ${c.region}, r1 at the start)` : "";
    const rows = [];
    const now = new Map();
    for (const f of c ? c.fields : []) {
      now.set(f.name, f.value);
      const tr = el("tr", !full && previous.has(f.name) && previous.get(f.name) !== f.value ? "changed" : "");
      tr.title = `${f.doc || ""} (${f.kind}, ${f.access})`;
      tr.append(el("td", "", f.name), el("td", "", `${f.offset}+${f.size}`), el("td", "reg-hex", f.value),
        el("td", "reg-dec", f.kind === "value" ? BigInt(f.value).toString() : "pointer"));
      rows.push(tr);
    }
    previous = now;
    tbody.replaceChildren(...rows);
  });

  return {
    settings() {
      const s = { type: type.value, mapSeeds: seedList() };
      const ctx = contextObject();
      if (Object.keys(ctx).length) s.context = ctx;
      if (hex.value.trim()) s.ctx = hex.value.trim();
      return s;
    },
    /** Puts an example's or a share's settings into the inputs. */
    apply({ type: t, mapSeeds, context, ctx }) {
      if (t) type.value = t;
      seeds.value = (mapSeeds || []).map((x) => (typeof x === "string" ? x : `${x.map}:${x.key}=${x.value}`)).join(" ");
      fields.value = context ? Object.entries(context).map(([k, v]) => `${k}=${v}`).join(" ") : "";
      hex.value = ctx || "";
    },
    /** An edit made with setMapEntry becomes a seed too (as the server keeps it for later runs). */
    seedEdited(map, key, value) {
      const rest = seedList().filter((s) => !s.startsWith(`${map}:${key}=`));
      if (value !== null) rest.push(`${map}:${key}=${value}`);
      seeds.value = rest.join(" ");
    },
  };
}
