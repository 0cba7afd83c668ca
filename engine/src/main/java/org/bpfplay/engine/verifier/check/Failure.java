package org.bpfplay.engine.verifier.check;

import org.bpfplay.engine.maps.Errno;

/**
 * A rejection: the kernel's message (one or more lines, no trailing newline) and errno.
 * Checks return it instead of throwing: bad programs are data. {@code newline} is false for the
 * few messages the kernel prints without a final newline.
 */
public record Failure(Errno errno, String message, boolean newline) {

    /** A message the log ends with a newline (all but a few). */
    public Failure(Errno errno, String message) {
        this(errno, message, true);
    }

    public static Failure eacces(String message) {
        return new Failure(Errno.EACCES, message);
    }

    public static Failure einval(String message) {
        return new Failure(Errno.EINVAL, message);
    }
}
