package org.bpfplay.backend.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.bpfplay.backend.Http;
import org.bpfplay.backend.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * /api/assemble, /api/disassemble, /api/run and /api/examples against the running server, beyond the
 * documented examples (DocumentedExamplesTest): every example runs, packets from descriptions,
 * assembler errors located, limits and bad fields refused with the field named.
 */
@WebTest
class ProgramApiTest {
    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Test
    void everyExampleAssemblesAndRunsOnItsPacket() {
        JsonNode examples = http.get("/api/examples").json().get("examples");
        assertThat(examples.size()).isGreaterThanOrEqualTo(4);
        for (JsonNode e : examples) {
            String id = e.get("id").stringValue();
            JsonNode asm = http.postJson("/api/assemble", "{\"source\":" + quoted(e.get("source").stringValue()) + "}").json();
            assertThat(asm.get("errors").size()).as(id + " " + asm).isZero();
            Http.Reply run = http.postJson("/api/run", "{\"source\":" + quoted(e.get("source").stringValue())
                    + ",\"packet\":" + quoted(e.get("packet").stringValue()) + ",\"budget\":100000}");
            assertThat(run.status()).as(id + " " + run.body()).isEqualTo(200);
            if (id.equals("runaway-loop")) {
                assertThat(run.json().get("fault").get("kind").stringValue()).isEqualTo("instruction limit");
            } else {
                assertThat(run.json().get("status").stringValue()).as(id + " " + run.body()).isEqualTo("exited");
            }
            if (id.equals("sum-bytes")) {
                assertThat(run.json().get("retval").longValue()).isEqualTo(1 + 2 + 3 + 4 + 5);
            }
            if (id.equals("is-udp")) {
                assertThat(run.json().get("retval").longValue()).isEqualTo(1);
            }
        }
    }

    @Test
    void aPacketDescriptionIsBuiltAndAFaultIsLocated() {
        JsonNode r = http.postJson("/api/run", "{\"source\":\"r0 = *(u8 *)(r1 + 23)\\nexit\\n\",\"packet\":\"eth ipv4 udp(dport=53)\"}").json();
        assertThat(r.get("r0").stringValue()).isEqualTo("0x11");   // IPv4 protocol 17
        JsonNode f = http.postJson("/api/run", "{\"source\":\"r0 = 1\\n\\nr0 = *(u64 *)(r1 + 0)\\nexit\\n\",\"packet\":\"01 02\"}").json();
        assertThat(f.get("status").stringValue()).isEqualTo("faulted");
        assertThat(f.get("fault").get("kind").stringValue()).isEqualTo("out of bounds");
        assertThat(f.get("fault").get("pc").intValue()).isEqualTo(1);
        assertThat(f.get("fault").get("line").intValue()).isEqualTo(3);
    }

    @Test
    void limitsAndBadFieldsAreRefusedByName() {
        Http.Reply bigPacket = http.postJson("/api/run", "{\"source\":\"exit\",\"packet\":\"hex:" + "00".repeat(70_000) + "\"}");
        assertThat(bigPacket.status()).isEqualTo(400);
        assertThat(bigPacket.json().get("error").get("message").stringValue()).contains("70000 bytes; the limit is 65535");
        Http.Reply budget = http.postJson("/api/run", "{\"source\":\"exit\",\"budget\":0}");
        assertThat(budget.status()).isEqualTo(400);
        assertThat(budget.json().get("error").get("location").get("field").stringValue()).isEqualTo("budget");
        Http.Reply extra = http.postJson("/api/assemble", "{\"source\":\"exit\",\"syntax\":\"intel\"}");
        assertThat(extra.status()).isEqualTo(400);
        assertThat(extra.json().get("error").get("location").get("field").stringValue()).isEqualTo("syntax");
        Http.Reply missing = http.postJson("/api/run", "{}");
        assertThat(missing.json().get("error").get("message").stringValue()).isEqualTo("missing 'source' (the assembly program)");
        Http.Reply odd = http.postJson("/api/disassemble", "{\"hex\":\"b7000000020000\"}");
        assertThat(odd.status()).isEqualTo(200);
        assertThat(odd.json().get("problems").get(0).get("message").stringValue()).contains("not a multiple of 8");
        Http.Reply malformed = http.postJson("/api/assemble", "{\"source\": oops}");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("error").get("location").get("line").intValue()).isEqualTo(1);
    }
}
