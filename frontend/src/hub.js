// A tiny event bus between panes: each pane subscribes to what it shows and publishes what the user
// does, so panes never call each other (as Compiler Explorer's hub).
export function createHub() {
  const handlers = new Map();
  return {
    on(topic, fn) {
      if (!handlers.has(topic)) handlers.set(topic, []);
      handlers.get(topic).push(fn);
    },
    emit(topic, data) {
      for (const fn of handlers.get(topic) || []) {
        try { fn(data); } catch (e) { console.error(`hub handler for ${topic} failed`, e); }
      }
    },
  };
}
