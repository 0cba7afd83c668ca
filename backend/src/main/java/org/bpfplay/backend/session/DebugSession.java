package org.bpfplay.backend.session;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executor;

import org.bpfplay.backend.system.Limits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

import tools.jackson.databind.node.ObjectNode;

/**
 * The server side of one socket: its rate limit, idle clock, outgoing queue, and the engine's
 * {@link DebugCommandSession}. Implements {@link SessionOutput}, the only way anything writes to the socket.
 */
final class DebugSession implements SessionOutput {
    private static final Logger log = LoggerFactory.getLogger(DebugSession.class);

    private final WebSocketSession socket;
    private final Limits limits;
    private final ProtocolCodec codec;
    private final Outbox outbox;
    private final TokenBucket bucket;
    private final SerialExecutor commandRunner;
    private volatile long lastMessageNanos = System.nanoTime();
    private int droppedInARow;   // touched by the socket's receiving thread only
    private volatile DebugCommandSession commands;
    private volatile boolean open = true;
    private volatile boolean closing;

    DebugSession(WebSocketSession socket, Limits limits, ProtocolCodec codec, Executor pool) {
        this.socket = socket;
        this.limits = limits;
        this.codec = codec;
        this.bucket = new TokenBucket(limits.wsBurst(), limits.wsMessagesPerSecond(), System::nanoTime);
        this.commandRunner = new SerialExecutor(pool);
        this.outbox = new Outbox(limits.wsOutboxMessages(), limits.wsBatchMessages(), pool, codec, new Outbox.Wire() {
            @Override
            public void send(String frame) throws IOException {
                socket.sendMessage(new TextMessage(frame));
            }

            @Override
            public void close(CloseStatus status) throws IOException {
                socket.close(status);
            }
        });
    }

    void attach(DebugCommandSession commands) {
        this.commands = commands;
    }

    /** Records client activity (for the idle timeout) and takes a rate-limit token. */
    Admission admit() {
        lastMessageNanos = System.nanoTime();
        if (bucket.tryTake()) {
            droppedInARow = 0;
            return Admission.ACCEPT;
        }
        droppedInARow++;
        if (droppedInARow == 1) {
            return Admission.DROP_AND_TELL;
        }
        return droppedInARow > limits.wsBurst() ? Admission.CLOSE : Admission.DROP;
    }

    /** What to do with an incoming message under the rate limit. */
    enum Admission { ACCEPT, DROP_AND_TELL, DROP, CLOSE }

    Duration idleFor(long nowNanos) {
        return Duration.ofNanos(nowNanos - lastMessageNanos);
    }

    /** Runs an engine command after the ones before it, off the socket's thread. */
    void runCommand(Envelope command) {
        execute(() -> {
            DebugCommandSession engine = commands;
            if (!open || engine == null) {
                return;
            }
            try {
                engine.onCommand(command);
            } catch (RuntimeException e) {
                log.error("engine command '{}' failed in session {}", command.type(), socket.getId(), e);
                error(command, ErrorCode.INTERNAL, "the server failed on '" + command.type() + "'; the server log has details");
            }
        });
    }

    private void execute(Runnable task) {
        try {
            commandRunner.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
            log.debug("session {}: server shutting down, command dropped", socket.getId());
        }
    }

    /** Tells the client why, sends what is queued, then closes. */
    void closeWith(ErrorCode code, String message, CloseStatus status) {
        ObjectNode payload = errorPayload(code, message);
        enqueue(new Outbox.Pending("error", null, payload), Duration.ZERO);
        closing = true;
        outbox.closeAfterDrain(status);
    }

    /** The socket is closed: release the engine session and drop queued output. */
    void closed() {
        open = false;
        outbox.discard();
        DebugCommandSession engine = commands;
        if (engine != null) {
            try {
                commandRunner.execute(engine::close);
            } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
                engine.close();
            }
        }
    }

    @Override
    public ObjectNode object() {
        return codec.object();
    }

    @Override
    public boolean reply(Envelope request, String type, ObjectNode payload) {
        return enqueue(new Outbox.Pending(type, request.seq(), payload), limits.wsSendTimeout());
    }

    @Override
    public boolean emit(String type, ObjectNode payload) {
        return enqueue(new Outbox.Pending(type, null, payload), limits.wsSendTimeout());
    }

    @Override
    public boolean error(Envelope request, ErrorCode code, String message) {
        return enqueue(new Outbox.Pending("error", request == null ? null : request.seq(), errorPayload(code, message)),
                limits.wsSendTimeout());
    }

    /** An error answer from the socket thread: never waits (the socket thread must not block). */
    boolean errorNow(Long re, ErrorCode code, String message) {
        return enqueue(new Outbox.Pending("error", re, errorPayload(code, message)), Duration.ZERO);
    }

    /** A reply from the socket thread: never waits. */
    boolean replyNow(Envelope request, String type, ObjectNode payload) {
        return enqueue(new Outbox.Pending(type, request.seq(), payload), Duration.ZERO);
    }

    @Override
    public boolean isOpen() {
        return open && !closing && socket.isOpen();
    }

    boolean isClosing() {
        return closing || !open;
    }

    @Override
    public String sessionId() {
        return socket.getId();
    }

    private ObjectNode errorPayload(ErrorCode code, String message) {
        ObjectNode payload = codec.object();
        payload.put("code", code.wire());
        payload.put("message", message);
        return payload;
    }

    private boolean enqueue(Outbox.Pending message, Duration wait) {
        if (!open || closing) {
            return false;
        }
        try {
            if (outbox.offer(message, wait)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (open) {
            log.info("session {}: outgoing queue full for {}; closing as too slow", socket.getId(), wait);
            open = false;
            outbox.discard();
            try {
                socket.close(CloseCodes.SLOW);
            } catch (IOException | RuntimeException e) {
                log.debug("closing slow session {}", socket.getId(), e);
            }
        }
        return false;
    }
}
