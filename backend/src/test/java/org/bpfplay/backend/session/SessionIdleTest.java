package org.bpfplay.backend.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.socket.CloseStatus;

import tools.jackson.databind.JsonNode;

/** A session that sends nothing for longer than the idle timeout (2 s here) is told why and closed with 4001. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bpfplay.data-dir=./target/test-data/idle",
        "bpfplay.limits.ws-idle-timeout=2s",
})
class SessionIdleTest {
    @LocalServerPort
    int port;

    @Test
    void anIdleSessionIsToldAndClosed() throws Exception {
        try (TestSocket socket = TestSocket.open(port)) {
            socket.send("hello", "{}");
            JsonNode hello = socket.next("hello");
            assertThat(hello.get("payload").get("limits").get("idleTimeoutMs").longValue()).isEqualTo(2000);
            long start = System.nanoTime();
            JsonNode idle = socket.next("error");
            assertThat(idle.get("payload").get("code").stringValue()).isEqualTo("idle_timeout");
            assertThat(idle.get("payload").get("message").stringValue()).contains("2000 ms").contains("ping");
            CloseStatus status = socket.awaitClose();
            assertThat(status.getCode()).isEqualTo(4001);
            assertThat((System.nanoTime() - start) / 1e9).isGreaterThan(1.5);
        }
    }

    @Test
    void pingsKeepASessionOpen() throws Exception {
        try (TestSocket socket = TestSocket.open(port)) {
            for (int i = 0; i < 6; i++) {
                socket.send("ping", "{}");
                assertThat(socket.next().get("type").stringValue()).isEqualTo("pong");
                Thread.sleep(500);
            }
            assertThat(socket.session.isOpen()).isTrue();
        }
    }
}
