package org.bpfplay.backend.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.bpfplay.backend.Http;
import org.bpfplay.backend.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** POST/GET /api/shares and /s/{id} against the running server (share limit 4096 bytes, see {@link WebTest}). */
@WebTest
class ShareApiTest {
    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private static String unique() {
        return "r0 = 0 ; " + UUID.randomUUID() + "\\nexit\\n";
    }

    @Test
    void roundTripReturnsEverythingThatWasShared() {
        String program = unique();
        String body = "{\"program\":\"" + program + "\",\"settings\":{\"programType\":\"xdp\",\"privileged\":true},"
                + "\"inputs\":{\"packet\":\"00112233\"},\"mapSeeds\":{\"counts\":[{\"key\":\"00\",\"value\":\"2a\"}]},"
                + "\"view\":{\"tab\":\"run\",\"step\":17}}";
        Http.Reply created = http.postJson("/api/shares", body);
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").stringValue();
        assertThat(id).matches("[a-z2-7]{8,}");
        assertThat(created.json().get("url").stringValue()).isEqualTo("/s/" + id);
        assertThat(created.location()).isEqualTo("/api/shares/" + id);

        Http.Reply loaded = http.get("/api/shares/" + id);
        assertThat(loaded.status()).isEqualTo(200);
        JsonNode share = loaded.json();
        assertThat(share.get("id").stringValue()).isEqualTo(id);
        assertThat(share.get("program").stringValue()).isEqualTo(program.replace("\\n", "\n"));
        assertThat(share.get("settings").get("programType").stringValue()).isEqualTo("xdp");
        assertThat(share.get("settings").get("privileged").booleanValue()).isTrue();
        assertThat(share.get("inputs").get("packet").stringValue()).isEqualTo("00112233");
        assertThat(share.get("mapSeeds").get("counts").get(0).get("value").stringValue()).isEqualTo("2a");
        assertThat(share.get("view").get("step").intValue()).isEqualTo(17);
        assertThat(share.get("createdAt").stringValue()).isEqualTo(created.json().get("createdAt").stringValue());
    }

    @Test
    void sameContentGivesTheSameIdWhateverTheKeyOrderAndDefaults() {
        String program = unique();
        Http.Reply first = http.postJson("/api/shares", "{\"program\":\"" + program + "\",\"view\":{\"a\":1,\"b\":2.50}}");
        Http.Reply second = http.postJson("/api/shares",
                "{ \"view\" : {\"b\":2.5, \"a\":1}, \"settings\": {}, \"program\":\"" + program + "\", \"inputs\": null }");
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("created").booleanValue()).isFalse();
        assertThat(second.json().get("id").stringValue()).isEqualTo(first.json().get("id").stringValue());

        Http.Reply other = http.postJson("/api/shares", "{\"program\":\"" + program + "\",\"view\":{\"a\":1,\"b\":2.51}}");
        assertThat(other.json().get("id").stringValue()).isNotEqualTo(first.json().get("id").stringValue());
    }

    @Test
    void aShareOverTheSizeLimitIsRefusedWithAClearJsonError() {
        String big = "{\"program\":\"" + "x".repeat(5000) + "\"}";
        Http.Reply r = http.postJson("/api/shares", big);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.json().get("error").get("message").stringValue())
                .contains("share too large").contains("5014 bytes").contains("4096").contains("bpfplay.limits.share-bytes");
    }

    @Test
    void shapeErrorsNameTheField() {
        Http.Reply notString = http.postJson("/api/shares", "{\"program\":42}");
        assertThat(notString.status()).isEqualTo(400);
        assertThat(notString.json().get("error").get("location").get("field").stringValue()).isEqualTo("program");

        Http.Reply unknown = http.postJson("/api/shares", "{\"program\":\"x\",\"extra\":1}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("error").get("message").stringValue()).contains("unknown field 'extra'");

        Http.Reply badView = http.postJson("/api/shares", "{\"program\":\"x\",\"view\":[1]}");
        assertThat(badView.status()).isEqualTo(400);
        assertThat(badView.json().get("error").get("location").get("field").stringValue()).isEqualTo("view");

        Http.Reply notObject = http.postJson("/api/shares", "[1,2]");
        assertThat(notObject.status()).isEqualTo(400);
        assertThat(notObject.json().get("error").get("message").stringValue()).contains("JSON object");
    }

    @Test
    void unknownAndMalformedIdsAre404s() {
        Http.Reply unknown = http.get("/api/shares/aaaaaaaa");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("error").get("message").stringValue()).isEqualTo("no share with id 'aaaaaaaa'");
        assertThat(http.get("/api/shares/NOT-AN-ID").status()).isEqualTo(404);
    }

    @Test
    void theSharePageCarriesTheIdAndAnUnknownOneSays404() {
        String id = http.postJson("/api/shares", "{\"program\":\"" + unique() + "\"}").json().get("id").stringValue();
        Http.Reply page = http.getHtml("/s/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-share-id=\"" + id + "\"").contains("/js/app.js");

        Http.Reply missing = http.getHtml("/s/zzzzzzzz");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("No share with id &#39;zzzzzzzz&#39;.");
    }
}
