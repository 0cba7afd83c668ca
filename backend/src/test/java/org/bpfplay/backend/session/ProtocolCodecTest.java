package org.bpfplay.backend.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProtocolCodecTest {
    private final ProtocolCodec codec = new ProtocolCodec();

    private ProtocolCodec.Decoded.Bad bad(String text) {
        ProtocolCodec.Decoded d = codec.decode(text);
        assertThat(d).isInstanceOf(ProtocolCodec.Decoded.Bad.class);
        return (ProtocolCodec.Decoded.Bad) d;
    }

    @Test
    void aWellFormedEnvelopeDecodesAndAMissingPayloadIsAnEmptyObject() {
        var ok = (ProtocolCodec.Decoded.Ok) codec.decode("{\"type\":\"step\",\"seq\":3,\"payload\":{\"mode\":\"into\"}}");
        assertThat(ok.envelope().type()).isEqualTo("step");
        assertThat(ok.envelope().seq()).isEqualTo(3);
        assertThat(ok.envelope().payload().get("mode").stringValue()).isEqualTo("into");
        var bare = (ProtocolCodec.Decoded.Ok) codec.decode("{\"type\":\"ping\",\"seq\":1}");
        assertThat(bare.envelope().payload().isObject()).isTrue();
        assertThat(bare.envelope().payload().size()).isZero();
    }

    @Test
    void everyDefectIsNamed() {
        assertThat(bad("").message()).contains("JSON object");
        assertThat(bad("[]").message()).contains("JSON object");
        assertThat(bad("{\"seq\":1}").message()).contains("'type'");
        assertThat(bad("{\"type\":\"ping\",\"seq\":\"1\"}").message()).contains("'seq'");
        assertThat(bad("{\"type\":\"ping\",\"seq\":1,\"x\":0}").message()).contains("unknown envelope field 'x'");
        assertThat(bad("{\"type\":\"ping\",\"seq\":1} {}").message()).startsWith("malformed JSON");
        ProtocolCodec.Decoded.Bad payload = bad("{\"type\":\"ping\",\"seq\":9,\"payload\":1}");
        assertThat(payload.seq()).isEqualTo(9);
        assertThat(payload.code()).isEqualTo(ErrorCode.MALFORMED);
    }

    @Test
    void encodingOmitsAbsentFieldsAndBatchesKeepOrder() {
        String one = codec.encode(new Envelope("pong", 4L, null, codec.object()));
        assertThat(one).isEqualTo("{\"type\":\"pong\",\"seq\":4,\"payload\":{}}");
        assertThat(codec.batch(List.of("{\"a\":1}", "{\"b\":2}")))
                .isEqualTo("{\"type\":\"batch\",\"payload\":{\"messages\":[{\"a\":1},{\"b\":2}]}}");
    }
}
