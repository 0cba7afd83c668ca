package org.bpfplay.backend.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.bpfplay.backend.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The /ws handshake with hand-written HTTP, so the test controls the Host and Origin headers exactly
 * as an attacker's browser would send them (HTTP clients refuse to forge Host).
 */
@WebTest
class HandshakeTest {
    @LocalServerPort
    int port;

    /** Sends an upgrade request and returns the status code of the answer (101 = accepted). */
    private int handshake(String host, String origin) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20000);
            StringBuilder request = new StringBuilder()
                    .append("GET /ws HTTP/1.1\r\n")
                    .append("Host: ").append(host).append("\r\n")
                    .append("Upgrade: websocket\r\n")
                    .append("Connection: Upgrade\r\n")
                    .append("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n")
                    .append("Sec-WebSocket-Version: 13\r\n");
            if (origin != null) {
                request.append("Origin: ").append(origin).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    @Test
    void sameOriginIsAccepted() throws Exception {
        assertThat(handshake("localhost:" + port, "http://localhost:" + port)).isEqualTo(101);
        assertThat(handshake("127.0.0.1:" + port, "http://127.0.0.1:" + port)).isEqualTo(101);
    }

    @Test
    void clientsWithoutOriginAndLoopbackOriginsAreAccepted() throws Exception {
        assertThat(handshake("localhost:" + port, null)).isEqualTo(101);
        assertThat(handshake("localhost:" + port, "http://localhost:5173")).isEqualTo(101);
        // a LAN address typed into the browser: an IP literal cannot be a rebinding attack
        assertThat(handshake("192.168.1.20:" + port, "http://192.168.1.20:" + port)).isEqualTo(101);
    }

    @Test
    void aCrossSiteOriginIsRefused() throws Exception {
        assertThat(handshake("localhost:" + port, "https://evil.example")).isEqualTo(403);
        assertThat(handshake("localhost:" + port, "http://evil.example:" + port)).isEqualTo(403);
        assertThat(handshake("localhost:" + port, "null")).isEqualTo(403);
        assertThat(handshake("192.168.1.20:" + port, "http://192.168.1.21:" + port)).isEqualTo(403);
    }

    @Test
    void aDnsRebindingHostIsRefusedEvenWhenOriginMatchesIt() throws Exception {
        // evil.example resolves to 127.0.0.1 in the victim's browser: page and socket look same-origin
        assertThat(handshake("evil.example:" + port, "http://evil.example:" + port)).isEqualTo(403);
        assertThat(handshake("evil.example:" + port, null)).isEqualTo(403);
    }
}
