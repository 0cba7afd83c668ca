package org.bpfplay.backend.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.bpfplay.backend.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.socket.CloseStatus;

import tools.jackson.databind.JsonNode;

/**
 * The session socket against the running server with a real client. Limits come from {@link WebTest}:
 * messages up to 2048 bytes, 20 messages per second with a burst of 20.
 */
@WebTest
class SessionSocketTest {
    @LocalServerPort
    int port;

    @Test
    void helloIsAnsweredWithTheProtocolVersionEngineStateAndLimits() throws Exception {
        try (TestSocket socket = TestSocket.open(port)) {
            long seq = socket.send("hello", "{\"client\":\"test\",\"protocol\":1}");
            JsonNode hello = socket.next();
            assertThat(hello.get("type").stringValue()).isEqualTo("hello");
            assertThat(hello.get("re").longValue()).isEqualTo(seq);
            assertThat(hello.get("seq").longValue()).isEqualTo(1);
            JsonNode p = hello.get("payload");
            assertThat(p.get("protocol").intValue()).isEqualTo(1);
            assertThat(p.get("engine").get("available").booleanValue()).isTrue();
            assertThat(p.get("engine").get("commands").toString()).contains("\"step\"").contains("\"stepBack\"");
            assertThat(p.get("limits").get("messageBytes").intValue()).isEqualTo(2048);
            assertThat(p.get("limits").get("idleTimeoutMs").longValue()).isEqualTo(600_000);
        }
    }

    @Test
    void pingEchoesItsPayloadAndServerSeqsIncrease() throws Exception {
        try (TestSocket socket = TestSocket.open(port)) {
            socket.send("ping", "{\"t\":123}");
            long second = socket.send("ping", "{}");
            JsonNode a = socket.next();
            JsonNode b = socket.next();
            assertThat(a.get("type").stringValue()).isEqualTo("pong");
            assertThat(a.get("payload").get("t").intValue()).isEqualTo(123);
            assertThat(b.get("re").longValue()).isEqualTo(second);
            assertThat(b.get("seq").longValue()).isEqualTo(a.get("seq").longValue() + 1);
        }
    }

    @Test
    void malformedMessagesGetAnErrorEnvelopeAndTheSessionStaysOpen() throws Exception {
        try (TestSocket socket = TestSocket.open(port)) {
            socket.sendRaw("{not json");
            JsonNode bad = socket.next();
            assertThat(bad.get("type").stringValue()).isEqualTo("error");
            assertThat(bad.get("payload").get("code").stringValue()).isEqualTo("malformed");
            assertThat(bad.get("payload").get("message").stringValue()).startsWith("malformed JSON at line 1, column");
            assertThat(bad.has("re")).isFalse();

            socket.sendRaw("{\"type\":\"ping\",\"seq\":7,\"payload\":[1]}");
            JsonNode payload = socket.next();
            assertThat(payload.get("payload").get("code").stringValue()).isEqualTo("malformed");
            assertThat(payload.get("re").longValue()).isEqualTo(7);

            socket.sendRaw("{\"type\":\"ping\"}");
            assertThat(socket.next().get("payload").get("message").stringValue()).contains("'seq'");

            long seq = socket.send("fly", "{}");
            JsonNode unknown = socket.next();
            assertThat(unknown.get("payload").get("code").stringValue()).isEqualTo("unknown_type");
            assertThat(unknown.get("payload").get("message").stringValue()).contains("'fly'").contains("ping");
            assertThat(unknown.get("re").longValue()).isEqualTo(seq);

            socket.send("ping", "{}");
            assertThat(socket.next().get("type").stringValue()).isEqualTo("pong");
        }
    }

    @Test
    void verifyBeforeALoadSaysNotLoaded() throws Exception {
        try (TestSocket socket = TestSocket.open(port)) {
            long seq = socket.send("verify", "{}");
            JsonNode e = socket.next();
            assertThat(e.get("type").stringValue()).isEqualTo("error");
            assertThat(e.get("re").longValue()).isEqualTo(seq);
            assertThat(e.get("payload").get("code").stringValue()).isEqualTo("not_loaded");
        }
    }

    @Test
    void anOversizedMessageClosesTheSessionWith1009() throws Exception {
        try (TestSocket socket = TestSocket.open(port)) {
            socket.send("ping", "{\"pad\":\"" + "x".repeat(4000) + "\"}");
            CloseStatus status = socket.awaitClose();
            assertThat(status.getCode()).isEqualTo(CloseStatus.TOO_BIG_TO_PROCESS.getCode());
        }
    }

    @Test
    void aFloodIsRateLimitedAndThenDisconnected() throws Exception {
        try (TestSocket socket = TestSocket.open(port)) {
            int sent = 0;
            try {
                for (; sent < 200 && socket.session.isOpen(); sent++) {
                    socket.send("ping", "{}");
                }
            } catch (Exception closedMeanwhile) {
                // the server closed the socket during the flood: expected
            }
            JsonNode limited = socket.next("error");
            assertThat(limited.get("payload").get("code").stringValue()).isEqualTo("rate_limited");
            assertThat(limited.get("payload").get("message").stringValue()).contains("20 messages per second");
            CloseStatus status = socket.awaitClose();
            assertThat(status.getCode()).isEqualTo(4002);
            // the burst (20) was answered, the excess dropped (a slow machine may refill a few tokens)
            long pongs = socket.seen.stream().filter("pong"::equals).count();
            assertThat(pongs).isGreaterThanOrEqualTo(20).isLessThan(sent);
        }
    }
}
