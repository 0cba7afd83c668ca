package org.bpfplay.engine.helpers;

/** Modifier bits of argument and return types ({@code enum bpf_type_flag} in include/linux/bpf.h). */
public enum TypeFlag {
    PTR_MAYBE_NULL,
    MEM_RDONLY,
    MEM_UNINIT,
    MEM_WRITE,
    OBJ_RELEASE
}
