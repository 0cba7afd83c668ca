// The control-flow graph as SVG: the basic blocks the server computed (engine cfg.BasicBlocks, sent in
// the `verifying` message), laid out in layers (a block sits one layer below its lowest forward
// predecessor; back edges, which close loops, are drawn dashed up the right side). Blocks the verifier
// explored are solid, unexplored ones dashed and dim; the failing path and instruction are red; the
// block of the selected verifier step is outlined. Clicking a block selects its first instruction's
// next verifier step. Colours come from CSS variables, so both themes work.

const NS = "http://www.w3.org/2000/svg";
const W = 176, LINE = 14, HEAD = 18, GAP_X = 28, GAP_Y = 34, MAX_LINES = 4, PAD = 16;

function svg(tag, attrs, parent) {
  const e = document.createElementNS(NS, tag);
  for (const k in attrs) e.setAttribute(k, attrs[k]);
  if (parent) parent.appendChild(e);
  return e;
}

/** Layers and positions: {nodes: [{id, x, y, w, h, layer}], width, height}. */
export function layout(cfg, linesOf) {
  const n = cfg.blocks.length;
  const preds = Array.from({ length: n }, () => []);
  const succs = Array.from({ length: n }, () => []);
  const indeg = new Array(n).fill(0);
  for (const e of cfg.edges) {
    if (e.back) continue;
    preds[e.to].push(e.from);
    succs[e.from].push(e.to);
    indeg[e.to]++;
  }
  const layer = new Array(n).fill(0);
  const queue = [];
  for (let i = 0; i < n; i++) if (indeg[i] === 0) queue.push(i);
  for (let q = 0; q < queue.length; q++) {
    const b = queue[q];
    for (const s of succs[b]) {
      layer[s] = Math.max(layer[s], layer[b] + 1);
      if (--indeg[s] === 0) queue.push(s);
    }
  }
  const layers = [];
  for (let i = 0; i < n; i++) (layers[layer[i]] = layers[layer[i]] || []).push(i);
  const pos = new Array(n);
  const nodes = [];
  let y = PAD, width = 0;
  for (let l = 0; l < layers.length; l++) {
    const row = layers[l] || [];
    // one barycenter pass: keep blocks under their predecessors, pc order breaks ties
    const key = (b) => preds[b].length ? preds[b].reduce((s, p) => s + (pos[p] ? pos[p].x : 0), 0) / preds[b].length : b * 1e-3;
    row.sort((a, b) => key(a) - key(b) || a - b);
    let h = 0;
    row.forEach((b, k) => {
      const lines = Math.min(MAX_LINES, linesOf(cfg.blocks[b]).length);
      const node = { id: b, layer: l, x: PAD + k * (W + GAP_X), y, w: W, h: HEAD + lines * LINE + 6 };
      pos[b] = node;
      nodes.push(node);
      h = Math.max(h, node.h);
    });
    width = Math.max(width, PAD * 2 + row.length * (W + GAP_X));
    y += h + GAP_Y;
  }
  return { nodes, pos, width: width + 40, height: y + PAD };
}

