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
