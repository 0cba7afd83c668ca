package org.bpfplay.backend.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.bpfplay.backend.system.WebAccess;
import org.junit.jupiter.api.Test;

class OriginCheckTest {
    private final OriginCheck plain = new OriginCheck(new WebAccess(List.of(), List.of()));
    private final OriginCheck deployed = new OriginCheck(
            new WebAccess(List.of("play.example.org"), List.of("https://docs.example.org")));

    @Test
    void hostNamesAreReadWithoutPortOrBrackets() {
        assertThat(OriginCheck.hostName("LocalHost:8080")).isEqualTo("localhost");
        assertThat(OriginCheck.hostName("[::1]:8080")).isEqualTo("::1");
        assertThat(OriginCheck.hostName("example.org")).isEqualTo("example.org");
        assertThat(OriginCheck.hostName(":80")).isNull();
    }

    @Test
    void loopbackAndIpLiteralsAreAcceptedAsHost() {
        assertThat(plain.refusal("localhost:8080", null)).isNull();
        assertThat(plain.refusal("[::1]:8080", "http://[::1]:8080")).isNull();
        assertThat(plain.refusal("127.0.0.1", "http://127.0.0.1")).isNull();
        assertThat(plain.refusal("app.localhost:8080", "http://app.localhost:8080")).isNull();
        assertThat(plain.refusal("10.0.0.5:8080", "http://10.0.0.5:8080")).isNull();
    }

    @Test
    void namedHostsNeedConfiguration() {
        assertThat(plain.refusal("play.example.org", "https://play.example.org")).contains("allowed-hosts");
        assertThat(deployed.refusal("play.example.org", "https://play.example.org")).isNull();
        assertThat(deployed.refusal("PLAY.example.org:443", "https://play.example.org")).isNull();
        assertThat(deployed.refusal("play.example.org", "http://play.example.org:8080")).contains("cross-site");
    }

    @Test
    void configuredOriginsAreAcceptedAndOthersRefused() {
        assertThat(deployed.refusal("play.example.org", "https://docs.example.org")).isNull();
        assertThat(deployed.refusal("play.example.org", "https://evil.example")).contains("cross-site");
        assertThat(plain.refusal("localhost:8080", "file://")).isNotNull();
        assertThat(plain.refusal(null, null)).isEqualTo("no Host header");
    }
}