export function setupCfgPane(root, hub) {
  let cfg = null, insns = [], lay = null, verdict = null, stepPc = -1;
  const byPc = new Map();

  hub.on("program.loaded", (list) => { insns = list; byPc.clear(); for (const i of list) byPc.set(i.pc, i); });
  hub.on("message.verifying", (m) => { cfg = m.payload.cfg; verdict = null; stepPc = -1; draw(); });
  hub.on("verifier.done", ({ run, payload }) => { verdict = run ? { run, payload } : null; paint(); });
  hub.on("verifier.step", ({ step }) => {
    const pc = step ? step.pc : -1;
    if (pc !== stepPc) { stepPc = pc; paintCurrent(); }
  });

  const linesOf = (b) => {
    const out = [];
    for (let pc = b.start; pc <= b.end; pc++) {
      const i = byPc.get(pc);
      if (i) out.push(`${pc}: ${(i.label ? i.label + ": " : "") + i.kernel.replace(/^\([0-9a-f]{2}\) /, "")}`);
    }
    return out;
  };
  const blockOf = (pc) => cfg ? cfg.blocks.findIndex((b) => pc >= b.start && pc <= b.end) : -1;

  let groups = [];
  let edgeEls = [];
  function draw() {
    root.replaceChildren();
    groups = [];
    edgeEls = [];
    if (!cfg || !cfg.blocks.length) {
      const p = document.createElement("p");
      p.className = "empty-state";
      p.textContent = "The control-flow graph appears here once the program assembles.";
      root.appendChild(p);
      return;
    }
    lay = layout(cfg, linesOf);
    const s = svg("svg", { class: "cfg-svg", width: lay.width, height: lay.height, viewBox: `0 0 ${lay.width} ${lay.height}`, role: "img", "aria-label": "Control-flow graph" });
    const defs = svg("defs", {}, s);
    for (const kind of ["fwd", "back", "fail"]) {
      const m = svg("marker", { id: `cfg-arrow-${kind}`, viewBox: "0 0 8 8", refX: 7, refY: 4, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse" }, defs);
      svg("path", { d: "M0,0 L8,4 L0,8 z", class: `cfg-arrow ${kind}` }, m);
    }
    const edgeLayer = svg("g", { class: "cfg-edges" }, s);
    cfg.edges.forEach((e) => {
      const a = lay.pos[e.from], b = lay.pos[e.to];
      let d;
      if (e.back || b.y <= a.y) {
        const x1 = a.x + a.w, y1 = a.y + a.h - 6, x2 = b.x + b.w, y2 = b.y + 6;
        const out = Math.max(x1, x2) + 24 + (e.from % 3) * 6;
        d = `M${x1},${y1} C${out},${y1} ${out},${y2} ${x2 + 2},${y2}`;
      } else if (b.layer - a.layer > 1) {
        // a long forward edge goes round the right of the layers it skips instead of through their blocks
        let right = Math.max(a.x + a.w, b.x + b.w);
        for (const nd of lay.nodes) if (nd.layer > a.layer && nd.layer < b.layer) right = Math.max(right, nd.x + nd.w);
        const out = right + 18 + (e.from % 3) * 6;
        const x1 = a.x + a.w, y1 = a.y + a.h - 8, x2 = b.x + b.w + 2, y2 = b.y + 10;
        d = `M${x1},${y1} C${out},${y1} ${out},${y2} ${x2},${y2}`;
      } else {
        const off = e.kind === "jump" ? 12 : e.kind === "call" ? 24 : 0;
        const x1 = a.x + a.w / 2 + off, y1 = a.y + a.h, x2 = b.x + b.w / 2 + (e.kind === "jump" ? 6 : 0), y2 = b.y - 2;
        const my = (y1 + y2) / 2;
        d = `M${x1},${y1} C${x1},${my} ${x2},${my} ${x2},${y2}`;
      }
      const p = svg("path", { d, class: `cfg-edge ${e.kind}${e.back ? " back" : ""}`, "marker-end": `url(#cfg-arrow-${e.back ? "back" : "fwd"})` }, edgeLayer);
      p.dataset.from = e.from;
      p.dataset.to = e.to;
      edgeEls.push({ e, el: p });
    });
    const nodeLayer = svg("g", { class: "cfg-nodes" }, s);
    for (const node of lay.nodes) {
      const b = cfg.blocks[node.id];
      const g = svg("g", { class: "cfg-block", transform: `translate(${node.x},${node.y})`, tabindex: 0, role: "button" }, nodeLayer);
      g.dataset.block = node.id;
      g.dataset.start = b.start;
      svg("rect", { width: node.w, height: node.h, rx: 4 }, g);
      const head = svg("text", { x: 6, y: 13, class: "cfg-head" }, g);
      head.textContent = b.start === b.end ? `pc ${b.start}` : `pc ${b.start}–${b.end}`;
      const count = svg("text", { x: node.w - 6, y: 13, class: "cfg-visits", "text-anchor": "end" }, g);
      count.textContent = "";
      const lines = linesOf(b);
      lines.slice(0, MAX_LINES).forEach((t, k) => {
        const tx = svg("text", { x: 6, y: HEAD + 11 + k * LINE, class: "cfg-insn" }, g);
        tx.textContent = k === MAX_LINES - 1 && lines.length > MAX_LINES ? `… ${lines.length - MAX_LINES + 1} more` : (t.length > 26 ? t.slice(0, 25) + "…" : t);
      });
      const title = svg("title", {}, g);
      title.textContent = lines.join("\n");
      const pick = () => {
        hub.emit("cfg.block", b);
        hub.emit("verifier.pc", b.start);
      };
      g.addEventListener("click", pick);
      g.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); pick(); } });
      groups[node.id] = g;
    }
    root.appendChild(s);
    paint();
  }

  function paint() {
    if (!cfg || !groups.length) return;
    const run = verdict && verdict.run;
    const visits = verdict && verdict.payload.visits;
    const failPcs = run && run.rejected ? run.rejected.path : [];
    const failBlocks = new Set(failPcs.map(blockOf));
    const failEdges = new Set();
    for (let k = 1; k < failPcs.length; k++) {
      const a = blockOf(failPcs[k - 1]), b = blockOf(failPcs[k]);
      if (a !== b) failEdges.add(`${a}>${b}`);
    }
    const failedBlock = run && run.rejected ? blockOf(run.rejected.pc) : -1;
    cfg.blocks.forEach((b, id) => {
      const g = groups[id];
      let v = 0;
      if (visits) for (let pc = b.start; pc <= b.end; pc++) v = Math.max(v, visits[pc] || 0);
      g.classList.toggle("explored", !!visits && v > 0);
      g.classList.toggle("unexplored", !!visits && v === 0);
      g.classList.toggle("failpath", failBlocks.has(id));
      g.classList.toggle("failed", id === failedBlock);
      g.querySelector(".cfg-visits").textContent = visits ? `×${v}` : "";
    });
    for (const { e, el } of edgeEls) {
      const onFail = failEdges.has(`${e.from}>${e.to}`);
      el.classList.toggle("failpath", onFail);
      el.setAttribute("marker-end", `url(#cfg-arrow-${onFail ? "fail" : e.back ? "back" : "fwd"})`);
      const explored = visits && groups[e.from].classList.contains("explored") && groups[e.to].classList.contains("explored");
      el.classList.toggle("unexplored", !!visits && !explored);
    }
    paintCurrent();
  }

  let current = null;
  function paintCurrent() {
    const id = stepPc >= 0 ? blockOf(stepPc) : -1;
    const g = id >= 0 ? groups[id] : null;
    if (current && current !== g) current.classList.remove("current");
    if (g) g.classList.add("current");
    current = g;
  }

  draw();
  return { redraw: draw };
}
