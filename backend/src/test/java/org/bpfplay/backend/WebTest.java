package org.bpfplay.backend;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port, with small share/socket limits so limit tests run fast
 * (the idle timeout has its own context: {@code SessionIdleTest}). Every class using exactly this
 * annotation shares one cached context. Shares go to an in-memory H2 database, fresh in every run
 * (a file database reused by earlier runs once failed inside H2's store; ShareRestartTest covers the
 * file database across restarts).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bpfplay.data-dir=./target/test-data/web",
        "spring.datasource.url=jdbc:h2:mem:web-test;DB_CLOSE_DELAY=-1",
        "bpfplay.limits.share-bytes=4096",
        "bpfplay.limits.ws-message-bytes=2048",
        "bpfplay.limits.ws-messages-per-second=20",
        "bpfplay.limits.ws-burst=20",
})
public @interface WebTest {
}
