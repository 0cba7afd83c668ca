package org.bpfplay.engine.runtime;

/**
 * The context and packet of one run as placed in the machine's memory: the value for r1, the
 * region LD_ABS/LD_IND read (0 = none), and the packet bytes BPF_PROG_TEST_RUN returns.
 */
sealed interface PacketContext permits SkbContext, XdpContext, PlainContext {
    long ctxAddress();

    int ldAbsRegion();

    /** data_out as the kernel returns it, or null when the type has no packet. */
    byte[] dataOut();
}
