package org.bpfplay.engine.verifier.state;

/** Register types of the first milestone, with the kernel's log names (reg_type_str). */
public enum RegType {
    NOT_INIT("?"),
    SCALAR("scalar"),
    PTR_TO_CTX("ctx"),
    PTR_TO_STACK("fp"),
    PTR_TO_PACKET("pkt"),
    PTR_TO_PACKET_META("pkt_meta"),
    PTR_TO_PACKET_END("pkt_end"),
    /** __sk_buff->sk before its null check. */
    PTR_TO_SOCK_COMMON_OR_NULL("sock_common_or_null"),
    PTR_TO_SOCK_COMMON("sock_common");

    /** The name the log prints. */
    public final String logName;

    RegType(String logName) {
        this.logName = logName;
    }

    public boolean isPointer() {
        return this != NOT_INIT && this != SCALAR;
    }

    /** reg_is_pkt_pointer_any: pkt, pkt_meta or pkt_end. */
    public boolean isPacketAny() {
        return isPacket() || this == PTR_TO_PACKET_END;
    }

    /** pkt or pkt_meta: the pointers that carry a verified range. */
    public boolean isPacket() {
        return this == PTR_TO_PACKET || this == PTR_TO_PACKET_META;
    }
}
