package org.bpfplay.engine.verifier.state;

/** Register types so far (maps, ring buffer memory and sockets included), with the kernel's log names (reg_type_str). */
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
    PTR_TO_SOCK_COMMON("sock_common"),
    /** A full socket (struct bpf_sock), from sk_lookup_* or sk_fullsock. */
    PTR_TO_SOCKET_OR_NULL("sock_or_null"),
    PTR_TO_SOCKET("sock"),
    /** struct bpf_tcp_sock, from bpf_tcp_sock. */
    PTR_TO_TCP_SOCK_OR_NULL("tcp_sock_or_null"),
    PTR_TO_TCP_SOCK("tcp_sock"),
    /** ld_imm64 of a map fd (CONST_PTR_TO_MAP). */
    CONST_PTR_TO_MAP("map_ptr"),
    PTR_TO_MAP_VALUE("map_value"),
    PTR_TO_MAP_VALUE_OR_NULL("map_value_or_null"),
    PTR_TO_MAP_KEY("map_key"),
    /** PTR_TO_MEM | MEM_RINGBUF: a reserved ring buffer record. */
    PTR_TO_RINGBUF_MEM("ringbuf_mem"),
    PTR_TO_RINGBUF_MEM_OR_NULL("ringbuf_mem_or_null"),
    /** ld_imm64 src=4 (BPF_PSEUDO_FUNC): a callback; RegState.memSize holds the subprogram's first pc. */
    PTR_TO_FUNC("func");

    /** The name the log prints. */
    public final String logName;

    RegType(String logName) {
        this.logName = logName;
    }

    public boolean isPointer() {
        return this != NOT_INIT && this != SCALAR;
    }

    /** Types that must be null-checked before use (PTR_MAYBE_NULL). */
    public boolean maybeNull() {
        return this == PTR_TO_SOCK_COMMON_OR_NULL || this == PTR_TO_MAP_VALUE_OR_NULL
                || this == PTR_TO_RINGBUF_MEM_OR_NULL || this == PTR_TO_SOCKET_OR_NULL
                || this == PTR_TO_TCP_SOCK_OR_NULL;
    }

    /** The type a null check turns this one into on the non-null side (mark_ptr_not_null_reg). */
    public RegType notNull() {
        switch (this) {
            case PTR_TO_SOCK_COMMON_OR_NULL:
                return PTR_TO_SOCK_COMMON;
            case PTR_TO_MAP_VALUE_OR_NULL:
                return PTR_TO_MAP_VALUE;
            case PTR_TO_SOCKET_OR_NULL:
                return PTR_TO_SOCKET;
            case PTR_TO_TCP_SOCK_OR_NULL:
                return PTR_TO_TCP_SOCK;
            case PTR_TO_RINGBUF_MEM_OR_NULL:
                return PTR_TO_RINGBUF_MEM;
            default:
                return this;
        }
    }

    /** type_is_sk_pointer: the (non-null) socket pointers, read through check_sock_access. */
    public boolean isSock() {
        return this == PTR_TO_SOCK_COMMON || this == PTR_TO_SOCKET || this == PTR_TO_TCP_SOCK;
    }

    /** Pointers into a map element or a map key (they carry the map). */
    public boolean hasMap() {
        return this == CONST_PTR_TO_MAP || this == PTR_TO_MAP_VALUE || this == PTR_TO_MAP_VALUE_OR_NULL
                || this == PTR_TO_MAP_KEY;
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
