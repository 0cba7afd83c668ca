/*
 * The constant string argument of bpf_snprintf (ARG_PTR_TO_CONST_STR, check_reg_const_str of
 * Linux 6.18). check_func_arg has already required a map value (const_str_ptr_types) at any
 * fixed offset; check_reg_const_str then wants the map read-only in the kernel's sense
 * (bpf_map_is_rdonly: BPF_F_RDONLY_PROG and frozen with BPF_MAP_FREEZE, no writable mapping left)
 * before it looks at anything else. bpfplay maps cannot be frozen (and the oracle cannot freeze
 * a map either), so every map value, whatever its offset, map type or flags, ends at the
 * read-only rejection, and the checks that follow in the kernel are not reached.
 *
 * Where a frozen-map (.rodata) feature plugs in: {@link #frozen} answers true for such a map and
 * {@link #check} continues in the kernel's order with the map's frozen bytes: a constant offset
 * ("R%d is not a constant address'"), a map type with direct value access (arrays of one entry;
 * otherwise "no direct value access support for this map type"), the region from the offset to
 * the value's end (check_map_access), a NUL byte within it ("string is not zero-terminated");
 * then, after all arguments, check_bpf_snprintf_call: data_len a multiple of 8 and the format
 * valid for data_len / 8 arguments ("Invalid format string"). None of that can be recorded from
 * the kernel today, so it is refused as not supported rather than guessed.
 */
package org.bpfplay.engine.verifier.check;

import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.verifier.state.RegState;

/** Checks the format string argument of bpf_snprintf. */
final class ConstStringArg {
    private ConstStringArg() {
    }

    /** check_reg_const_str for the register {@code regno}, which check_reg_type found to be a map value. */
    static Failure check(RegState reg, int regno) {
        MapSpec map = reg.map();
        if (!readOnly(map)) {
            // the kernel's message has the stray quote
            return Failure.eacces("R" + regno + " does not point to a readonly map'");
        }
        return Failure.einval("constant strings in frozen maps are not supported by this verifier yet");
    }

    /** bpf_map_is_rdonly: read-only for programs and frozen. */
    static boolean readOnly(MapSpec map) {
        return (map.flags() & MapAccess.RDONLY_PROG) != 0 && frozen(map);
    }

    /** Whether the map was frozen (BPF_MAP_FREEZE): bpfplay maps cannot be, yet. */
    static boolean frozen(MapSpec map) {
        return false;
    }
}
