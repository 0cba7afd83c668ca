// The session socket: one WebSocket to /ws, JSON envelopes {type, seq, payload}. Unwraps `batch`
// frames, matches replies to requests by `re`, keeps the session alive with `ping` while the tab is
// visible, and reconnects with a growing delay when the connection drops.
import { HELLO, PING, PROTOCOL_VERSION } from "./messages.js";

const PING_MS = 30000;

export function createSocket(hub) {
  let ws = null;
  let seq = 0;
  let retryMs = 500;
  let pingTimer = null;
  const pending = new Map();   // seq -> {resolve}

  function setState(state, detail) {
    hub.emit("socket.state", { state, detail });
  }

  function connect() {
    const proto = location.protocol === "https:" ? "wss:" : "ws:";
    setState("connecting");
    ws = new WebSocket(`${proto}//${location.host}/ws`);
    ws.onopen = () => {
      retryMs = 500;
      request(HELLO, { client: "bpfplay-web", protocol: PROTOCOL_VERSION }).then((m) => {
        if (m.type === "hello") {
          setState("open", m.payload);
          hub.emit("socket.hello", m.payload);
        }
      });
      clearInterval(pingTimer);
      pingTimer = setInterval(() => { if (!document.hidden) send(PING, { t: Date.now() }); }, PING_MS);
    };
    ws.onmessage = (event) => {
      let msg;
      try { msg = JSON.parse(event.data); } catch (e) { hub.emit("log", { level: "error", text: "unreadable frame from server" }); return; }
      const messages = msg.type === "batch" ? msg.payload.messages : [msg];
      for (const m of messages) dispatch(m);
    };
    ws.onclose = (event) => {
      clearInterval(pingTimer);
      for (const p of pending.values()) p.resolve({ type: "error", payload: { code: "closed", message: "connection closed" } });
      pending.clear();
      setState("closed", { code: event.code, reason: event.reason });
      // Idle-closed sessions reconnect only when the user comes back (visibility), others after a delay.
      if (event.code === 4001) {
        document.addEventListener("visibilitychange", function again() {
          if (!document.hidden) { document.removeEventListener("visibilitychange", again); connect(); }
        });
        return;
      }
      setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, 15000);
    };
  }

  function dispatch(m) {
    if (m.re != null && pending.has(m.re)) {
      pending.get(m.re).resolve(m);
      pending.delete(m.re);
    }
    hub.emit("message", m);
    hub.emit(`message.${m.type}`, m);
  }

  function send(type, payload = {}) {
    if (!ws || ws.readyState !== WebSocket.OPEN) return -1;
    seq += 1;
    ws.send(JSON.stringify({ type, seq, payload }));
    return seq;
  }

  /** Sends a message and resolves with the reply (or an error envelope) matched by `re`. */
  function request(type, payload = {}) {
    return new Promise((resolve) => {
      const s = send(type, payload);
      if (s < 0) {
        resolve({ type: "error", payload: { code: "closed", message: "not connected" } });
        return;
      }
      pending.set(s, { resolve });
    });
  }

  connect();
  return { send, request };
}
