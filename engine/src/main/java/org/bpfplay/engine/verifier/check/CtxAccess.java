/*
 * Context access rules per program type (net/core/filter.c): xdp_is_valid_access for struct
 * xdp_md (4-byte aligned reads only, no writes, data/data_meta/data_end load packet pointers,
 * egress_ifindex only for devmap programs) and sk_filter_is_valid_access + bpf_skb_is_valid_access
 * for struct __sk_buff (fields a socket filter may not see, writes only to cb[], narrow reads of
 * 4-byte fields, exact sizes for the u64 and pointer fields).
 */
package org.bpfplay.engine.verifier.check;

import org.bpfplay.engine.progtype.ProgramType;
import org.bpfplay.engine.verifier.state.RegType;

/** Whether a context access is allowed, and what a load yields. */
public final class CtxAccess {
    /** sizeof(struct xdp_md). */
    public static final int XDP_MD_SIZE = 24;
    /** sizeof(struct __sk_buff). */
    public static final int SK_BUFF_SIZE = 192;

    private CtxAccess() {
    }

    /**
     * The register type a valid load produces (SCALAR for plain fields), or null if the access
     * is invalid ("invalid bpf_context access").
     */
    public static RegType access(ProgramType type, int off, int size, boolean write) {
        return type == ProgramType.XDP ? xdp(off, size, write) : socketFilter(off, size, write);
    }

    private static RegType xdp(int off, int size, boolean write) {
        if (off == 20 || write) {
            return null;
        }
        if (off < 0 || off >= XDP_MD_SIZE || off % size != 0 || size != 4) {
            return null;
        }
        switch (off) {
            case 0:
                return RegType.PTR_TO_PACKET;
            case 4:
                return RegType.PTR_TO_PACKET_END;
            case 8:
                return RegType.PTR_TO_PACKET_META;
            default:
                return RegType.SCALAR;
        }
    }

    private static boolean in(int off, int start, int size) {
        return off >= start && off < start + size;
    }

    private static RegType socketFilter(int off, int size, boolean write) {
        if (in(off, 72, 4) || in(off, 76, 4) || in(off, 140, 4) || in(off, 80, 4) || in(off, 88, 52)
                || in(off, 152, 8) || in(off, 160, 4) || in(off, 184, 8)) {
            return null;
        }
        boolean cb = in(off, 48, 20);
        if (write && !cb) {
            return null;
        }
        if (off < 0 || off >= SK_BUFF_SIZE || off % size != 0) {
            return null;
        }
        if (cb) {
            return off + size > 68 ? null : RegType.SCALAR;
        }
        if (in(off, 100, 32) || in(off, 92, 8) || in(off, 76, 8) || in(off, 140, 4)) {
            return size != 4 ? null : RegType.SCALAR;
        }
        if (in(off, 144, 8)) {
            return null; // flow_keys
        }
        if (off == 168) {
            return write || size != 8 ? null : RegType.PTR_TO_SOCK_COMMON_OR_NULL;
        }
        if (off == 180 || in(off, 181, 3)) {
            return null; // tstamp_type and padding
        }
        if (write) {
            return size != 4 ? null : RegType.SCALAR;
        }
        return size <= 4 && (size & (size - 1)) == 0 ? RegType.SCALAR : null;
    }
}
