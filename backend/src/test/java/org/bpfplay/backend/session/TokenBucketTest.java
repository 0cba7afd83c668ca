package org.bpfplay.backend.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class TokenBucketTest {
    @Test
    void aBurstPassesThenTheRateRefills() {
        AtomicLong now = new AtomicLong();
        TokenBucket bucket = new TokenBucket(5, 10, now::get);
        for (int i = 0; i < 5; i++) {
            assertThat(bucket.tryTake()).isTrue();
        }
        assertThat(bucket.tryTake()).isFalse();
        now.addAndGet(100_000_000);          // 0.1 s at 10/s = one token
        assertThat(bucket.tryTake()).isTrue();
        assertThat(bucket.tryTake()).isFalse();
        now.addAndGet(10_000_000_000L);      // a long pause refills to the capacity, not beyond
        for (int i = 0; i < 5; i++) {
            assertThat(bucket.tryTake()).isTrue();
        }
        assertThat(bucket.tryTake()).isFalse();
    }
}
