package org.bpfplay.backend.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import tools.jackson.databind.JsonNode;

/**
 * The engine seam end to end: a stand-in engine plugged in as a {@code @Primary} {@link DebugCommands}
 * bean (exactly how the real one will be) streams 20,000 events for one command through the real
 * socket. All arrive, in order, with consecutive seqs, packed into far fewer batch frames; the reply
 * comes last. The time is printed as a first figure for "stream a long verifier trace".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bpfplay.data-dir=./target/test-data/streaming",
})
class SessionStreamingTest {
    static final int EVENTS = 20_000;

    @LocalServerPort
    int port;

    @TestConfiguration
    static class StreamingEngine {
        @Bean
        @Primary
        DebugCommands streamingCommands() {
            return new DebugCommands() {
                @Override
                public boolean available() {
                    return true;
                }

                @Override
                public Set<String> types() {
                    return Set.of("verify");
                }

                @Override
                public DebugCommandSession open(SessionOutput output) {
                    return new DebugCommandSession() {
                        @Override
                        public void onCommand(Envelope command) {
                            int n = command.payload().get("events").intValue();
                            for (int i = 0; i < n; i++) {
                                if (!output.emit("verifierEvent", output.object().put("i", i).put("pc", i % 97))) {
                                    return;
                                }
                            }
                            output.reply(command, "verified", output.object().put("events", n));
                        }

                        @Override
                        public void close() {
                        }
                    };
                }
            };
        }
    }

    @Test
    void aLongEventStreamArrivesCompleteInOrderAndBatched() throws Exception {
        try (TestSocket socket = TestSocket.open(port)) {
            socket.send("hello", "{}");
            assertThat(socket.next("hello").get("payload").get("engine").get("available").booleanValue()).isTrue();
            long start = System.nanoTime();
            long seq = socket.send("verify", "{\"events\":" + EVENTS + "}");
            long firstSeq = -1;
            for (int i = 0; i < EVENTS; i++) {
                JsonNode event = socket.next();
                assertThat(event.get("type").stringValue()).isEqualTo("verifierEvent");
                assertThat(event.get("payload").get("i").intValue()).isEqualTo(i);
                assertThat(event.has("re")).isFalse();
                if (i == 0) {
                    firstSeq = event.get("seq").longValue();
                } else {
                    assertThat(event.get("seq").longValue()).isEqualTo(firstSeq + i);
                }
            }
            JsonNode done = socket.next();
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(done.get("type").stringValue()).isEqualTo("verified");
            assertThat(done.get("re").longValue()).isEqualTo(seq);
            assertThat(socket.frames).isLessThan(EVENTS / 4);
            System.out.printf("streamed %d events in %.2f s (%d frames) over /ws%n", EVENTS, seconds, socket.frames);
        }
    }
}
