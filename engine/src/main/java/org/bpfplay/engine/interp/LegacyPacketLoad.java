package org.bpfplay.engine.interp;

/**
 * LD_ABS/LD_IND, the classic-BPF packet loads: r0 = the big-endian value at an offset of the skb's
 * packet, where negative offsets count from the network header (SKF_NET_OFF + k) or the MAC header
 * (SKF_LL_OFF + k). A load that does not lie wholly inside the frame ends the current frame with
 * r0 = 0, as the kernel's rewrite of these instructions does.
 */
final class LegacyPacketLoad {
    /** LD_ABS/LD_IND offsets from the network header: SKF_NET_OFF + k (linux/filter.h). */
    static final int SKF_NET_OFF = -0x100000;
    /** LD_ABS/LD_IND offsets from the MAC header: SKF_LL_OFF + k. */
    static final int SKF_LL_OFF = -0x200000;

    /** The region read, or 0 if none. */
    private int region;
    /** Indexes in that region's backing array of the MAC and network headers (for negative offsets). */
    private int macStart;
    private int networkStart;

    void setRegion(int regionId, int mac, int network) {
        region = regionId;
        macStart = mac;
        networkStart = network;
    }

    /** Executes the load at {@code at}; false if the run ended (fault, or the main frame exited). */
    boolean load(Machine m, int at, long offset, int size) {
        Region p = m.memory.region(region);
        if (p == null) {
            m.stop(Fault.of(FaultKind.INVALID_INSTRUCTION, at, "legacy packet load without a packet (skb) context"));
            return false;
        }
        // An index into the backing array, which holds the whole frame from the MAC header on.
        int k = (int) offset;
        long index;
        if (k >= 0) {
            index = (long) p.offset() + k;
        } else if (k >= SKF_NET_OFF) {
            index = (long) networkStart + (k - SKF_NET_OFF);
        } else if (k >= SKF_LL_OFF) {
            index = (long) macStart + (k - SKF_LL_OFF);
        } else {
            index = -1;
        }
        if (index < macStart || index > (long) p.offset() + p.length() - size) {
            m.regs[0] = 0;
            return m.exitFrame();
        }
        long v = 0;
        for (int i = 0; i < size; i++) {
            v = v << 8 | (p.bytes()[(int) index + i] & 0xff);
        }
        m.regs[0] = v;
        m.pc = at + 1;
        return true;
    }
}
