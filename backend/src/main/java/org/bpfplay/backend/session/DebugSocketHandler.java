package org.bpfplay.backend.session;

import java.io.IOException;

import org.bpfplay.backend.system.Limits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code /ws} endpoint: admits each message (rate limit, size), decodes it, answers the transport's
 * own types ({@code hello}, {@code ping}) and errors here, and passes engine commands to the session's
 * {@link DebugCommandSession}. Never blocks the container's thread on the engine.
 */
@Component
class DebugSocketHandler extends TextWebSocketHandler {
    static final int PROTOCOL_VERSION = 1;
    private static final Logger log = LoggerFactory.getLogger(DebugSocketHandler.class);

    private final SessionRegistry registry;
    private final DebugCommands commands;
    private final Limits limits;
    private final ProtocolCodec codec = new ProtocolCodec();

    DebugSocketHandler(SessionRegistry registry, DebugCommands commands, Limits limits) {
        this.registry = registry;
        this.commands = commands;
        this.limits = limits;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession socket) throws IOException {
        DebugSession session = new DebugSession(socket, limits, codec, registry.pool());
        if (!registry.add(socket.getId(), session)) {
            log.warn("refusing session {}: {} sessions open", socket.getId(), registry.size());
            socket.close(CloseCodes.FULL);
            return;
        }
        session.attach(commands.open(session));
    }

    @Override
    protected void handleTextMessage(WebSocketSession socket, TextMessage message) {
        DebugSession session = registry.get(socket.getId());
        if (session == null || session.isClosing()) {
            return;   // refused (server full) or closing (idle, rate): ignore stragglers
        }
        switch (session.admit()) {
            case ACCEPT -> { }
            case DROP -> {
                return;
            }
            case DROP_AND_TELL -> {
                session.errorNow(null, ErrorCode.RATE_LIMITED, "more than " + limits.wsMessagesPerSecond()
                        + " messages per second (burst " + limits.wsBurst() + "); messages are dropped until the rate falls");
                return;
            }
            case CLOSE -> {
                session.closeWith(ErrorCode.RATE_LIMITED, "kept sending while rate limited; closing", CloseCodes.RATE);
                return;
            }
            default -> throw new IllegalStateException();
        }
        String text = message.getPayload();
        if (text.length() > limits.wsMessageBytes()) {
            session.errorNow(null, ErrorCode.TOO_LARGE, "message of " + text.length() + " characters; the limit is "
                    + limits.wsMessageBytes());
            return;
        }
        ProtocolCodec.Decoded decoded = codec.decode(text);
        if (decoded instanceof ProtocolCodec.Decoded.Bad bad) {
            session.errorNow(bad.seq(), bad.code(), bad.message());
            return;
        }
        Envelope envelope = ((ProtocolCodec.Decoded.Ok) decoded).envelope();
        switch (envelope.type()) {
            case "hello" -> session.replyNow(envelope, "hello", hello(socket));
            case "ping" -> session.replyNow(envelope, "pong", (ObjectNode) envelope.payload());
            default -> {
                if (commands.types().contains(envelope.type())) {
                    session.runCommand(envelope);
                } else {
                    session.errorNow(envelope.seq(), ErrorCode.UNKNOWN_TYPE, "unknown message type '" + envelope.type()
                            + "'; known: hello, ping, " + String.join(", ", new java.util.TreeSet<>(commands.types())));
                }
            }
        }
    }

    private ObjectNode hello(WebSocketSession socket) {
        ObjectNode payload = codec.object();
        payload.put("protocol", PROTOCOL_VERSION);
        payload.put("server", "bpfplay");
        payload.put("session", socket.getId());
        ObjectNode engine = payload.putObject("engine");
        engine.put("available", commands.available());
        var names = engine.putArray("commands");
        new java.util.TreeSet<>(commands.types()).forEach(names::add);
        ObjectNode l = payload.putObject("limits");
        l.put("messageBytes", limits.wsMessageBytes());
        l.put("messagesPerSecond", limits.wsMessagesPerSecond());
        l.put("burst", limits.wsBurst());
        l.put("idleTimeoutMs", limits.wsIdleTimeout().toMillis());
        l.put("batchMessages", limits.wsBatchMessages());
        return payload;
    }

    @Override
    public void handleTransportError(WebSocketSession socket, Throwable exception) {
        log.debug("transport error in session {}", socket.getId(), exception);
    }

    @Override
    public void afterConnectionClosed(WebSocketSession socket, CloseStatus status) {
        DebugSession session = registry.remove(socket.getId());
        if (session != null) {
            session.closed();
        }
    }
}
