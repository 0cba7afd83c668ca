package org.bpfplay.backend.system;

import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, with the status and the {@link ApiError} to answer. Thrown by services so
 * controllers stay thin; {@link ApiExceptionHandler} turns it into the JSON error response. Stack-less:
 * it is an answer, not a bug.
 */
public final class ApiException extends RuntimeException {
    private final HttpStatus status;
    private final ApiError error;

    public ApiException(HttpStatus status, ApiError error) {
        super(error.error().message(), null, false, false);
        this.status = status;
        this.error = error;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, ApiError.of(message));
    }

    public static ApiException badRequest(String message, ApiError.Location location) {
        return new ApiException(HttpStatus.BAD_REQUEST, ApiError.at(message, location));
    }

    public static ApiException notFound(String message) {
        return new ApiException(HttpStatus.NOT_FOUND, ApiError.of(message));
    }

    public HttpStatus status() {
        return status;
    }

    public ApiError error() {
        return error;
    }
}
