// The run's output: bpf_trace_printk lines (as trace_pipe prints them) and what user space would read
// from ring buffers and perf event arrays. Lines the last command added carry the "changed" class.
export function setupOutputPane(els, hub, model) {
  function fill(list, lines, added, empty) {
    const items = lines.map((text, i) => {
      const li = document.createElement("li");
      li.textContent = text.replace(/\n$/, "");
      if (i >= lines.length - added) li.className = "changed";
      return li;
    });
    if (!items.length) {
      const li = document.createElement("li");
      li.className = "empty-state";
      li.textContent = empty;
      items.push(li);
    }
    list.replaceChildren(...items);
  }
  hub.on("machine", () => {
    const m = model.m;
    fill(els.trace, m.loaded ? m.trace : [], m.newTrace, "no bpf_trace_printk output yet");
    fill(els.events, m.loaded ? m.events : [], m.newEvents, "no ring buffer or perf events yet");
  });
}
