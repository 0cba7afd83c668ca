package org.bpfplay.backend.session;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.bpfplay.backend.system.Limits;
import org.springframework.stereotype.Component;

/**
 * The open sessions, the thread pool their engine commands and outgoing queues run on, and the idle
 * sweeper: every quarter of the idle timeout (between 50 ms and 5 s) it closes sessions that have not
 * sent a message for longer than {@code bpfplay.limits.ws-idle-timeout}.
 */
@Component
class SessionRegistry {
    private final Map<String, DebugSession> sessions = new ConcurrentHashMap<>();
    private final ExecutorService pool = Executors.newCachedThreadPool(named("bpfplay-session-"));
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(named("bpfplay-idle-"));
    private final Limits limits;

    SessionRegistry(Limits limits) {
        this.limits = limits;
        long period = Math.max(50, Math.min(5000, limits.wsIdleTimeout().toMillis() / 4));
        sweeper.scheduleAtFixedRate(this::sweep, period, period, TimeUnit.MILLISECONDS);
    }

    ExecutorService pool() {
        return pool;
    }

    /** Adds a session unless the server is full. */
    boolean add(String id, DebugSession session) {
        synchronized (sessions) {
            if (sessions.size() >= limits.wsMaxSessions()) {
                return false;
            }
            sessions.put(id, session);
            return true;
        }
    }

    DebugSession get(String id) {
        return sessions.get(id);
    }

    DebugSession remove(String id) {
        return sessions.remove(id);
    }

    int size() {
        return sessions.size();
    }

    private void sweep() {
        long now = System.nanoTime();
        Duration limit = limits.wsIdleTimeout();
        for (Map.Entry<String, DebugSession> e : sessions.entrySet()) {
            // The entry stays until the socket reports closed, so the engine side is released there.
            if (!e.getValue().isClosing() && e.getValue().idleFor(now).compareTo(limit) > 0) {
                e.getValue().closeWith(ErrorCode.IDLE_TIMEOUT,
                        "no message for " + limit.toMillis() + " ms; send 'ping' to keep a session open", CloseCodes.IDLE);
            }
        }
    }

    @PreDestroy
    void shutdown() {
        sweeper.shutdownNow();
        pool.shutdownNow();
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
