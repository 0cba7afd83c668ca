package org.bpfplay.engine.verifier.state;

import java.util.Arrays;

/**
 * One 8-byte stack slot: the type of each byte and, when the slot holds a spilled register, that
 * register. Byte {@code i} of {@code types} is the byte at {@code slotTop - 1 - i}, so index 0
 * is the highest address (the kernel's slot_type order, also the printing order). Immutable.
 */
public record StackSlot(SlotType[] types, RegState spilled) {

    public static final StackSlot EMPTY = new StackSlot(filled(SlotType.INVALID), RegState.NOT_INIT);

    public static SlotType[] filled(SlotType t) {
        SlotType[] a = new SlotType[8];
        Arrays.fill(a, t);
        return a;
    }

    public SlotType type(int i) {
        return types[i];
    }

    /** The last byte (lowest address) is SPILL: the slot holds a spilled register. */
    public boolean isSpill() {
        return types[7] == SlotType.SPILL;
    }

    public boolean isFullSpill() {
        for (SlotType t : types) {
            if (t != SlotType.SPILL) {
                return false;
            }
        }
        return true;
    }

    public boolean isEmpty() {
        for (SlotType t : types) {
            if (t != SlotType.INVALID) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StackSlot s && Arrays.equals(types, s.types) && spilled.equals(s.spilled);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(types) * 31 + spilled.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (SlotType t : types) {
            sb.append(t.logChar);
        }
        return sb.toString();
    }
}
