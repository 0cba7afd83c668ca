package org.bpfplay.backend.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.bpfplay.backend.Http;
import org.bpfplay.backend.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every REST failure is {"error": {"message", "location"?}} and never shows a stack trace. */
@WebTest
class ErrorModelTest {
    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private static void noInternals(Http.Reply r) {
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("trace");
        assertThat(r.json().get("error").get("message").stringValue()).isNotBlank();
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        Http.Reply r = http.postJson("/api/shares", "{\n  \"program\": \"x\",\n  oops\n}");
        assertThat(r.status()).isEqualTo(400);
        noInternals(r);
        assertThat(r.json().get("error").get("message").stringValue()).startsWith("malformed JSON: ");
        assertThat(r.json().get("error").get("location").get("line").intValue()).isEqualTo(3);
        assertThat(r.json().get("error").get("location").get("column").intValue()).isGreaterThan(0);
    }

    @Test
    void emptyBodyAndWrongContentTypeAreExplained() {
        Http.Reply empty = http.postJson("/api/shares", "");
        assertThat(empty.status()).isEqualTo(400);
        noInternals(empty);
        assertThat(empty.json().get("error").get("message").stringValue()).contains("empty");

        Http.Reply text = http.post("/api/shares", "text/plain", "{\"program\":\"x\"}");
        assertThat(text.status()).isEqualTo(415);
        noInternals(text);
        assertThat(text.json().get("error").get("message").stringValue()).contains("application/json");
    }

    @Test
    void unknownPathsAndMethodsAreJsonUnderApi() {
        Http.Reply missing = http.get("/api/no/such/thing");
        assertThat(missing.status()).isEqualTo(404);
        noInternals(missing);
        assertThat(missing.json().get("error").get("message").stringValue()).isEqualTo("no such resource: /api/no/such/thing");

        Http.Reply method = http.send("DELETE", "/api/shares/abcdefgh", null, null);
        assertThat(method.status()).isEqualTo(405);
        noInternals(method);
        assertThat(method.json().get("error").get("message").stringValue()).contains("DELETE").contains("GET");
    }

    @Test
    void aBrowserGetsAnHtmlPageForAMissingPage() {
        Http.Reply page = http.getHtml("/no-such-page");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("404").contains("Open an empty playground").doesNotContain("Exception");
    }

    @Test
    void healthSaysOkAndThatTheEngineIsThere() {
        Http.Reply r = http.get("/api/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").stringValue()).isEqualTo("ok");
        assertThat(r.json().get("engine").get("available").booleanValue()).isTrue();
    }
}
