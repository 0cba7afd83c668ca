// Message types of the session protocol (docs/protocol.md). The server is the authority; this list
// only names what the page sends.
export const PROTOCOL_VERSION = 1;

/** Transport messages, answered by the server itself. */
export const HELLO = "hello";
export const PING = "ping";

/** Engine commands (`verify` streams `verifying`, `verifierEvents`, then answers `verified`). */
export const Commands = Object.freeze({
  LOAD: "load",
  VERIFY: "verify",
  RUN: "run",
  STEP: "step",          // payload {mode: "into" | "over"}
  STEP_BACK: "stepBack",
  CONTINUE: "continue",
  RUN_TO: "runTo",
  RESET: "reset",
  SET_BREAKPOINTS: "setBreakpoints",
  CHANGE_INPUT: "changeInput",
  TRACE: "trace",
  SET_MAP_ENTRY: "setMapEntry",   // payload {map, key, value} or {map, key, delete: true}
});

/** Error codes the server sends in `error` payloads. */
export const ErrorCodes = Object.freeze({
  ENGINE_UNAVAILABLE: "engine_unavailable",
  RATE_LIMITED: "rate_limited",
  UNKNOWN_TYPE: "unknown_type",
  MALFORMED: "malformed",
  IDLE_TIMEOUT: "idle_timeout",
});
