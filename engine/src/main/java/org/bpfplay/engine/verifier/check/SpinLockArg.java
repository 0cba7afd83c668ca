/*
 * The bpf_spin_lock argument of bpf_spin_lock / bpf_spin_unlock (ARG_PTR_TO_SPIN_LOCK,
 * process_spin_lock of Linux 6.18). Before it, check_func_arg has already required a map value
 * (the other compatible kind, an allocated BTF object, does not exist here; the log still names
 * it as "ptr_"), refused packet pointers and left fixed offsets alone. process_spin_lock then
 * wants a constant offset and a map with BTF, whose record must hold a bpf_spin_lock at exactly
 * that offset. bpfplay maps have no BTF yet (the runtime, too, behaves as a map without BTF:
 * BPF_F_LOCK fails), so every map value ends at the BTF rejection and the lock bookkeeping that
 * follows in the kernel (one lock held at a time, unlock of the same lock, no calls while
 * holding it) has nothing to act on. Once maps carry BTF with a bpf_spin_lock field, that
 * bookkeeping plugs in where {@link #check} gives up.
 */
package org.bpfplay.engine.verifier.check;

import org.bpfplay.engine.verifier.state.RegState;

/** Checks the lock argument of bpf_spin_lock / bpf_spin_unlock. */
final class SpinLockArg {
    /** What check_reg_type prints as the expected types (spin_lock_types). */
    static final String EXPECTED = "map_value, ptr_";

    private SpinLockArg() {
    }

    /**
     * process_spin_lock for the register {@code regno}, which check_reg_type already found to be
     * a map value: a variable offset is refused first, then the map for lacking BTF.
     */
    static Failure check(RegState reg, int regno) {
        if (!reg.value().isConst()) {
            return Failure.einval("R" + regno + " doesn't have constant offset. bpf_spin_lock has to be at the"
                    + " constant offset");
        }
        // reg is a map value (check_reg_type let nothing else through); map->btf is NULL for every bpfplay map
        return Failure.einval("map '" + reg.map().name() + "' has to have BTF in order to use bpf_spin_lock");
    }
}
