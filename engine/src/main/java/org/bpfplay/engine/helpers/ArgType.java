package org.bpfplay.engine.helpers;

/**
 * The base kinds of helper argument, named as {@code enum bpf_arg_type} in include/linux/bpf.h.
 * Modifiers such as MEM_RDONLY are {@link TypeFlag}s combined in an {@link ArgSpec}. Like the kernel,
 * the table keeps the alias names ARG_PTR_TO_UNINIT_MEM, ARG_PTR_TO_MEM_OR_NULL and
 * ARG_PTR_TO_STACK_OR_NULL; {@link ArgSpec#normalized()} expands them into base + flags.
 */
public enum ArgType {
    ARG_DONTCARE,
    ARG_CONST_MAP_PTR,
    ARG_PTR_TO_MAP_KEY,
    ARG_PTR_TO_MAP_VALUE,
    ARG_PTR_TO_MEM,
    ARG_PTR_TO_UNINIT_MEM,
    ARG_PTR_TO_MEM_OR_NULL,
    ARG_CONST_SIZE,
    ARG_CONST_SIZE_OR_ZERO,
    ARG_CONST_ALLOC_SIZE_OR_ZERO,
    ARG_PTR_TO_CTX,
    ARG_ANYTHING,
    ARG_SCALAR,
    ARG_PTR_TO_SPIN_LOCK,
    ARG_PTR_TO_RINGBUF_MEM,
    ARG_PTR_TO_FUNC,
    ARG_PTR_TO_STACK,
    ARG_PTR_TO_STACK_OR_NULL,
    ARG_PTR_TO_CONST_STR,
    /** sock_common, sock, tcp_sock or xdp_sock (bpf_sk_fullsock, bpf_tcp_sock, bpf_get_listener_sock). */
    ARG_PTR_TO_SOCK_COMMON,
    /** The same socket pointers or a BTF sock_common pointer (bpf_sk_release). */
    ARG_PTR_TO_BTF_ID_SOCK_COMMON;

    /** True for the kinds that pass a pointer the verifier checks. */
    public boolean isPointer() {
        return name().startsWith("ARG_PTR_TO") || this == ARG_CONST_MAP_PTR;
    }

    /** True for the size argument that follows a memory argument. */
    public boolean isSize() {
        return this == ARG_CONST_SIZE || this == ARG_CONST_SIZE_OR_ZERO || this == ARG_CONST_ALLOC_SIZE_OR_ZERO;
    }
}
