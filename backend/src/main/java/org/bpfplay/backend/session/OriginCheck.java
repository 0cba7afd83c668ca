package org.bpfplay.backend.session;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.bpfplay.backend.system.WebAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * The handshake check of {@code /ws}. Two attacks, two rules:
 * <ul>
 * <li><b>Cross-site</b>: a page on another site opens a socket to this server from the victim's browser.
 *     Browsers always send {@code Origin}; it must be this server itself (same scheme-less host:port as the
 *     {@code Host} header), a loopback origin, or a configured {@code bpfplay.web.allowed-origins} entry.
 *     No {@code Origin} (curl, a test client, another server) is accepted: only browsers carry ambient
 *     authority.</li>
 * <li><b>DNS rebinding</b>: the attacker's own name resolves to 127.0.0.1, so the page and the socket are
 *     "same-origin" under that name. Only the {@code Host} header tells: it must be a loopback name, an IP
 *     literal (a rebinding attack needs a name), or a configured {@code bpfplay.web.allowed-hosts}
 *     entry.</li>
 * </ul>
 * A refused handshake answers 403 and never reaches the handler.
 */
final class OriginCheck implements HandshakeInterceptor {
    private static final Logger log = LoggerFactory.getLogger(OriginCheck.class);
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final WebAccess access;

    OriginCheck(WebAccess access) {
        this.access = access;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Map<String, Object> attributes) {
        String host = request.getHeaders().getFirst(HttpHeaders.HOST);
        String origin = request.getHeaders().getFirst(HttpHeaders.ORIGIN);
        String refusal = refusal(host, origin);
        if (refusal != null) {
            log.info("refused WebSocket handshake (Host {}, Origin {}): {}", host, origin, refusal);
            response.setStatusCode(HttpStatus.FORBIDDEN);
            return false;
        }
        return true;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                               Exception exception) {
    }

    /** Why a handshake with these headers is refused, or null if it is accepted. */
    String refusal(String host, String origin) {
        if (host == null || host.isBlank()) {
            return "no Host header";
        }
        String hostName = hostName(host);
        if (hostName == null) {
            return "unreadable Host header";
        }
        if (!hostAllowed(hostName)) {
            return "Host '" + hostName + "' is not loopback, not an IP address, and not in bpfplay.web.allowed-hosts";
        }
        if (origin == null) {
            return null;
        }
        if (access.allowedOrigins().stream().anyMatch(o -> o.equalsIgnoreCase(origin) || o.equals("*"))) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(origin);
        } catch (URISyntaxException e) {
            return "unreadable Origin";
        }
        if (uri.getScheme() == null || uri.getHost() == null
                || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))) {
            return "Origin '" + origin + "' is not an http(s) origin";
        }
        String originHost = uri.getHost().toLowerCase(Locale.ROOT);
        if (originHost.startsWith("[")) {
            originHost = originHost.substring(1, originHost.length() - 1);
        }
        if (isLoopback(originHost)) {
            return null;
        }
        String originAuthority = originHost + ":" + effectivePort(uri.getPort(), uri.getScheme());
        String hostAuthority = hostName + ":" + hostPort(host, uri.getScheme());
        if (originAuthority.equals(hostAuthority)) {
            return null;
        }
        return "cross-site Origin '" + origin + "' (this server is '" + host + "')";
    }

    private boolean hostAllowed(String name) {
        if (isLoopback(name) || IPV4.matcher(name).matches() || name.contains(":")) {
            return true;   // name.contains(":") = an IPv6 literal
        }
        return access.allowedHosts().stream().anyMatch(h -> h.equals("*") || h.equalsIgnoreCase(name));
    }

    private static boolean isLoopback(String name) {
        return name.equals("localhost") || name.endsWith(".localhost") || name.equals("::1")
                || name.startsWith("127.") && IPV4.matcher(name).matches();
    }

    /** The host part of a Host header, lower case, without brackets or port; null if unreadable. */
    static String hostName(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? null : h.substring(1, end);
        }
        int colon = h.indexOf(':');
        String name = colon < 0 ? h : h.substring(0, colon);
        return name.isEmpty() ? null : name;
    }

    private static int hostPort(String host, String scheme) {
        String h = host.trim();
        int bracket = h.lastIndexOf(']');
        int colon = h.lastIndexOf(':');
        if (colon > bracket && colon < h.length() - 1) {
            try {
                return Integer.parseInt(h.substring(colon + 1));
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return effectivePort(-1, scheme);
    }

    private static int effectivePort(int port, String scheme) {
        if (port >= 0) {
            return port;
        }
        return scheme.equalsIgnoreCase("https") ? 443 : 80;
    }
}
