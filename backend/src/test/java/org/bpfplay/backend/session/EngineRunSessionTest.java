package org.bpfplay.backend.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bpfplay.backend.session.EngineSessionTest.command;
import static org.bpfplay.backend.session.EngineSessionTest.load;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;

/**
 * The debugger over the engine's real runtime, through the real socket: an XDP program with an array
 * map (the context region xdp_md with its fields, the map in the state, the diff naming only the entry a
 * store changed, step back restoring it, setMapEntry with its errors as data and as a seed of later
 * runs), step over a bpf-to-bpf call, trace_printk lines and ring buffer events, and a long continue
 * paused by a newer command. The budget is raised so that pausing has something to pause.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bpfplay.data-dir=./target/test-data/engine-run-session",
        "bpfplay.limits.run-steps=200000000",
        "bpfplay.limits.cpu-time=30s",
})
class EngineRunSessionTest {
    /** Writes 7 into counts[1] through the pointer a lookup returns (pc 8), then returns XDP_PASS. */
    static final String STORE = ".map counts array key=4 value=8 max_entries=4\n"
            + "*(u32 *)(r10 - 4) = 1\nr1 = counts ll\nr2 = r10\nr2 += -4\ncall bpf_map_lookup_elem\n"
            + "if r0 == 0 goto out\nr1 = 7\n*(u64 *)(r0 + 0) = r1\nout:\nr0 = 2\nexit\n";

    /** The same store inside a subprogram called at pc 1. */
    static final String CALL = ".map counts array key=4 value=8 max_entries=4\n"
            + "r6 = 1\ncall bump\nr0 = 2\nexit\nbump:\n"
            + "*(u32 *)(r10 - 4) = 1\nr1 = counts ll\nr2 = r10\nr2 += -4\ncall bpf_map_lookup_elem\n"
            + "if r0 == 0 goto done\nr1 = 7\n*(u64 *)(r0 + 0) = r1\ndone:\nr0 = 0\nexit\n";

    @LocalServerPort
    int port;

    /** The program of an examples-menu entry (the repository's examples/*.s, see ExampleCatalog). */
    static String example(String id) throws Exception {
        try (InputStream in = new ClassPathResource("examples/" + id.replace('-', '_') + ".s").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anXdpRunShowsItsContextAndMapAndADiffNamesTheChangedEntry() throws Exception {
        try (TestSocket socket = TestSocket.open(port)) {
            JsonNode state = load(socket, STORE, "eth ipv4 udp", "{\"type\":\"xdp\"}");
            assertThat(state.get("context").get("struct").stringValue()).isEqualTo("xdp_md");
            assertThat(state.get("context").get("fields").toString()).contains("\"name\":\"data\"")
                    .contains("\"name\":\"data_end\"").contains("\"name\":\"ingress_ifindex\"");
            int ctxRegion = state.get("context").get("region").intValue();
            assertThat(state.get("regions").get(ctxRegion - 1).get("name").stringValue()).isEqualTo("xdp_md");
            assertThat(state.get("regions").get(ctxRegion - 1).get("kind").stringValue()).isEqualTo("ctx");
            assertThat(state.get("input").get("region").intValue()).isPositive();
            JsonNode map = state.get("maps").get(0);
            assertThat(map.get("name").stringValue()).isEqualTo("counts");
            assertThat(map.get("type").stringValue()).isEqualTo("array");
            assertThat(map.get("entries").size()).isEqualTo(4);
            assertThat(map.get("entries").get(1).toString()).isEqualTo("{\"key\":\"01000000\",\"value\":\"0000000000000000\"}");

            JsonNode changed = null;
            for (int i = 0; i < 20 && changed == null; i++) {
                JsonNode d = command(socket, "step", "{}", "diff");
                if (!d.get("maps").isEmpty()) {
                    changed = d;
                }
            }
            assertThat(changed).as("a step changed the map").isNotNull();
            assertThat(changed.get("pc").intValue()).isEqualTo(9);
            assertThat(changed.get("maps").toString())
                    .isEqualTo("[{\"name\":\"counts\",\"entries\":[{\"key\":\"01000000\",\"value\":\"0700000000000000\"}],\"removed\":[]}]");
            // the store went through the value region named after map and key
            assertThat(changed.get("memory").toString()).contains("\"name\":\"counts[01000000]\"");

            JsonNode back = command(socket, "stepBack", "{}", "diff");
            assertThat(back.get("maps").toString())
                    .isEqualTo("[{\"name\":\"counts\",\"entries\":[{\"key\":\"01000000\",\"value\":\"0000000000000000\"}],\"removed\":[]}]");

            JsonNode end = command(socket, "continue", "{}", "diff");
            assertThat(end.get("status").stringValue()).isEqualTo("exited");
            assertThat(end.get("returnName").stringValue()).isEqualTo("XDP_PASS");
        }
    }

    @Test
    void setMapEntryWritesTheMapAnswersErrorsAsDataAndSeedsLaterRuns() throws Exception {
        try (TestSocket socket = TestSocket.open(port)) {
            load(socket, STORE, "", "{\"mapSeeds\":[\"counts:02000000=0500000000000000\"]}");
            JsonNode bad = command(socket, "setMapEntry", "{\"map\":\"counts\",\"key\":\"01\",\"value\":\"00\"}", "mapEntry");
            assertThat(bad.get("ok").booleanValue()).isFalse();
            assertThat(bad.get("error").stringValue()).contains("'key' must be 4 bytes");
            JsonNode none = command(socket, "setMapEntry", "{\"map\":\"nope\",\"key\":\"01000000\",\"value\":\"00\"}", "mapEntry");
            assertThat(none.get("error").stringValue()).isEqualTo("the program has no map named 'nope'");
            JsonNode del = command(socket, "setMapEntry", "{\"map\":\"counts\",\"key\":\"01000000\",\"delete\":true}", "mapEntry");
            assertThat(del.get("ok").booleanValue()).isFalse();
            assertThat(del.get("error").stringValue()).startsWith("BPF_MAP_DELETE_ELEM failed: ");

            JsonNode ok = command(socket, "setMapEntry", "{\"map\":\"counts\",\"key\":\"03000000\",\"value\":\"2a00000000000000\"}", "mapEntry");
            assertThat(ok.get("ok").booleanValue()).isTrue();
            assertThat(ok.get("map").get("entries").get(3).get("value").stringValue()).isEqualTo("2a00000000000000");
            assertThat(ok.get("map").get("entries").get(2).get("value").stringValue()).isEqualTo("0500000000000000");

            JsonNode reset = command(socket, "reset", "{}", "state");
            assertThat(reset.get("maps").get(0).get("entries").get(3).get("value").stringValue()).isEqualTo("2a00000000000000");
            assertThat(reset.get("mapSeeds").toString()).contains("\"key\":\"03000000\",\"value\":\"2a00000000000000\"");
        }
    }

    @Test
    void stepOverRunsACallToItsReturn() throws Exception {
        try (TestSocket socket = TestSocket.open(port)) {
            load(socket, CALL, "", "{}");
            JsonNode into = command(socket, "step", "{\"mode\":\"into\"}", "diff");
            assertThat(into.get("pc").intValue()).isEqualTo(1);
            JsonNode over = command(socket, "step", "{\"mode\":\"over\"}", "diff");
            assertThat(over.get("pc").intValue()).isEqualTo(2);
            assertThat(over.get("depth").intValue()).isZero();
            assertThat(over.get("position").longValue()).isGreaterThan(5);
            assertThat(over.get("maps").toString()).contains("\"value\":\"0700000000000000\"");
            JsonNode back = command(socket, "stepBack", "{}", "diff");
            assertThat(back.get("depth").intValue()).isEqualTo(1);   // back inside the call, at its exit
            command(socket, "reset", "{}", "state");
            command(socket, "step", "{}", "diff");
            JsonNode intoCall = command(socket, "step", "{\"mode\":\"into\"}", "diff");
            assertThat(intoCall.get("depth").intValue()).isEqualTo(1);
            JsonNode overPlain = command(socket, "step", "{\"mode\":\"over\"}", "diff");
            assertThat(overPlain.get("position").longValue()).isEqualTo(3);   // not a call: one instruction
            JsonNode bad = command(socket, "step", "{\"mode\":\"sideways\"}", "error");
            assertThat(bad.get("code").stringValue()).isEqualTo("bad_payload");
        }
    }

    @Test
    void traceLinesAndRingbufEventsAppearAndStepBackTakesThemBack() throws Exception {
        try (TestSocket socket = TestSocket.open(port)) {
            load(socket, example("trace-printk"), "eth ipv4(src=10.0.0.1,dst=10.0.0.2) udp(dport=53) payload=hex:6869", "{}");
            JsonNode end = command(socket, "continue", "{}", "diff");
            assertThat(end.get("trace").get("from").intValue()).isZero();
            assertThat(end.get("trace").get("lines").get(0).stringValue()).contains("bpf_trace_printk: len=44 proto=17");
            JsonNode back = command(socket, "stepBack", "{\"n\":1000}", "diff");
            assertThat(back.get("trace").toString()).isEqualTo("{\"from\":0,\"lines\":[]}");

            JsonNode kprobe = load(socket, example("kprobe-ringbuf"), "", "{\"type\":\"kprobe\"}");
            assertThat(kprobe.get("context").get("struct").stringValue()).isEqualTo("pt_regs");
            assertThat(kprobe.get("events").size()).isZero();
            JsonNode done = command(socket, "continue", "{}", "diff");
            assertThat(done.get("events").get("lines").get(0).stringValue()).startsWith("ringbuf events: ");
        }
    }

    @Test
    void aLongContinueIsPausedByANewerCommand() throws Exception {
        try (TestSocket socket = TestSocket.open(port)) {
            load(socket, "r0 = 0\nloop:\nr0 += 1\ngoto loop\n", "", "{}");
            long cont = socket.send("continue", "{}");
            long step = socket.send("step", "{}");
            JsonNode paused = socket.next();
            assertThat(paused.get("re").longValue()).isEqualTo(cont);
            assertThat(paused.get("type").stringValue()).isEqualTo("diff");
            assertThat(paused.get("payload").has("cancelled")).as(paused.toString()).isTrue();
            assertThat(paused.get("payload").get("status").stringValue()).isEqualTo("running");
            long at = paused.get("payload").get("position").longValue();
            assertThat(at).isLessThan(200_000_000L);
            JsonNode stepped = socket.next();
            assertThat(stepped.get("re").longValue()).isEqualTo(step);
            assertThat(stepped.get("payload").get("position").longValue()).isEqualTo(at + 1);

            // the same for run to a pc the loop never reaches, paused by a reset
            long runTo = socket.send("runTo", "{\"pc\":0}");
            long reset = socket.send("reset", "{}");
            JsonNode pausedRunTo = socket.next();
            assertThat(pausedRunTo.get("re").longValue()).isEqualTo(runTo);
            assertThat(pausedRunTo.get("payload").get("cancelled").booleanValue()).isTrue();
            JsonNode fresh = socket.next();
            assertThat(fresh.get("re").longValue()).isEqualTo(reset);
            assertThat(fresh.get("payload").get("position").longValue()).isZero();
        }
    }
}
