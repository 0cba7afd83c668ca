package org.bpfplay.backend.system;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may open a WebSocket session, bound from {@code bpfplay.web.*}.
 *
 * <p>The WebSocket handshake is the only browser-reachable way to drive a session, so it is where
 * cross-site pages and DNS-rebinding attacks are stopped. Loopback names and IP literals are always
 * accepted as Host; a deployment under a domain name lists that name here.
 *
 * @param allowedHosts   extra Host header names (without port) accepted besides localhost and IP literals;
 *                       {@code *} accepts any host (only behind a proxy that checks Host itself)
 * @param allowedOrigins extra Origin values ({@code https://play.example.org}) accepted besides same-origin
 *                       and loopback origins
 */
@ConfigurationProperties("bpfplay.web")
public record WebAccess(
        @DefaultValue List<String> allowedHosts,
        @DefaultValue List<String> allowedOrigins) {

    public WebAccess {
        allowedHosts = List.copyOf(allowedHosts);
        allowedOrigins = List.copyOf(allowedOrigins);
    }
}
