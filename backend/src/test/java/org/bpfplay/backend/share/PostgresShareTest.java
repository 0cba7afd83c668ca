package org.bpfplay.backend.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.UUID;

import org.bpfplay.backend.BpfplayApplication;
import org.bpfplay.backend.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Share links on PostgreSQL, switched by the one documented property ({@code spring.datasource.url}):
 * Flyway creates the schema, a share round-trips and survives a restart.
 *
 * <p>Runs only when a server is reachable at {@code -Dbpfplay.test.postgres-url=...} (or the environment
 * variable {@code BPFPLAY_TEST_POSTGRES_URL}); the default is
 * {@value #DEFAULT_URL}, which {@code .ci/run} can provide from Debian's {@code postgresql} package.
 * Skips with a message otherwise.
 */
class PostgresShareTest {
    static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/bpfplay_test?user=bpfplay&password=bpfplay";

    private static String url() {
        String url = System.getProperty("bpfplay.test.postgres-url");
        if (url == null || url.isBlank()) {
            url = System.getenv("BPFPLAY_TEST_POSTGRES_URL");
        }
        return url == null || url.isBlank() ? DEFAULT_URL : url;
    }

    private static String reachable(String url) {
        Properties p = new Properties();
        p.setProperty("connectTimeout", "3");
        p.setProperty("loginTimeout", "3");
        try (Connection c = DriverManager.getConnection(url, p)) {
            return c.isValid(3) ? null : "connection not valid";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(BpfplayApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + url, "--spring.main.banner-mode=off",
                        "--bpfplay.data-dir=./target/test-data/postgres");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void sharesRoundTripOnPostgresqlAcrossARestart() {
        String url = url();
        String why = reachable(url);
        assumeTrue(why == null, () -> "no PostgreSQL at " + url.replaceAll("password=[^&]*", "password=***")
                + " (" + why + "); set -Dbpfplay.test.postgres-url or BPFPLAY_TEST_POSTGRES_URL to run this test");

        String program = "r0 = 3 ; " + UUID.randomUUID();
        String id;
        try (ConfigurableApplicationContext first = start(url)) {
            assertThat(first.getEnvironment().getProperty("spring.datasource.url")).startsWith("jdbc:postgresql:");
            Http.Reply created = new Http(port(first)).postJson("/api/shares", "{\"program\":\"" + program + "\"}");
            assertThat(created.status()).isEqualTo(201);
            id = created.json().get("id").stringValue();
        }
        try (ConfigurableApplicationContext second = start(url)) {
            Http.Reply loaded = new Http(port(second)).get("/api/shares/" + id);
            assertThat(loaded.status()).isEqualTo(200);
            assertThat(loaded.json().get("program").stringValue()).isEqualTo(program);
        }
    }
}
