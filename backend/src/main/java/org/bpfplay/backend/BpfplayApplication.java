package org.bpfplay.backend;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The bpfplay web application: playground pages, REST, WebSocket stepping and share links. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BpfplayApplication {
    public static void main(String[] args) {
        SpringApplication.run(BpfplayApplication.class, args);
    }
}
