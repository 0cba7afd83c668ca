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
    void everyExampleAssemblesAndRunsOnItsPacketWithItsTypeAndSeeds() {
        JsonNode examples = http.get("/api/examples").json().get("examples");
        assertThat(examples.size()).isGreaterThanOrEqualTo(4);
        for (JsonNode e : examples) {
            String id = e.get("id").stringValue();
            JsonNode asm = http.postJson("/api/assemble", "{\"source\":" + quoted(e.get("source").stringValue()) + "}").json();
            assertThat(asm.get("errors").size()).as(id + " " + asm).isZero();
            Http.Reply run = http.postJson("/api/run", "{\"source\":" + quoted(e.get("source").stringValue())
                    + ",\"packet\":" + quoted(e.get("packet").stringValue()) + ",\"type\":" + quoted(e.get("type").stringValue())
                    + ",\"mapSeeds\":" + e.get("mapSeeds") + ",\"budget\":100000}");
            assertThat(run.status()).as(id + " " + run.body()).isEqualTo(200);
            JsonNode r = run.json();
            if (id.equals("runaway-loop")) {
                assertThat(r.get("fault").get("kind").stringValue()).isEqualTo("instruction limit");
            } else {
                assertThat(r.get("status").stringValue()).as(id + " " + run.body()).isEqualTo("exited");
            }
            switch (id) {
                case "proto-counter" -> {
                    assertThat(r.get("returnName").stringValue()).isEqualTo("XDP_PASS");
                    // the seed said 5 UDP packets; this one makes 6
                    assertThat(r.get("maps").get(0).get("entries").get(17).toString())
                            .isEqualTo("{\"key\":\"11000000\",\"value\":\"0600000000000000\"}");
                }
                case "xdp-firewall", "bpf2bpf-calls" -> assertThat(r.get("returnName").stringValue()).as(id).isEqualTo("XDP_DROP");
                case "trace-printk" -> assertThat(r.get("trace").get(0).stringValue()).contains("len=44 proto=17");
                case "kprobe-ringbuf" -> assertThat(r.get("events").get(0).stringValue()).startsWith("ringbuf events: ");
                case "is-udp" -> assertThat(r.get("returnName").stringValue()).isEqualTo("XDP_DROP");
                default -> { }
            }
        }
    }

    @Test
    void aRunHasTheTypesContextItsMapsAndSeeds() {
        // xdp: r1 is struct xdp_md; data_end - data is the packet length (eth ipv4 udp = 42 bytes)
        JsonNode len = http.postJson("/api/run", "{\"source\":\"r2 = *(u32 *)(r1 + 0)\\nr0 = *(u32 *)(r1 + 4)\\nr0 -= r2\\nexit\\n\","
                + "\"type\":\"xdp\",\"packet\":\"eth ipv4 udp\"}").json();
        assertThat(len.get("retval").longValue()).isEqualTo(42);
        // socket_filter: __sk_buff->len (offset 0) counts from the IP header
        JsonNode skb = http.postJson("/api/run", "{\"source\":\"r0 = *(u32 *)(r1 + 0)\\nexit\\n\",\"type\":\"socket_filter\","
                + "\"packet\":\"eth ipv4 udp\"}").json();
        assertThat(skb.get("retval").longValue()).isEqualTo(28);
        // a hash map: the program adds one to the seeded value of key 1
        String counter = ".map hits hash key=4 value=8 max_entries=16\\n"
                + "*(u32 *)(r10 - 4) = 1\\nr1 = hits ll\\nr2 = r10\\nr2 += -4\\ncall bpf_map_lookup_elem\\n"
                + "if r0 == 0 goto out\\nr1 = 1\\nlock *(u64 *)(r0 + 0) += r1\\nout:\\nr0 = 2\\nexit\\n";
        JsonNode m = http.postJson("/api/run", "{\"source\":\"" + counter + "\",\"mapSeeds\":[{\"map\":\"hits\",\"key\":\"01000000\","
                + "\"value\":\"2900000000000000\"}]}").json();
        assertThat(m.get("returnName").stringValue()).isEqualTo("XDP_PASS");
        assertThat(m.get("maps").toString()).isEqualTo("[{\"name\":\"hits\",\"type\":\"hash\",\"keySize\":4,\"valueSize\":8,"
                + "\"maxEntries\":16,\"entries\":[{\"key\":\"01000000\",\"value\":\"2a00000000000000\"}],\"truncated\":false}]");
        Http.Reply noMap = http.postJson("/api/run", "{\"source\":\"" + counter + "\",\"mapSeeds\":[\"nope:01000000=00\"]}");
        assertThat(noMap.status()).isEqualTo(400);
        assertThat(noMap.json().get("error").get("message").stringValue()).contains("there is no map named nope");
        Http.Reply badType = http.postJson("/api/run", "{\"source\":\"exit\",\"type\":\"lwt\"}");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.json().get("error").get("location").get("field").stringValue()).isEqualTo("type");
        Http.Reply shortPacket = http.postJson("/api/run", "{\"source\":\"r0 = 2\\nexit\\n\",\"packet\":\"01 02\"}");
        assertThat(shortPacket.status()).isEqualTo(400);
        assertThat(shortPacket.json().get("error").get("message").stringValue()).contains("the run cannot start")
                .contains("14-byte Ethernet header");
    }

    @Test
    void aPacketDescriptionIsBuiltAndAFaultIsLocated() {
        JsonNode r = http.postJson("/api/run", "{\"source\":\"r2 = *(u32 *)(r1 + 0)\\nr0 = *(u8 *)(r2 + 23)\\nexit\\n\","
                + "\"packet\":\"eth ipv4 udp(dport=53)\"}").json();
        assertThat(r.get("r0").stringValue()).isEqualTo("0x11");   // IPv4 protocol 17
        JsonNode f = http.postJson("/api/run", "{\"source\":\"r0 = 1\\n\\nr0 = *(u64 *)(r1 + 64)\\nexit\\n\"}").json();
        assertThat(f.get("status").stringValue()).isEqualTo("faulted");
        assertThat(f.get("fault").get("kind").stringValue()).as(f.toString()).isEqualTo("out of bounds");
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
