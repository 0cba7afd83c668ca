package org.bpfplay.engine.verifier;

/** The errno values a program load can fail with, as the kernel numbers them. */
public enum Errno {
    EPERM(1), E2BIG(7), EBADF(9), EACCES(13), EFAULT(14), EINVAL(22), ENOSPC(28);

    public final int number;

    Errno(int number) {
        this.number = number;
    }
}
