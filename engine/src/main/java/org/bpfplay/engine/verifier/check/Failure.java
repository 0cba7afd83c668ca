package org.bpfplay.engine.verifier.check;

import org.bpfplay.engine.maps.Errno;

/**
 * A rejection: the kernel's message (one or more lines, no trailing newline) and errno.
 * Checks return it instead of throwing: bad programs are data.
 */
public record Failure(Errno errno, String message) {

    public static Failure eacces(String message) {
        return new Failure(Errno.EACCES, message);
    }

    public static Failure einval(String message) {
        return new Failure(Errno.EINVAL, message);
    }
}
