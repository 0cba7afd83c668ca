package org.bpfplay.backend.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;

import org.bpfplay.backend.BpfplayApplication;
import org.bpfplay.backend.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A share outlives the process: store it, stop the application, start a new one on the same data
 * directory (the default embedded H2 file database), and read it back, with its id and creation time.
 */
class ShareRestartTest {
    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        // command-line arguments: SpringApplicationBuilder.properties() would only set defaults,
        // which application.properties overrides
        return new SpringApplicationBuilder(BpfplayApplication.class)
                .run("--server.port=0", "--bpfplay.data-dir=" + dataDir.toAbsolutePath(), "--spring.main.banner-mode=off");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void aShareSurvivesARestartOnTheSameDataDirectory() {
        String program = "r0 = 1 ; " + UUID.randomUUID() + "\\nexit\\n";
        String id;
        String createdAt;
        try (ConfigurableApplicationContext first = start()) {
            Http.Reply created = new Http(port(first)).postJson("/api/shares",
                    "{\"program\":\"" + program + "\",\"view\":{\"tab\":\"cfg\"}}");
            assertThat(created.status()).isEqualTo(201);
            id = created.json().get("id").stringValue();
            createdAt = created.json().get("createdAt").stringValue();
        }
        assertThat(dataDir.resolve("shares.mv.db")).exists();

        try (ConfigurableApplicationContext second = start()) {
            Http http = new Http(port(second));
            Http.Reply loaded = http.get("/api/shares/" + id);
            assertThat(loaded.status()).isEqualTo(200);
            assertThat(loaded.json().get("program").stringValue()).isEqualTo(program.replace("\\n", "\n"));
            assertThat(loaded.json().get("view").get("tab").stringValue()).isEqualTo("cfg");
            assertThat(loaded.json().get("createdAt").stringValue()).isEqualTo(createdAt);
            // and storing it again after the restart still finds the same id
            Http.Reply again = http.postJson("/api/shares", "{\"view\":{\"tab\":\"cfg\"},\"program\":\"" + program + "\"}");
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.json().get("id").stringValue()).isEqualTo(id);
        }
    }
}
