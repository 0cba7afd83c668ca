package org.bpfplay.backend.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.socket.CloseStatus;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

class OutboxTest {
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final ProtocolCodec codec = new ProtocolCodec();
    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** A wire that records frames and can be held shut to simulate a client that does not read. */
    static final class SlowWire implements Outbox.Wire {
        final List<String> frames = new CopyOnWriteArrayList<>();
        final CountDownLatch open = new CountDownLatch(1);
        volatile CloseStatus closedWith;

        @Override
        public void send(String frame) {
            try {
                open.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            frames.add(frame);
        }

        @Override
        public void close(CloseStatus status) {
            closedWith = status;
        }
    }

    private static Outbox.Pending event(int i) {
        return new Outbox.Pending("event", null, JsonNodeFactory.instance.objectNode().put("i", i));
    }

    @Test
    void messagesWaitingTogetherGoOutAsBatchesWithConsecutiveSeqs() throws Exception {
        SlowWire wire = new SlowWire();
        Outbox outbox = new Outbox(100, 10, pool, codec, wire);
        for (int i = 0; i < 25; i++) {
            assertThat(outbox.offer(event(i), Duration.ZERO)).isTrue();
        }
        wire.open.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        List<JsonNode> messages = new java.util.ArrayList<>();
        while (messages.size() < 25 && System.nanoTime() < deadline) {
            messages.clear();
            for (String f : wire.frames) {
                JsonNode frame = json.readTree(f);
                if (frame.get("type").stringValue().equals("batch")) {
                    frame.get("payload").get("messages").forEach(messages::add);
                    assertThat(frame.has("seq")).isFalse();
                    assertThat(frame.get("payload").get("messages").size()).isLessThanOrEqualTo(10);
                } else {
                    messages.add(frame);
                }
            }
            Thread.sleep(10);
        }
        assertThat(messages).hasSize(25);
        for (int i = 0; i < 25; i++) {
            assertThat(messages.get(i).get("seq").longValue()).isEqualTo(i + 1);
            assertThat(messages.get(i).get("payload").get("i").intValue()).isEqualTo(i);
        }
        assertThat(wire.frames.size()).isLessThan(25);   // batched
    }

    @Test
    void aFullQueueHoldsTheProducerBackAndGivesUpAfterTheTimeout() throws Exception {
        SlowWire wire = new SlowWire();   // never opens: the client does not read
        Outbox outbox = new Outbox(4, 2, pool, codec, wire);
        int accepted = 0;
        long start = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            if (!outbox.offer(event(i), Duration.ofMillis(200))) {
                break;
            }
            accepted++;
        }
        double waited = (System.nanoTime() - start) / 1e9;
        // 4 queued + the batch of up to 2 held by the blocked send
        assertThat(accepted).isBetween(4, 6);
        assertThat(waited).isGreaterThanOrEqualTo(0.19);
        wire.open.countDown();
    }

    @Test
    void closeAfterDrainSendsWhatIsQueuedFirstAndRefusesMore() throws Exception {
        SlowWire wire = new SlowWire();
        wire.open.countDown();
        Outbox outbox = new Outbox(10, 10, pool, codec, wire);
        outbox.offer(event(1), Duration.ZERO);
        outbox.closeAfterDrain(CloseCodes.IDLE);
        assertThat(outbox.offer(event(2), Duration.ZERO)).isFalse();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (wire.closedWith == null && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(wire.closedWith).isEqualTo(CloseCodes.IDLE);
        assertThat(wire.frames).hasSize(1);
        assertThat(wire.frames.get(0)).contains("\"i\":1");
    }
}
