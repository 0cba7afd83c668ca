package org.bpfplay.engine.verifier.check.ctx;

import org.bpfplay.engine.verifier.state.RegType;

/**
 * struct xdp_md (24 bytes) as xdp_is_valid_access sees it for a program that is neither offloaded
 * nor a devmap program: 4-byte aligned reads only, no writes, egress_ifindex hidden, and the
 * three packet fields load pointers (not with a sign-extending load).
 */
public enum XdpMdRules implements CtxRules {
    XDP;

    /** One field of struct xdp_md. */
    public enum Field {
        DATA(0, RegType.PTR_TO_PACKET),
        DATA_END(4, RegType.PTR_TO_PACKET_END),
        DATA_META(8, RegType.PTR_TO_PACKET_META),
        INGRESS_IFINDEX(12, RegType.SCALAR),
        RX_QUEUE_INDEX(16, RegType.SCALAR),
        /** Only devmap programs (expected_attach_type BPF_XDP_DEVMAP) may read it. */
        EGRESS_IFINDEX(20, null);

        public final int offset;
        /** What a load yields; null: refused. */
        public final RegType loads;

        Field(int offset, RegType loads) {
            this.offset = offset;
            this.loads = loads;
        }
    }

    /** sizeof(struct xdp_md). */
    public static final int STRUCT_SIZE = 24;

    @Override
    public RegType access(int off, int size, boolean write, boolean signExtend) {
        if (write || off < 0 || off >= STRUCT_SIZE || off % size != 0 || size != 4) {
            return null;
        }
        RegType t = Field.values()[off / 4].loads;
        if (t != null && t.isPointer() && signExtend) {
            return null;
        }
        return t;
    }

    @Override
    public int structSize() {
        return STRUCT_SIZE;
    }
}
