package org.bpfplay.backend.share;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class CanonicalJsonTest {
    private final JsonMapper mapper = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private final CanonicalJson canonical = new CanonicalJson(mapper);

    private String canon(String json) {
        return canonical.write(mapper.readTree(json));
    }

    @Test
    void membersAreSortedAtEveryDepthAndWhitespaceIsGone() {
        assertThat(canon("{ \"b\": [ {\"z\":1, \"a\":2} ], \"a\" : \"x\" }"))
                .isEqualTo("{\"a\":\"x\",\"b\":[{\"a\":2,\"z\":1}]}");
    }

    @Test
    void equalNumbersAreWrittenAlike() {
        assertThat(canon("[1.50, 1.5, 1e2, 100, 0.0, -0, 12345678901234567890]"))
                .isEqualTo("[1.5,1.5,100,100,0,0,12345678901234567890]");
        assertThat(canon("[1e400]")).isEqualTo("[1E+400]");
    }

    @Test
    void stringsAreEscapedAndArraysKeepTheirOrder() {
        assertThat(canon("{\"s\":\"a\\\"b\\n\\u00e9\",\"l\":[3,1,2],\"n\":null,\"t\":true}"))
                .isEqualTo("{\"l\":[3,1,2],\"n\":null,\"s\":\"a\\\"b\\né\",\"t\":true}");
    }
}
