package org.bpfplay.backend.system;

import java.util.Map;

import org.bpfplay.backend.session.DebugCommands;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/health}: a cheap liveness answer for the container HEALTHCHECK and for monitoring,
 * also telling whether the engine is plugged into the session protocol.
 */
@RestController
class HealthController {
    private final DebugCommands commands;

    HealthController(DebugCommands commands) {
        this.commands = commands;
    }

    @GetMapping("/api/health")
    Map<String, Object> health() {
        return Map.of("status", "ok", "engine", Map.of("available", commands.available()));
    }
}
