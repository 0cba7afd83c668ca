/**
 * The session socket {@code /ws}: one WebSocket per browser tab, JSON envelopes
 * {@code {type, seq, payload}} (documented in {@code docs/protocol.md}).
 *
 * <p>This package owns the transport and its safety: the handshake check against cross-site and
 * DNS-rebinding access ({@link org.bpfplay.backend.session.OriginCheck}), message size, per-session rate
 * limit ({@link org.bpfplay.backend.session.TokenBucket}), idle timeout
 * ({@link org.bpfplay.backend.session.SessionRegistry}), and a bounded, batching outgoing queue that holds
 * producers back when the client reads slowly ({@link org.bpfplay.backend.session.Outbox}).
 *
 * <p>What the messages mean for a program (load, verify, step, run ...) is behind
 * {@link org.bpfplay.backend.session.DebugCommands}: the engine plugs in there without touching the
 * transport ({@code org.bpfplay.backend.debug.EngineDebugCommands} is the implementation).
 */
package org.bpfplay.backend.session;
