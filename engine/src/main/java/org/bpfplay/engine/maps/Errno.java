package org.bpfplay.engine.maps;

/**
 * The Linux errno values a map operation can return. Operations return {@code 0} or the negated
 * value ({@code -EEXIST}), exactly as the kernel's map ops do; {@link #describe(int)} turns such a
 * return code back into words for the UI.
 */
public enum Errno {
    EPERM(1, "Operation not permitted"),
    ENOENT(2, "No such file or directory"),
    E2BIG(7, "Argument list too long"),
    EBADF(9, "Bad file descriptor"),
    EAGAIN(11, "Resource temporarily unavailable"),
    ENOMEM(12, "Cannot allocate memory"),
    EACCES(13, "Permission denied"),
    EFAULT(14, "Bad address"),
    EBUSY(16, "Device or resource busy"),
    EEXIST(17, "File exists"),
    EINVAL(22, "Invalid argument"),
    ENOSPC(28, "No space left on device"),
    EOPNOTSUPP(95, "Operation not supported"),
    /** The kernel-internal "not supported" (524) that the bpf syscall leaks to user space. */
    ENOTSUPP(524, "Unknown error 524");

    /** The positive errno number. */
    public final int number;
    /** The C library's strerror text (what kernel-oracle prints). */
    public final String message;

    Errno(int number, String message) {
        this.number = number;
        this.message = message;
    }

    /** The negated number, the form map operations return. */
    public int neg() {
        return -number;
    }

    /** The errno with this positive or negative number, or null. */
    public static Errno of(int code) {
        int n = Math.abs(code);
        for (Errno e : values()) {
            if (e.number == n) {
                return e;
            }
        }
        return null;
    }

    /** "0", or the name of a negative return code such as "-EEXIST". */
    public static String describe(int code) {
        if (code == 0) {
            return "0";
        }
        Errno e = of(code);
        return e == null ? Integer.toString(code) : (code < 0 ? "-" : "") + e.name();
    }
}
