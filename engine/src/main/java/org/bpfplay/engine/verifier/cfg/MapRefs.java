/*
 * The map half of resolve_pseudo_ldimm64: a ld_imm64 with src=1 (map fd) or src=2 (map value)
 * names the K-th map of the program (as kernel-oracle's --map does for .hex input). A map value
 * load needs an array of one element and an offset inside its value.
 */
package org.bpfplay.engine.verifier.cfg;

import java.util.List;

import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.Pseudo;
import org.bpfplay.engine.maps.Errno;
import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.maps.MapType;
import org.bpfplay.engine.verifier.check.Failure;

/** Checks the map references of ld_imm64 instructions. */
public final class MapRefs {
    private static final long MAX_VAR_OFF = 1L << 29;

    private MapRefs() {
    }

    /** The map a ld_imm64 with src 1 or 2 refers to, or null if the index names none. */
    public static MapSpec map(Instruction in, List<MapSpec> maps) {
        long k = in.imm() & 0xffffffffL;
        return k < maps.size() ? maps.get((int) k) : null;
    }

    /** Null when the ld_imm64 (src 1 or 2) resolves, else the kernel's error. */
    static Failure resolve(Instruction in, List<MapSpec> maps) {
        MapSpec map = map(in, maps);
        if (map == null) {
            return new Failure(Errno.EBADF, "fd " + (int) in.imm() + " is not pointing to valid bpf_map");
        }
        if (in.src() == Pseudo.MAP_FD) {
            return null;
        }
        long off = in.imm() >>> 32;
        if (off >= MAX_VAR_OFF) {
            return Failure.einval("direct value offset of " + off + " is not allowed");
        }
        if (map.type() != MapType.ARRAY) {
            return Failure.einval("no direct value access support for this map type");
        }
        if (map.maxEntries() != 1) {
            return new Failure(Errno.ENOTSUPP, "invalid access to map value pointer, value_size=" + map.valueSize()
                    + " off=" + off);
        }
        if (off >= map.valueSize()) {
            return Failure.einval("invalid access to map value pointer, value_size=" + map.valueSize() + " off=" + off);
        }
        return null;
    }
}
