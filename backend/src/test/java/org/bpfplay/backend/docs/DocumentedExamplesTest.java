package org.bpfplay.backend.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bpfplay.backend.BpfplayApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.TextWebSocketHandler;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/api.md and docs/protocol.md say what the server does; this test holds them to it. It starts the
 * application on a fresh data directory with default limits and replays every documented example:
 * each {@code curl} block with its status and JSON answer, each {@code transcript} block on a new socket.
 * Matching rules (stated in the documents): {@code "…"} matches anything, a string ending in {@code …}
 * matches by prefix, an ISO-8601 timestamp matches any timestamp, fields not shown are allowed in
 * protocol transcripts but not in API answers.
 */
class DocumentedExamplesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CURL_EXAMPLE = Pattern.compile(
            "```sh\\n(curl [^\\n]+)\\n```\\nResponse `(\\d{3})`:\\n```json\\n([^\\n]+)\\n```");
    private static final Pattern TRANSCRIPT = Pattern.compile("```transcript\\n(.*?)\\n```", Pattern.DOTALL);
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");

    @TempDir
    static Path dataDir;
    static ConfigurableApplicationContext app;
    static int port;

    @BeforeAll
    static void start() {
        app = new SpringApplicationBuilder(BpfplayApplication.class)
                .run("--server.port=0", "--bpfplay.data-dir=" + dataDir.toAbsolutePath(), "--spring.main.banner-mode=off");
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    static Path docs() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docs/api.md"))) {
                return dir.resolve("docs");
            }
        }
        throw new AssertionError("docs/api.md not found above " + Path.of("").toAbsolutePath());
    }

    @Test
    void everyCurlExampleInApiMdAnswersAsDocumented() throws Exception {
        String text = Files.readString(docs().resolve("api.md"));
        Matcher m = CURL_EXAMPLE.matcher(text);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        int count = 0;
        while (m.find()) {
            count++;
            String command = m.group(1);
            HttpResponse<String> response = client.send(curl(command), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(command).isEqualTo(Integer.parseInt(m.group(2)));
            List<String> diffs = new ArrayList<>();
            compare(JSON.readTree(m.group(3)), JSON.readTree(response.body()), "$", false, diffs);
            assertThat(diffs).as(command + "\nanswered " + response.body()).isEmpty();
        }
        assertThat(count).as("curl examples found in api.md").isGreaterThanOrEqualTo(10);
    }

    @Test
    void everyTranscriptInProtocolMdPlaysAsDocumented() throws Exception {
        String text = Files.readString(docs().resolve("protocol.md"));
        Matcher m = TRANSCRIPT.matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
            replay(m.group(1));
        }
        assertThat(count).as("transcripts found in protocol.md").isGreaterThanOrEqualTo(4);
    }

    private void replay(String transcript) throws Exception {
        BlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
        WebSocketSession socket = new StandardWebSocketClient().execute(new TextWebSocketHandler() {
            @Override
            protected void handleTextMessage(WebSocketSession s, TextMessage message) {
                JsonNode frame = JSON.readTree(message.getPayload());
                if ("batch".equals(frame.get("type").stringValue())) {
                    frame.get("payload").get("messages").forEach(inbox::add);
                } else {
                    inbox.add(frame);
                }
            }
        }, "ws://localhost:" + port + "/ws").get(20, TimeUnit.SECONDS);
        socket.setTextMessageSizeLimit(1 << 20);   // a full machine state can pass the client's 8 KiB default
        try {
            for (String line : transcript.split("\n")) {
                if (line.startsWith("> ")) {
                    socket.sendMessage(new TextMessage(line.substring(2)));
                } else if (line.startsWith("< ")) {
                    JsonNode actual = inbox.poll(20, TimeUnit.SECONDS);
                    assertThat(actual).as("no answer for " + line).isNotNull();
                    List<String> diffs = new ArrayList<>();
                    compare(JSON.readTree(line.substring(2)), actual, "$", true, diffs);
                    assertThat(diffs).as("expected " + line + "\nreceived " + actual).isEmpty();
                } else {
                    throw new AssertionError("a transcript line starts with '> ' or '< ': " + line);
                }
            }
        } finally {
            socket.close();
        }
    }

    /** Turns one documented curl line (-s, -X, -H, -d; single-quoted words) into a request. */
    private HttpRequest curl(String command) {
        List<String> words = shellWords(command);
        String method = null;
        String body = null;
        String url = null;
        HttpRequest.Builder b = HttpRequest.newBuilder().timeout(Duration.ofSeconds(30));
        for (int i = 1; i < words.size(); i++) {
            switch (words.get(i)) {
                case "-s" -> { }
                case "-X" -> method = words.get(++i);
                case "-H" -> {
                    String[] h = words.get(++i).split(":\\s*", 2);
                    b.header(h[0], h[1]);
                }
                case "-d" -> body = words.get(++i);
                default -> {
                    if (!words.get(i).startsWith("http://localhost:8080/")) {
                        throw new AssertionError("unsupported curl word in docs: " + words.get(i));
                    }
                    url = words.get(i).replace("http://localhost:8080/", "http://localhost:" + port + "/");
                }
            }
        }
        if (method == null) {
            method = body == null ? "GET" : "POST";
        }
        b.uri(URI.create(url));
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return b.build();
    }

    static List<String> shellWords(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(word.toString());
                    word.setLength(0);
                    any = false;
                }
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }

    /** Collects every way {@code actual} differs from the documented {@code expected}. */
    static void compare(JsonNode expected, JsonNode actual, String path, boolean extraFieldsAllowed, List<String> diffs) {
        if (expected.isString()) {
            String e = expected.stringValue();
            if (e.equals("…")) {
                return;
            }
            if (!actual.isString()) {
                diffs.add(path + ": expected a string, got " + actual);
            } else if (e.endsWith("…") ? !actual.stringValue().startsWith(e.substring(0, e.length() - 1))
                    : TIMESTAMP.matcher(e).matches() ? !TIMESTAMP.matcher(actual.stringValue()).matches()
                    : !e.equals(actual.stringValue())) {
                diffs.add(path + ": expected " + expected + ", got " + actual);
            }
        } else if (expected.isObject()) {
            if (!actual.isObject()) {
                diffs.add(path + ": expected an object, got " + actual);
                return;
            }
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                JsonNode a = actual.get(field.getKey());
                if (a == null) {
                    diffs.add(path + "." + field.getKey() + ": missing");
                } else {
                    compare(field.getValue(), a, path + "." + field.getKey(), extraFieldsAllowed, diffs);
                }
            }
            if (!extraFieldsAllowed) {
                for (String name : actual.propertyNames()) {
                    if (!expected.has(name)) {
                        diffs.add(path + "." + name + ": not documented");
                    }
                }
            }
        } else if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                diffs.add(path + ": expected " + expected + ", got " + actual);
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(expected.get(i), actual.get(i), path + "[" + i + "]", extraFieldsAllowed, diffs);
            }
        } else if (!expected.equals(actual)) {
            diffs.add(path + ": expected " + expected + ", got " + actual);
        }
    }
}
