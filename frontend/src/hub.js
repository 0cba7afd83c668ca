// A tiny event bus between panes: each pane subscribes to what it shows and publishes what the user
// does, so panes never call each other (as Compiler Explorer's hub). A pane that keeps data others
// need to look up answers questions by name (answer/ask), so the data stays in one place.
export function createHub() {
  const handlers = new Map();
  const answerers = new Map();
  return {
    answer(question, fn) { answerers.set(question, fn); },
    /** The answer to a question, or undefined when no pane answers it (or it failed). */
    ask(question, ...args) {
      const fn = answerers.get(question);
      if (!fn) return undefined;
      try { return fn(...args); } catch (e) { console.error(`hub answer to ${question} failed`, e); return undefined; }
    },
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
