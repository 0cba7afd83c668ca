/*
 * Stack bytes a helper reads without allow_uninit_stack (CAP_BPF without CAP_PERFMON), as
 * check_stack_range_initialized of Linux 6.18 reports them. A range starting below the stack the
 * function has used so far was already refused by MemAccess.stackBounds; here every byte must have
 * been written (MISC, ZERO, or in a slot holding a spilled scalar, even where the spill is narrower
 * than the slot; a spilled pointer only with allow_ptr_leaks), else the first bad byte is named
 * relative to the range's start. Without CAP_PERFMON a stack pointer cannot get a variable offset
 * (PtrSanitation refuses it), so the var_off wording (from the kernel source, not recorded) is
 * there for completeness only.
 */
package org.bpfplay.engine.verifier.check;

import org.bpfplay.engine.verifier.state.FuncState;
import org.bpfplay.engine.verifier.state.RegState;
import org.bpfplay.engine.verifier.state.SlotType;
import org.bpfplay.engine.verifier.state.StackSlot;

/** Initialisation checks of helper-accessed stack ranges without CAP_PERFMON. */
final class StackInit {
    private StackInit() {
    }

    /** The bytes [minOff, maxOff + size) of {@code frame}'s stack, read by a helper through {@code regno}. */
    static Failure helperRange(CheckContext cx, FuncState frame, int regno, RegState reg, long minOff, long maxOff,
                               int size) {
        boolean constOff = reg.value().isConst();
        for (long i = minOff; i < maxOff + size; i++) {
            int slot = (int) (-i - 1);
            StackSlot s = frame.slot(slot / 8);
            SlotType t = s.type(slot % 8);
            if (t == SlotType.MISC || t == SlotType.ZERO) {
                continue;
            }
            // is_spilled_reg looks at the slot, not the byte: every byte of a slot holding a spilled scalar passes
            if (s.isSpill() && (s.spilled().isScalar() || cx.allowPtrLeaks)) {
                continue;
            }
            return Failure.eacces(constOff
                    ? "invalid read from stack R" + regno + " off " + minOff + "+" + (i - minOff) + " size " + size
                    : "invalid read from stack R" + regno + " var_off " + reg.value().varOff() + "+" + (i - minOff)
                            + " size " + size);
        }
        return null;
    }
}
