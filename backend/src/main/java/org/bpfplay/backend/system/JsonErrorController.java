package org.bpfplay.backend.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The container's {@code /error} page, for failures that never reached a controller (a filter, the
 * WebSocket upgrade, a rejected request). Replaces Boot's default so even those answers have the
 * {@link ApiError} shape and no stack trace.
 */
@Controller
class JsonErrorController implements ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = HttpStatus.resolve(code instanceof Integer i ? i : 500);
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? null : uri.toString();
        // Only the status is trusted here: the exception (if any) stays in the server log.
        ApiError body = ApiError.of(status.value() == 404 ? "no such resource: " + (path == null ? "?" : path)
                : status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT));
        return ErrorResponses.respond(request, path, status, body);
    }
}
