package org.bpfplay.backend.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The real debugger over the real socket (a server on a random port, Tomcat's WebSocket client): load,
 * step, step back, continue to a (conditional) breakpoint, run to a pc, a runaway loop stopped by the
 * budget, assembler errors with line:column, the size limit. Also prints the two figures of issue 5:
 * socket open to first state, and a 10,000-step trace streamed as diffs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bpfplay.data-dir=./target/test-data/engine-session",
        "bpfplay.limits.program-insns=64",
        // the 10,000-step trace must not meet the per-command time limit on a busy machine
        "bpfplay.limits.cpu-time=60s",
})
class EngineSessionTest {
    static final String COUNT = "    r3 = 7\n    r4 = 0\nloop:\n    r4 += 1\n    if r4 < 5 goto loop\n"
            + "    *(u64 *)(r10 - 8) = r3\n    r0 = r4\n    exit\n";

    @LocalServerPort
    int port;

    static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** Loads a program and returns the first full state. */
    static JsonNode load(TestSocket socket, String source, String packet, String settings) throws Exception {
        long seq = socket.send("load", "{\"source\":" + quoted(source) + ",\"packet\":" + quoted(packet)
                + ",\"settings\":" + settings + "}");
        JsonNode loaded = socket.next();
        assertThat(loaded.get("type").stringValue()).isEqualTo("loaded");
        assertThat(loaded.get("re").longValue()).isEqualTo(seq);
        assertThat(loaded.get("payload").get("ok").booleanValue()).as(loaded.toString()).isTrue();
        JsonNode state = socket.next();
        assertThat(state.get("type").stringValue()).isEqualTo("state");
        return state.get("payload");
    }

    static JsonNode command(TestSocket socket, String type, String payload, String answer) throws Exception {
        long seq = socket.send(type, payload);
        JsonNode m = socket.next();
        assertThat(m.get("type").stringValue()).as(m.toString()).isEqualTo(answer);
        assertThat(m.get("re").longValue()).isEqualTo(seq);
        return m.get("payload");
    }

    @Test
    void loadStepStepBackAndContinueToAConditionalBreakpoint() throws Exception {
        try (TestSocket socket = TestSocket.open(port)) {
            JsonNode state = load(socket, COUNT, "eth ipv4 udp payload=hex:010203", "{}");
            assertThat(state.get("pc").intValue()).isZero();
            assertThat(state.get("status").stringValue()).isEqualTo("running");
            // xdp (the default type): r1 is the xdp_md context, the packet its own region
            int ctx = state.get("context").get("region").intValue();
            assertThat(state.get("registers").get(1).stringValue()).isEqualTo("0x" + Long.toHexString(((long) ctx << 32) + 0x80000000L));
            assertThat(state.get("regions").toString()).contains("\"name\":\"xdp_md\"").contains("\"name\":\"packet\"")
                    .contains("010203\"");

            JsonNode d = command(socket, "step", "{}", "diff");
            assertThat(d.get("pc").intValue()).isEqualTo(1);
            assertThat(d.get("line").intValue()).isEqualTo(2);
            assertThat(d.get("registers").toString()).isEqualTo("[{\"r\":3,\"value\":\"0x7\"}]");

            JsonNode back = command(socket, "stepBack", "{\"n\":1}", "diff");
            assertThat(back.get("pc").intValue()).isZero();
            assertThat(back.get("position").longValue()).isZero();
            assertThat(back.get("registers").toString()).isEqualTo("[{\"r\":3,\"value\":\"0x0\"}]");

            JsonNode bps = command(socket, "setBreakpoints", "{\"pcs\":[3],\"conditions\":{\"3\":\"r4 == 3\"}}", "breakpoints");
            assertThat(bps.get("breakpoints").toString()).isEqualTo("[{\"pc\":3,\"condition\":\"r4 == 3\"}]");
            JsonNode hit = command(socket, "continue", "{}", "diff");
            assertThat(hit.get("atBreakpoint").booleanValue()).isTrue();
            assertThat(hit.get("pc").intValue()).isEqualTo(3);
            assertThat(hit.get("registers").toString()).contains("{\"r\":4,\"value\":\"0x3\"}");

            command(socket, "setBreakpoints", "{\"pcs\":[]}", "breakpoints");
            JsonNode end = command(socket, "continue", "{}", "diff");
            assertThat(end.get("status").stringValue()).isEqualTo("exited");
            assertThat(end.get("returnValue").stringValue()).isEqualTo("0x5");
            // the store of r3 changed 8 stack bytes of frame 0
            assertThat(end.get("memory").toString()).contains("\"name\":\"stack[0]\"").contains("\"offset\":504")
                    .contains("\"bytes\":\"07\"");

            JsonNode reset = command(socket, "reset", "{}", "state");
            assertThat(reset.get("position").longValue()).isZero();
            JsonNode at = command(socket, "runTo", "{\"pc\":4}", "diff");
            assertThat(at.get("pc").intValue()).isEqualTo(4);
            assertThat(at.get("atBreakpoint").booleanValue()).isFalse();
        }
    }

