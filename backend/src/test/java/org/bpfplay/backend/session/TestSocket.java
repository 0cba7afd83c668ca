package org.bpfplay.backend.session;

import java.net.URI;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.bpfplay.backend.Http;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.TextWebSocketHandler;

import tools.jackson.databind.JsonNode;

/**
 * A real WebSocket client for tests (Tomcat's, via Spring): collects the server's messages, unwrapping
 * {@code batch} frames, and records how the socket closed. Timeouts are generous: CI machines are slow.
 */
final class TestSocket implements AutoCloseable {
    static final long WAIT_SECONDS = 20;

    final BlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
    /** The type of every message received, in order (inbox consumers take messages away; this keeps all). */
    final java.util.List<String> seen = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    final CompletableFuture<CloseStatus> closed = new CompletableFuture<>();
    final WebSocketSession session;
    volatile int frames;
    private long seq;

    private TestSocket(int port, String origin) throws Exception {
        StandardWebSocketClient client = new StandardWebSocketClient();
        client.getUserProperties().put("org.apache.tomcat.websocket.IO_TIMEOUT_MS", "20000");
        WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
        if (origin != null) {
            headers.setOrigin(origin);
        }
        session = client.execute(new TextWebSocketHandler() {
            @Override
            protected void handleTextMessage(WebSocketSession s, TextMessage message) {
                frames++;
                JsonNode frame = Http.json().readTree(message.getPayload());
                if ("batch".equals(frame.get("type").stringValue())) {
                    frame.get("payload").get("messages").forEach(m -> {
                        seen.add(m.get("type").stringValue());
                        inbox.add(m);
                    });
                } else {
                    seen.add(frame.get("type").stringValue());
                    inbox.add(frame);
                }
            }

            @Override
            public void afterConnectionClosed(WebSocketSession s, CloseStatus status) {
                closed.complete(status);
            }
        }, headers, URI.create("ws://localhost:" + port + "/ws")).get(WAIT_SECONDS, TimeUnit.SECONDS);
        session.setTextMessageSizeLimit(1 << 20);
    }

    static TestSocket open(int port) throws Exception {
        return new TestSocket(port, null);
    }

    static TestSocket open(int port, String origin) throws Exception {
        return new TestSocket(port, origin);
    }

    /** Sends {type, seq, payload} with the next client seq; returns that seq. */
    long send(String type, String payloadJson) throws Exception {
        long s = ++seq;
        sendRaw("{\"type\":\"" + type + "\",\"seq\":" + s + ",\"payload\":" + payloadJson + "}");
        return s;
    }

    void sendRaw(String text) throws Exception {
        session.sendMessage(new TextMessage(text));
    }

    JsonNode next() throws InterruptedException {
        JsonNode m = inbox.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        if (m == null) {
            throw new AssertionError("no message from the server within " + WAIT_SECONDS + " s");
        }
        return m;
    }

    /** The next message of this type, skipping others. */
    JsonNode next(String type) throws InterruptedException {
        while (true) {
            JsonNode m = next();
            if (type.equals(m.get("type").stringValue())) {
                return m;
            }
        }
    }

    CloseStatus awaitClose() throws Exception {
        return closed.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        if (session.isOpen()) {
            session.close();
        }
    }
}
