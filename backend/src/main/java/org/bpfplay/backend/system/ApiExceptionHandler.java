package org.bpfplay.backend.system;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Turns every failure of a controller into the {@link ApiError} shape (or the HTML error page for a
 * browser on a non-API path). Unexpected exceptions are logged with their stack trace here and answered
 * with a short message only: a stack trace never reaches the client.
 */
@ControllerAdvice
class ApiExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiException.class)
    Object refused(ApiException e, HttpServletRequest request) {
        return respond(request, e.status(), e.error());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST, malformedJson(e));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return respond(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, ApiError.of(
                "unsupported Content-Type " + (e.getContentType() == null ? "(none)" : "'" + e.getContentType() + "'")
                        + "; send application/json"));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    Object notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return respond(request, HttpStatus.NOT_ACCEPTABLE, ApiError.of("this endpoint answers application/json only"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return respond(request, HttpStatus.METHOD_NOT_ALLOWED, ApiError.of(
                "method " + e.getMethod() + " is not allowed on " + request.getRequestURI()
                        + (e.getSupportedMethods() == null ? "" : "; allowed: " + String.join(", ", e.getSupportedMethods()))));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object notFound(NoResourceFoundException e, HttpServletRequest request) {
        return respond(request, HttpStatus.NOT_FOUND, ApiError.of("no such resource: " + request.getRequestURI()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object badArgument(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST, ApiError.at(
                "bad value '" + e.getValue() + "' for '" + e.getName() + "'", ApiError.Location.field(e.getName())));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST, ApiError.at(
                "missing parameter '" + e.getParameterName() + "'", ApiError.Location.field(e.getParameterName())));
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request) {
        log.error("unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(request, HttpStatus.INTERNAL_SERVER_ERROR,
                ApiError.of("internal error (" + e.getClass().getSimpleName() + "); the server log has details"));
    }

    /** A JSON syntax error names its line and column; an empty body says so. */
    static ApiError malformedJson(Throwable e) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof JacksonException)) {
            cause = cause.getCause();
        }
        if (cause instanceof JacksonException jackson) {
            TokenStreamLocation where = jackson.getLocation();
            String what = firstLine(jackson.getOriginalMessage());
            if (where != null && where.getLineNr() > 0) {
                return ApiError.at("malformed JSON: " + what,
                        ApiError.Location.lineColumn(where.getLineNr(), where.getColumnNr()));
            }
            return ApiError.of("malformed JSON: " + what);
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.startsWith("Required request body is missing")) {
            return ApiError.of("the request body is empty; send a JSON object");
        }
        return ApiError.of("unreadable request body");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable input";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static Object respond(HttpServletRequest request, HttpStatus status, ApiError error) {
        return ErrorResponses.respond(request, request.getRequestURI(), status, error);
    }
}
