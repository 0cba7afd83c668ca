package org.bpfplay.backend.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;

import org.bpfplay.engine.progtype.ProgramType;
import org.bpfplay.engine.runtime.MapInit;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading run settings from JSON: defaults, context fields over ctx bytes, both seed forms, errors by field. */
class RunSettingsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static RunSettings.Parsed parse(String json) {
        JsonNode n = JSON.readTree(json);
        return RunSettings.parse(n);
    }

    @Test
    void nothingGivenIsAnXdpRunWithTheDefaultContext() {
        RunSettings s = parse("{}").settings();
        assertThat(s.type()).isEqualTo(ProgramType.XDP);
        assertThat(s.ctx()).isNull();
        assertThat(s.seeds()).isEmpty();
        assertThat(RunSettings.parse(null).settings()).isEqualTo(RunSettings.DEFAULT);
    }

    @Test
    void contextFieldsAreWrittenLittleEndianOverTheCtxBytes() {
        RunSettings s = parse("{\"type\":\"xdp\",\"ctx\":\"00000000 0e000000\",\"context\":{\"ingress_ifindex\":1,\"rx_queue_index\":\"0x0\"}}")
                .settings();
        // xdp_md: data, data_end, data_meta, ingress_ifindex (offset 12), rx_queue_index, egress_ifindex
        assertThat(HexFormat.of().formatHex(s.ctx())).isEqualTo("000000000e00000000000000010000000000000000000000");
    }

    @Test
    void seedsComeAsObjectsOrAsTheCommandLineForm() {
        RunSettings s = parse("{\"mapSeeds\":[{\"map\":\"a\",\"key\":\"01000000\",\"value\":\"02\"},\"b:03=0405\"]}").settings();
        assertThat(s.seeds()).extracting(MapInit::toString).containsExactly("a:01000000=02", "b:03=0405");
        RunSettings replaced = s.withSeed(new MapInit("a", new byte[] {1, 0, 0, 0}, new byte[] {9}));
        assertThat(replaced.seeds()).extracting(MapInit::toString).containsExactly("b:03=0405", "a:01000000=09");
        assertThat(replaced.withoutSeed("b", new byte[] {3}).seeds()).extracting(MapInit::toString).containsExactly("a:01000000=09");
    }

    @Test
    void problemsNameTheirField() {
        assertThat(parse("{\"type\":\"lwt\"}").field()).isEqualTo("type");
        assertThat(parse("{\"ctx\":\"0g\"}").field()).isEqualTo("ctx");
        RunSettings.Parsed field = parse("{\"context\":{\"nope\":1}}");
        assertThat(field.field()).isEqualTo("context");
        assertThat(field.error()).contains("struct xdp_md has no such field");
        assertThat(parse("{\"mapSeeds\":[\"no-colon\"]}").error()).startsWith("mapSeeds[0] is not");
        assertThat(parse("{\"seed\":\"x\"}").field()).isEqualTo("seed");
    }
}
