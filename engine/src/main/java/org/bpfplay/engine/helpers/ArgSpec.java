package org.bpfplay.engine.helpers;

import java.util.EnumSet;
import java.util.Set;

/** One helper argument's type: a base kind and modifier flags; prints as in the kernel source. */
public record ArgSpec(ArgType type, Set<TypeFlag> flags) {
    public ArgSpec {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    public static ArgSpec of(ArgType type, TypeFlag... flags) {
        EnumSet<TypeFlag> s = EnumSet.noneOf(TypeFlag.class);
        for (TypeFlag f : flags) {
            s.add(f);
        }
        return new ArgSpec(type, s);
    }

    /**
     * The same type with the kernel's alias kinds expanded (include/linux/bpf.h):
     * ARG_PTR_TO_UNINIT_MEM = ARG_PTR_TO_MEM | MEM_UNINIT | MEM_WRITE,
     * ARG_PTR_TO_MEM_OR_NULL = ARG_PTR_TO_MEM | PTR_MAYBE_NULL,
     * ARG_PTR_TO_STACK_OR_NULL = ARG_PTR_TO_STACK | PTR_MAYBE_NULL.
     */
    public ArgSpec normalized() {
        EnumSet<TypeFlag> s = flags.isEmpty() ? EnumSet.noneOf(TypeFlag.class) : EnumSet.copyOf(flags);
        switch (type) {
            case ARG_PTR_TO_UNINIT_MEM:
                s.add(TypeFlag.MEM_UNINIT);
                s.add(TypeFlag.MEM_WRITE);
                return new ArgSpec(ArgType.ARG_PTR_TO_MEM, s);
            case ARG_PTR_TO_MEM_OR_NULL:
                s.add(TypeFlag.PTR_MAYBE_NULL);
                return new ArgSpec(ArgType.ARG_PTR_TO_MEM, s);
            case ARG_PTR_TO_STACK_OR_NULL:
                s.add(TypeFlag.PTR_MAYBE_NULL);
                return new ArgSpec(ArgType.ARG_PTR_TO_STACK, s);
            default:
                return this;
        }
    }

    public boolean has(TypeFlag f) {
        return flags.contains(f);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(type.name());
        for (TypeFlag f : TypeFlag.values()) {
            if (flags.contains(f)) {
                sb.append(" | ").append(f.name());
            }
        }
        return sb.toString();
    }
}
