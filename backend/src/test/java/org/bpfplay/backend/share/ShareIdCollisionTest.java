package org.bpfplay.backend.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.bpfplay.backend.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.json.JsonMapper;

/**
 * Content ids lengthen on collision: when the 8-character prefix is already taken by different content,
 * the share gets the 9-character prefix; the same content later finds that longer id again.
 */
@WebTest
class ShareIdCollisionTest {
    @Autowired
    ShareService service;
    @Autowired
    ShareRepository repository;

    private ShareService.Stored store(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return service.store(new ByteArrayInputStream(bytes), bytes.length);
    }

    @Test
    void aTakenPrefixMakesTheIdOneCharacterLonger() {
        String json = "{\"program\":\"r0 = 2 ; " + UUID.randomUUID() + "\"}";
        // what the id would be: the same canonical form and hash the service computes
        String canonical = new CanonicalJson(JsonMapper.builder().build()).write(
                JsonMapper.builder().build().readTree(
                        json.replace("}", ",\"settings\":{},\"inputs\":{},\"mapSeeds\":{},\"view\":{}}")));
        ContentId contentId = ContentId.of(canonical);
        // occupy the short id with other content
        repository.insert(contentId.prefix(8), "x".repeat(52), "{\"program\":\"other\"}", Instant.now());

        ShareService.Stored stored = store(json);
        assertThat(stored.created()).isTrue();
        assertThat(stored.id()).isEqualTo(contentId.prefix(9));

        ShareService.Stored again = store(json);
        assertThat(again.created()).isFalse();
        assertThat(again.id()).isEqualTo(contentId.prefix(9));
    }

    @Test
    void idsAreLowerCaseBase32PrefixesOfA52CharacterHash() {
        ContentId a = ContentId.of("{\"program\":\"a\"}");
        ContentId b = ContentId.of("{\"program\":\"b\"}");
        assertThat(a.hash()).hasSize(52).matches("[a-z2-7]+");
        assertThat(a.hash()).isNotEqualTo(b.hash());
        assertThat(ContentId.of("{\"program\":\"a\"}")).isEqualTo(a);
        assertThat(ContentId.wellFormed(a.prefix(8))).isTrue();
        assertThat(ContentId.wellFormed("short")).isFalse();
        assertThat(ContentId.wellFormed("ABCDEFGH")).isFalse();
    }
}
