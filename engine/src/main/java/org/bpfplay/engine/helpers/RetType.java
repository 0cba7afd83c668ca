package org.bpfplay.engine.helpers;

/** What a helper returns in r0 ({@code enum bpf_return_type} in include/linux/bpf.h). */
public enum RetType {
    RET_INTEGER,
    RET_VOID,
    RET_PTR_TO_MAP_VALUE_OR_NULL,
    RET_PTR_TO_RINGBUF_MEM_OR_NULL,
    RET_PTR_TO_SOCKET_OR_NULL,
    RET_PTR_TO_TCP_SOCK_OR_NULL,
    RET_PTR_TO_SOCK_COMMON_OR_NULL;

    /** True if r0 must be null-checked before use. */
    public boolean maybeNull() {
        return name().endsWith("_OR_NULL");
    }
}
