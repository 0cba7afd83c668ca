package org.bpfplay.engine.maps;

import java.util.HexFormat;

/**
 * One change to a map's contents: which map, which key, the value before and after (null when the
 * entry did not exist / no longer exists), the simulated CPU whose copy changed (-1: all CPUs, the
 * values then hold every CPU's copy, each rounded up to 8 bytes as the syscall shows them), and who
 * made it. Byte arrays are copies taken at the time of the change.
 */
public record MapChange(String map, byte[] key, byte[] oldValue, byte[] newValue, int cpu, Origin origin) {

    /** Who caused a change. */
    public enum Origin {
        /** A helper called by a running program. */
        PROGRAM,
        /** The user-space view (the bpf syscall). */
        USER,
        /** The map itself: an LRU map dropping an entry to make room. */
        EVICTION
    }

    @Override
    public String toString() {
        return map + "[" + hex(key) + "] " + hex(oldValue) + " -> " + hex(newValue)
                + (cpu >= 0 ? " cpu " + cpu : "") + " (" + origin.name().toLowerCase() + ")";
    }

    static String hex(byte[] b) {
        return b == null ? "-" : HexFormat.of().formatHex(b);
    }
}
