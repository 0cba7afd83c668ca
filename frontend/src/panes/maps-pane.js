// The run view's maps: one table per map with its entries (key and value in hex, and as a
// little-endian number when they fit in 8 bytes), redrawn from the machine model. Entries the last
// command changed carry the "changed" class. Each map has a small form to set (add or update) or
// delete an entry; it publishes "map.set" on the hub and main.js sends setMapEntry.
import "./run-extras.css";

const KEYLESS = new Set(["queue", "stack", "ringbuf", "bloom_filter"]);
const NO_DELETE = new Set(["array", "percpu_array", "prog_array", "perf_event_array"]);

/** Little-endian unsigned value of hex bytes (at most 8), as a decimal string. */
export function leNumber(hex) {
  if (!hex || hex.length > 16) return "";
  let v = 0n;
  for (let i = hex.length - 2; i >= 0; i -= 2) v = (v << 8n) | BigInt(parseInt(hex.substr(i, 2), 16));
  return v.toString();
}

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

export function setupMapsPane(container, hub, model) {
  const forms = new Map();   // map name -> {section, tbody, key, value, error}

  function form(map) {
    if (forms.has(map.name)) return forms.get(map.name);
    const section = el("section", "map-view");
    section.dataset.map = map.name;
    const title = el("h4", "map-title");
    section.appendChild(title);
    const table = el("table", "map-table");
    table.setAttribute("aria-label", `Entries of map ${map.name}`);
    const head = el("tr");
    for (const h of ["key", "value", "value (LE)", ""]) head.appendChild(el("th", "", h));
    table.appendChild(el("thead")).appendChild(head);
    const tbody = el("tbody");
    table.appendChild(tbody);
    section.appendChild(table);
    const f = el("form", "map-edit");
    const key = el("input", "map-key");
    key.placeholder = `key (${map.keySize} bytes hex)`;
    key.setAttribute("aria-label", `key for ${map.name}`);
    key.spellcheck = false;
    const value = el("input", "map-value");
    value.placeholder = `value (${map.valueSize} bytes hex)`;
    value.setAttribute("aria-label", `value for ${map.name}`);
    value.spellcheck = false;
    const set = el("button", "map-set", "Set");
    set.type = "submit";
    const del = el("button", "map-delete", "Delete");
    del.type = "button";
    del.hidden = NO_DELETE.has(map.type) || KEYLESS.has(map.type);
    const error = el("div", "errors map-error");
    error.setAttribute("role", "alert");
    f.append(key, value, set, del);
    f.hidden = KEYLESS.has(map.type);
    section.append(f, error);
    f.addEventListener("submit", (ev) => {
      ev.preventDefault();
      hub.emit("map.set", { map: map.name, key: key.value.replace(/\s+/g, ""), value: value.value.replace(/\s+/g, "") });
    });
    del.addEventListener("click", () => hub.emit("map.set", { map: map.name, key: key.value.replace(/\s+/g, ""), delete: true }));
    value.addEventListener("keydown", (ev) => { if (ev.key === "Escape") { value.value = ""; value.blur(); } });
    const entry = { section, title, tbody, key, value, error };
    forms.set(map.name, entry);
    return entry;
  }

  function paint() {
    const m = model.m;
    const maps = m.loaded ? m.maps : [];
    container.hidden = maps.length === 0;
    const names = new Set(maps.map((x) => x.name));
    for (const [name, f] of forms) {
      if (!names.has(name)) { f.section.remove(); forms.delete(name); }
    }
    for (const map of maps) {
      const f = form(map);
      if (f.section.parentNode !== container) container.appendChild(f.section);
      f.title.textContent = `${map.name}  ${map.type}, key ${map.keySize} B, value ${map.valueSize} B, max ${map.maxEntries}`
        + `  (${map.entries.size} entr${map.entries.size === 1 ? "y" : "ies"}${map.truncated ? ", more not shown" : ""})`;
      const changed = m.changedEntries.get(map.name) || new Set();
      const rows = [];
      for (const [key, value] of map.entries) {
        const tr = el("tr", changed.has(key) ? "changed" : "");
        tr.dataset.key = key;
        const shownKey = map.keyless ? key.slice(1) : key;
        tr.appendChild(el("td", "map-k", shownKey)).title = map.keyless ? "position" : `key ${leNumber(key)}`;
        tr.appendChild(el("td", "map-v", value));
        tr.appendChild(el("td", "map-n", leNumber(value)));
        const td = el("td");
        if (!map.keyless) {
          const edit = el("button", "map-row-edit", "\u270e");
          edit.type = "button";
          edit.title = `edit ${map.name}[${key}]`;
          edit.setAttribute("aria-label", `edit ${map.name} entry ${key}`);
          edit.addEventListener("click", () => { f.key.value = key; f.value.value = value; f.value.focus(); f.value.select(); });
          td.appendChild(edit);
        }
        tr.appendChild(td);
        rows.push(tr);
      }
      f.tbody.replaceChildren(...rows);
    }
  }

  hub.on("machine", paint);
  hub.on("map.result", ({ map, ok, error }) => {
    const f = forms.get(map);
    if (f) f.error.textContent = ok ? "" : error;
  });
}
