package org.bpfplay.backend.system;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The one error shape of the REST API: {@code {"error": {"message": ..., "location": {...}}}}.
 * A message says what is wrong in words a user can act on; a location, when known, says where
 * (a line and column of the request body, a JSON field, or later a program line or instruction index).
 */
public record ApiError(Body error) {

    public static ApiError of(String message) {
        return new ApiError(new Body(message, null));
    }

    public static ApiError at(String message, Location location) {
        return new ApiError(new Body(message, location));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Body(String message, Location location) {
    }

    /** Where an error is: any subset of line/column (1-based), field (JSON path) and pc (instruction index). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Location(Integer line, Integer column, String field, Integer pc) {

        public static Location lineColumn(int line, int column) {
            return new Location(line, column, null, null);
        }

        public static Location field(String field) {
            return new Location(null, null, field, null);
        }
    }
}
