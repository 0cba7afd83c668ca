package org.bpfplay.backend.system;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

/**
 * Chooses between the JSON error body (API clients) and the HTML error page (a person navigating to a
 * page that does not exist). Shared by {@link ApiExceptionHandler} and {@link JsonErrorController} so
 * that both paths answer alike.
 */
final class ErrorResponses {
    private ErrorResponses() {
    }

    static Object respond(HttpServletRequest request, String path, HttpStatus status, ApiError error) {
        if (wantsHtml(request, path)) {
            ModelAndView page = new ModelAndView("error", Map.of(
                    "status", status.value(),
                    "reason", status.getReasonPhrase(),
                    "message", error.error().message()));
            page.setStatus(status);
            return page;
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(error);
    }

    /** API paths always get JSON; other paths get HTML only when the client asks for it (a browser). */
    static boolean wantsHtml(HttpServletRequest request, String path) {
        if (path != null && (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/ws"))) {
            return false;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }
}
