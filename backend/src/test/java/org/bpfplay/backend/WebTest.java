package org.bpfplay.backend;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port, with its data under {@code target/} and small share/socket
 * limits so limit tests run fast (the idle timeout has its own context: {@code SessionIdleTest}). Every class using exactly this annotation shares one cached context.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bpfplay.data-dir=./target/test-data/web",
        "bpfplay.limits.share-bytes=4096",
        "bpfplay.limits.ws-message-bytes=2048",
        "bpfplay.limits.ws-messages-per-second=20",
        "bpfplay.limits.ws-burst=20",
})
public @interface WebTest {
}
