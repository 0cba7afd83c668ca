package org.bpfplay.backend.session;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;

/**
 * The outgoing side of one session: a bounded queue drained by at most one task at a time.
 *
 * <p>Why: a verifier trace can be 100k events, and the socket can be slower than the engine. Producers
 * {@link #offer offer} messages; when the queue is full they wait (back-pressure reaches the engine
 * thread) and after {@code sendTimeout} the session is given up as too slow. The drain task takes
 * everything waiting, up to {@code batchMax}, and sends it as one {@code batch} frame, so a burst costs
 * few frames while a lone reply goes out alone and at once. Sequence numbers are assigned while
 * draining, so they follow the wire order exactly. Only the drain task writes to the socket, which is
 * what the WebSocket API requires (no concurrent sends).
 */
final class Outbox {
    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    /** A message waiting to be sent; the seq is given when it is written. */
    record Pending(String type, Long re, JsonNode payload) {
    }

    /** Where drained frames go: the socket in production, a list in tests. */
    interface Wire {
        void send(String frame) throws IOException;

        void close(org.springframework.web.socket.CloseStatus status) throws IOException;
    }

    private final ArrayBlockingQueue<Pending> queue;
    private final int batchMax;
    private final Executor executor;
    private final ProtocolCodec codec;
    private final Wire wire;
    private final AtomicBoolean draining = new AtomicBoolean();
    private volatile org.springframework.web.socket.CloseStatus closeWhenDrained;
    private volatile boolean closed;
    private long nextSeq = 1;   // touched by the (single) drain task only

    Outbox(int capacity, int batchMax, Executor executor, ProtocolCodec codec, Wire wire) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.batchMax = batchMax;
        this.executor = executor;
        this.codec = codec;
        this.wire = wire;
    }

    /**
     * Queues a message, waiting up to {@code wait} for room. Returns false when the queue stayed full
     * (the caller then gives the session up) or the outbox is closed.
     */
    boolean offer(Pending message, Duration wait) throws InterruptedException {
        if (closed || closeWhenDrained != null) {
            return false;
        }
        boolean queued = wait.isZero() ? queue.offer(message) : queue.offer(message, wait.toNanos(), TimeUnit.NANOSECONDS);
        if (queued) {
            schedule();
        }
        return queued;
    }

    /** Sends what is queued, then closes the socket with this status; later offers are refused. */
    void closeAfterDrain(org.springframework.web.socket.CloseStatus status) {
        if (closeWhenDrained == null) {
            closeWhenDrained = status;
        }
        schedule();
    }

    /** The socket is gone: drop everything. */
    void discard() {
        closed = true;
        queue.clear();
    }

    int queued() {
        return queue.size();
    }

    private void schedule() {
        if (draining.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
                draining.set(false);
                discard();
            }
        }
    }

    private void drain() {
        try {
            List<Pending> batch = new ArrayList<>();
            while (!closed) {
                batch.clear();
                queue.drainTo(batch, batchMax);
                if (batch.isEmpty()) {
                    break;
                }
                List<String> encoded = new ArrayList<>(batch.size());
                for (Pending p : batch) {
                    encoded.add(codec.encode(new Envelope(p.type(), nextSeq++, p.re(), p.payload())));
                }
                wire.send(encoded.size() == 1 ? encoded.get(0) : codec.batch(encoded));
            }
            var status = closeWhenDrained;
            if (status != null && queue.isEmpty() && !closed) {
                closed = true;
                wire.close(status);
            }
        } catch (IOException | RuntimeException e) {
            log.debug("sending failed; dropping the session's queue", e);
            discard();
        } finally {
            draining.set(false);
        }
        // A message offered after drainTo saw an empty queue but before draining was reset needs a new task.
        if (!closed && (!queue.isEmpty() || (closeWhenDrained != null))) {
            schedule();
        }
    }
}
