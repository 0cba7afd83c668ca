package org.bpfplay.backend.session;

import java.util.function.LongSupplier;

/**
 * Per-session rate limit: a bucket of {@code capacity} tokens refilled at {@code perSecond}; each client
 * message takes one. Bursts up to the capacity pass (a user holding F10 down), a sustained flood does not.
 * Time comes from a supplier so tests need not sleep.
 */
final class TokenBucket {
    private final double capacity;
    private final double perNano;
    private final LongSupplier nanoTime;
    private double tokens;
    private long last;

    TokenBucket(int capacity, int perSecond, LongSupplier nanoTime) {
        this.capacity = capacity;
        this.perNano = perSecond / 1e9;
        this.nanoTime = nanoTime;
        this.tokens = capacity;
        this.last = nanoTime.getAsLong();
    }

    /** Takes a token if one is there. */
    synchronized boolean tryTake() {
        long now = nanoTime.getAsLong();
        tokens = Math.min(capacity, tokens + (now - last) * perNano);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