    @Test
    void aRunawayLoopStopsAtTheBudgetWithAClearFault() throws Exception {
        try (TestSocket socket = TestSocket.open(port)) {
            load(socket, "r0 = 0\nloop:\nr0 += 1\ngoto loop\n", "", "{\"budget\":10000}");
            JsonNode d = command(socket, "continue", "{}", "diff");
            assertThat(d.get("status").stringValue()).isEqualTo("faulted");
            assertThat(d.get("fault").get("kind").stringValue()).isEqualTo("instruction limit");
            assertThat(d.get("fault").get("message").stringValue()).contains("more than 10000 instructions");
            assertThat(d.get("position").longValue()).isEqualTo(10000);
            JsonNode back = command(socket, "stepBack", "{}", "diff");
            assertThat(back.get("status").stringValue()).isEqualTo("running");
        }
    }

    @Test
    void aMalformedProgramAnswersErrorsWithLineAndColumn() throws Exception {
        try (TestSocket socket = TestSocket.open(port)) {
            command(socket, "step", "{}", "error");
            JsonNode loaded = command(socket, "load", "{\"source\":\"r0 = 1\\nr0 +== 2\\nexit\\n\"}", "loaded");
            assertThat(loaded.get("ok").booleanValue()).isFalse();
            JsonNode e = loaded.get("errors").get(0);
            assertThat(e.get("line").intValue()).isEqualTo(2);
            assertThat(e.get("column").intValue()).isEqualTo(6);
            assertThat(e.get("message").stringValue()).contains("'+='");
            JsonNode notLoaded = command(socket, "step", "{}", "error");
            assertThat(notLoaded.get("code").stringValue()).isEqualTo("not_loaded");

            JsonNode badPacket = command(socket, "load", "{\"source\":\"exit\",\"packet\":\"eth(bogus=1)\"}", "loaded");
            assertThat(badPacket.get("ok").booleanValue()).isFalse();
            assertThat(badPacket.get("packetErrors").get(0).get("location").stringValue()).startsWith("column");

            load(socket, "r0 = 0\nexit\n", "", "{}");
            JsonNode cond = command(socket, "setBreakpoints", "{\"pcs\":[1],\"conditions\":{\"1\":\"r1 == system()\"}}", "error");
            assertThat(cond.get("code").stringValue()).isEqualTo("bad_payload");
            assertThat(cond.get("message").stringValue()).contains("pc 1").contains("rN OP");
            JsonNode verify = command(socket, "verify", "{\"programType\":\"bogus\"}", "error");
            assertThat(verify.get("code").stringValue()).isEqualTo("bad_payload");
            assertThat(verify.get("message").stringValue()).contains("programType").contains("xdp");
        }
    }

    @Test
    void anOversizedProgramIsRejected() throws Exception {
        try (TestSocket socket = TestSocket.open(port)) {
            JsonNode loaded = command(socket, "load", "{\"source\":" + quoted("r0 = 0\n".repeat(70) + "exit\n") + "}", "loaded");
            assertThat(loaded.get("ok").booleanValue()).isFalse();
            assertThat(loaded.get("errors").get(0).get("message").stringValue())
                    .contains("71 instructions; the limit is 64");
            assertThat(loaded.get("errors").get(0).get("line").intValue()).isEqualTo(65);
        }
    }

    @Test
    void timeToFirstStateAndA10kStepTraceStreamedAsDiffs() throws Exception {
        String loop = "r0 = 0\nloop:\nr0 += 1\n*(u64 *)(r10 - 8) = r0\nif r0 < 100000 goto loop\nexit\n";
        long open = System.nanoTime();
        try (TestSocket socket = TestSocket.open(port)) {
            load(socket, loop, "", "{}");
            double firstMs = (System.nanoTime() - open) / 1e6;
            long start = System.nanoTime();
            long seq = socket.send("trace", "{\"steps\":10000}");
            int diffs = 0;
            JsonNode m;
            while (!(m = socket.next()).has("re")) {
                assertThat(m.get("type").stringValue()).isEqualTo("diff");
                assertThat(m.get("payload").get("position").longValue()).isEqualTo(diffs + 1);
                diffs++;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(m.get("type").stringValue()).isEqualTo("traced");
            assertThat(m.get("re").longValue()).isEqualTo(seq);
            assertThat(diffs).isEqualTo(10000);
            System.out.printf("socket open -> first state: %.1f ms; 10000-step trace: %d diffs in %.2f s (%d frames)%n",
                    firstMs, diffs, seconds, socket.frames);
        }
    }
}
