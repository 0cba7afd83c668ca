package org.bpfplay.backend.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The session's {@code verify} over a real socket against the real server: a rejected program (message,
 * failing instruction and line, the path, the register at fault), an accepted one with pruning, a
 * 10,000-instruction program streamed step by step (prints and records the latency figures in
 * target/verify-latency.txt), and cancellation by a newer command.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bpfplay.data-dir=./target/test-data/verify-stream",
})
class VerifyStreamTest {
    static final String REJECTED = "r2 = *(u32 *)(r1 + 12)\nr0 = 0\nif r2 > 10 goto +1\nexit\nr0 = *(u8 *)(r2 + 0)\nexit\n";
    static final String JOIN = "r2 = *(u32 *)(r1 + 12)\n" + "r3 = 1\n".repeat(6)
            + "goto +0\nr0 = 0\nif r2 > 10 goto +1\nr0 = 1\nr0 = 0\nexit\n";

    @LocalServerPort
    int port;

    /** Everything one verify sent: the verifying header, the events in order, and the final answer. */
    record Stream(JsonNode header, List<JsonNode> events, JsonNode answer, long firstStepNanos) {
        List<JsonNode> kind(String k) {
            return events.stream().filter(e -> k.equals(e.get("k").stringValue())).toList();
        }
    }

    static Stream verify(TestSocket socket, String payload) throws Exception {
        long seq = socket.send("verify", payload);
        JsonNode header = null;
        List<JsonNode> events = new ArrayList<>();
        long first = 0;
        while (true) {
            JsonNode m = socket.next();
            String type = m.get("type").stringValue();
            if ("verifying".equals(type)) {
                header = m.get("payload");
            } else if ("verifierEvents".equals(type)) {
                assertThat(m.get("payload").get("from").intValue()).isEqualTo(events.size());
                for (JsonNode e : m.get("payload").get("events")) {
                    if (first == 0 && "step".equals(e.get("k").stringValue())) {
                        first = System.nanoTime();
                    }
                    events.add(e);
                }
            } else if (m.has("re") && m.get("re").longValue() == seq) {
                return new Stream(header, events, m, first);
            }
        }
    }

    @Test
    void aRejectedProgramStreamsItsPathsAndEndsWithTheKernelsMessage() throws Exception {
        long open = System.nanoTime();
        try (TestSocket socket = TestSocket.open(port)) {
            EngineSessionTest.load(socket, REJECTED, "", "{}");
            Stream s = verify(socket, "{\"programType\":\"xdp\",\"logLevel\":2}");
            figure("socket open -> first verifier state of a 6-insn program: %.1f ms%n", (s.firstStepNanos() - open) / 1e6);
            assertThat(s.answer().get("type").stringValue()).isEqualTo("verified");
            JsonNode v = s.answer().get("payload");
            assertThat(v.get("accepted").booleanValue()).isFalse();
            assertThat(v.get("errno").stringValue()).isEqualTo("EACCES");
            assertThat(v.get("message").stringValue()).isEqualTo("R2 invalid mem access 'scalar'");
            assertThat(v.get("failingInsn").intValue()).isEqualTo(4);
            assertThat(v.get("line").intValue()).isEqualTo(5);
            assertThat(v.get("processed").intValue()).isEqualTo(5);
            assertThat(v.get("log").stringValue()).contains("from 2 to 4:").endsWith("mark_read 0\n");
            assertThat(v.get("visits").toString()).isEqualTo("[1,1,1,1,1,0]");
            assertThat(v.get("steps").intValue()).isEqualTo(4);
            assertThat(s.header().get("cfg").get("blocks").size()).isEqualTo(3);
            assertThat(s.header().get("settings").toString()).isEqualTo("{\"programType\":\"xdp\",\"logLevel\":2,\"mode\":\"root\"}");
            assertThat(s.header().get("start").get("regs").get(1).get("text").stringValue()).isEqualTo("ctx()");

            JsonNode step0 = s.kind("step").get(0);
            assertThat(step0.get("pc").intValue()).isZero();
            JsonNode r2 = step0.get("regs").get(0);
            assertThat(r2.get("r").intValue()).isEqualTo(2);
            assertThat(r2.get("type").stringValue()).isEqualTo("scalar");
            assertThat(r2.get("value").get("umax").stringValue()).isEqualTo("0xffffffff");
            assertThat(r2.get("value").get("tnum").get("mask").stringValue()).isEqualTo("0xffffffff");
            assertThat(s.kind("branch").get(0).toString()).isEqualTo("{\"k\":\"branch\",\"pc\":2,\"decision\":\"both\",\"taken\":4,\"fallthrough\":3}");
            assertThat(s.kind("push").get(0).get("to").intValue()).isEqualTo(4);
            JsonNode pop = s.kind("pop").get(0);
            assertThat(pop.get("regs").size()).isEqualTo(11);
            assertThat(pop.get("regs").get(2).get("value").get("umin").stringValue()).isEqualTo("0xb");
            JsonNode rej = s.kind("rejected").get(0);
            assertThat(rej.get("pc").intValue()).isEqualTo(4);
            assertThat(rej.get("line").intValue()).isEqualTo(5);
            assertThat(rej.get("register").intValue()).isEqualTo(2);
            assertThat(rej.get("path").toString()).isEqualTo("[0,1,2,4]");
        }
    }

