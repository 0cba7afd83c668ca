package org.bpfplay.backend.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.bpfplay.backend.Http;
import org.bpfplay.backend.WebTest;
import org.bpfplay.engine.asm.Assembler;
import org.bpfplay.engine.progtype.ProgramType;
import org.bpfplay.engine.verifier.Verifier;
import org.bpfplay.engine.verifier.VerifierOptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** {@code POST /api/verify} against the running server; and the engine's events serialise with Jackson. */
@WebTest
class VerifyApiTest {
    @LocalServerPort
    int port;

    @Test
    void aRejectedProgramAnswersTheKernelsMessageWithInsnLineAndVisits() {
        Http.Reply r = new Http(port).postJson("/api/verify", "{\"source\":\"r2 = *(u32 *)(r1 + 12)\\nr0 = 0\\n"
                + "if r2 > 10 goto +1\\nexit\\nr0 = *(u8 *)(r2 + 0)\\nexit\\n\",\"programType\":\"xdp\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode v = r.json();
        assertThat(v.get("accepted").booleanValue()).isFalse();
        assertThat(v.get("errno").stringValue()).isEqualTo("EACCES");
        assertThat(v.get("errnoValue").intValue()).isEqualTo(13);
        assertThat(v.get("message").stringValue()).isEqualTo("R2 invalid mem access 'scalar'");
        assertThat(v.get("failingInsn").intValue()).isEqualTo(4);
        assertThat(v.get("line").intValue()).isEqualTo(5);
        assertThat(v.get("processed").intValue()).isEqualTo(5);
        assertThat(v.get("visits").toString()).isEqualTo("[1,1,1,1,1,0]");
        assertThat(v.get("log").stringValue()).contains("R2 invalid mem access 'scalar'\nprocessed 5 insns");
    }

    @Test
    void hexInputAndSettings() {
        // r0 = 0; exit
        Http.Reply r = new Http(port).postJson("/api/verify", "{\"hex\":\"b700000000000000 9500000000000000\","
                + "\"programType\":\"socket_filter\",\"logLevel\":2,\"mode\":\"root\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("accepted").booleanValue()).isTrue();
        assertThat(r.json().get("log").stringValue()).startsWith("func#0 @0\n");
        assertThat(r.json().get("visits").toString()).isEqualTo("[1,1]");
        Http.Reply badLen = new Http(port).postJson("/api/verify", "{\"hex\":\"b7000000000000\"}");
        assertThat(badLen.json().get("message").stringValue()).isEqualTo("invalid program length 7");
        // a structural rejection explores no path: one 0 per whole 8-byte slot (none here)
        assertThat(badLen.json().get("visits").toString()).isEqualTo("[]");
    }

    @Test
    void badRequestsNameTheField() {
        Http http = new Http(port);
        Http.Reply type = http.postJson("/api/verify", "{\"source\":\"exit\",\"programType\":\"nope\"}");
        assertThat(type.status()).isEqualTo(400);
        assertThat(type.json().get("error").get("location").get("field").stringValue()).isEqualTo("programType");
        Http.Reply both = http.postJson("/api/verify", "{\"source\":\"exit\",\"hex\":\"9500000000000000\"}");
        assertThat(both.status()).isEqualTo(400);
        Http.Reply asm = http.postJson("/api/verify", "{\"source\":\"r0 = 0\\nr0 +== 1\\nexit\\n\"}");
        assertThat(asm.status()).isEqualTo(400);
        assertThat(asm.json().get("error").get("location").get("line").intValue()).isEqualTo(2);
        Http.Reply level = http.postJson("/api/verify", "{\"source\":\"exit\",\"logLevel\":3}");
        assertThat(level.json().get("error").get("location").get("field").stringValue()).isEqualTo("logLevel");
    }

    @Test
    void engineEventsAreJacksonSerialisable() {
        var p = Assembler.assemble("r2 = *(u32 *)(r1 + 12)\nr0 = 0\nif r2 > 10 goto +1\nexit\nr0 = *(u8 *)(r2 + 0)\nexit\n").program();
        var result = Verifier.verify(p, VerifierOptions.of(ProgramType.XDP, 1));
        String json = Http.json().writeValueAsString(result.events());
        assertThat(json).contains("\"smax\":4294967295").contains("\"decision\":\"BOTH\"").contains("\"register\":2")
                .contains("\"precise\":false").contains("\"path\":[0,1,2,4]");
    }
}