    @Test
    void anAcceptedProgramShowsTheCheckpointThatPrunedTheSecondPath() throws Exception {
        try (TestSocket socket = TestSocket.open(port)) {
            EngineSessionTest.load(socket, JOIN, "", "{}");
            Stream s = verify(socket, "{}");
            JsonNode v = s.answer().get("payload");
            assertThat(v.get("accepted").booleanValue()).isTrue();
            assertThat(v.get("errno").isNull()).isTrue();
            assertThat(v.get("complete").booleanValue()).isTrue();
            assertThat(s.kind("checkpoint").get(0).toString()).isEqualTo("{\"k\":\"checkpoint\",\"pc\":11,\"id\":1}");
            assertThat(s.kind("pruned").get(0).toString()).isEqualTo("{\"k\":\"pruned\",\"pc\":11,\"checkpoint\":1}");
            // a step lists only what changed: r3 = 1 after r3 = 1 changes nothing
            assertThat(s.kind("step").get(2).get("regs").size()).isZero();
            assertThat(s.kind("step").get(1).get("regs").get(0).get("text").stringValue()).isEqualTo("1");
        }
    }

    @Test
    void aTenThousandInstructionProgramStreamsEveryStep() throws Exception {
        String big = "r0 = 0\nr2 = 1\n" + "r0 += 1\nr2 ^= r0\n".repeat(4999) + "exit\n";
        long open = System.nanoTime();
        try (TestSocket socket = TestSocket.open(port)) {
            EngineSessionTest.load(socket, big, "", "{}");
            long start = System.nanoTime();
            Stream s = verify(socket, "{\"logLevel\":1}");
            long end = System.nanoTime();
            JsonNode v = s.answer().get("payload");
            assertThat(v.has("accepted")).as(s.answer().toString().substring(0, Math.min(2000, s.answer().toString().length()))).isTrue();
            assertThat(v.get("accepted").booleanValue()).isTrue();
            assertThat(v.get("steps").intValue()).isEqualTo(10001);
            assertThat(s.kind("step")).hasSize(10001);
            assertThat(s.kind("step").get(10000).get("pc").intValue()).isEqualTo(10000);
            double firstMs = (s.firstStepNanos() - open) / 1e6;
            double firstAfterVerifyMs = (s.firstStepNanos() - start) / 1e6;
            double wholeMs = (end - start) / 1e6;
            String figures = String.format("socket open -> first verifier state: %.1f ms (verify sent -> first state: %.1f ms);"
                    + " 10001-insn program: %d steps / %d events streamed in %.1f ms (verifier %d ms)%n",
                    firstMs, firstAfterVerifyMs, s.kind("step").size(), s.events().size(), wholeMs, v.get("ms").longValue());
            figure("%s", figures);
        }
    }

    /** Prints a figure and appends it to target/verify-latency.txt (for the report). */
    static synchronized void figure(String format, Object... args) throws java.io.IOException {
        String line = String.format(format, args);
        System.out.print(line);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/verify-latency.txt"), line, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    @Test
    void aNewerLoadCancelsALongVerification() throws Exception {
        try (TestSocket socket = TestSocket.open(port)) {
            EngineSessionTest.load(socket, "r0 = 0\nloop:\nr0 += 1\nif r0 < 1000000 goto loop\nexit\n", "", "{}");
            long seq = socket.send("verify", "{\"logLevel\":0}");
            socket.next("verifierEvents");
            socket.send("load", "{\"source\":\"r0 = 0\\nexit\\n\"}");
            while (true) {
                JsonNode m = socket.next();
                if (m.has("re") && m.get("re").longValue() == seq) {
                    assertThat(m.get("type").stringValue()).isEqualTo("cancelled");
                    break;
                }
            }
            Stream s = verify(socket, "{}");
            assertThat(s.answer().get("payload").get("accepted").booleanValue()).isTrue();
        }
    }
}
