/*
 * Register and stack-slot text of the kernel log (log.c print_reg_state / print_verifier_state,
 * 6.18: no liveness suffixes). Scalars go through ScalarPrinter; a stack pointer with a constant
 * offset prints as fp-8; other pointers as type(attributes) with id, off, r=range and, for a
 * variable offset, the bounds and tnum.
 */
package org.bpfplay.engine.verifier.log;

import org.bpfplay.engine.verifier.check.MapInMap;
import org.bpfplay.engine.verifier.scalar.ScalarPrinter;
import org.bpfplay.engine.verifier.state.FuncState;
import org.bpfplay.engine.verifier.state.RegState;
import org.bpfplay.engine.verifier.state.RegType;
import org.bpfplay.engine.verifier.state.SlotType;
import org.bpfplay.engine.verifier.state.StackSlot;

/** Printing of register values and frame states. */
public final class StatePrinter {
    private StatePrinter() {
    }

    /** The value text after {@code R1=}. {@code frameno} is the frame the register lives in. */
    public static String reg(RegState r, int frameno) {
        if (r.type() == RegType.SCALAR) {
            return ScalarPrinter.print(r.value(), r.id(), r.off(), r.addConst(), r.precise());
        }
        StringBuilder sb = new StringBuilder(r.type().logName);
        if (r.type() == RegType.PTR_TO_STACK) {
            if (r.frameno() != frameno) {
                sb.append('[').append(r.frameno()).append(']');
            }
            if (r.value().isConst()) {
                return sb.append(ScalarPrinter.snum(r.value().constValue() + r.off())).toString();
            }
        }
        sb.append('(');
        String sep = "";
        if (r.id() != 0) {
            sb.append("id=").append(r.id());
            sep = ",";
        }
        if (r.refObjId() != 0) {
            sb.append(sep).append("ref_obj_id=").append(r.refObjId());
            sep = ",";
        }
        if (r.type().hasMap() && r.map() != null) {
            if (!r.map().name().isEmpty() && !MapInMap.isInnerMeta(r.map())) {
                sb.append(sep).append("map=").append(r.map().name());
                sep = ",";
            }
            sb.append(sep).append("ks=").append(r.map().keySize()).append(",vs=").append(r.map().valueSize());
            sep = ",";
        }
        if (r.off() != 0) {
            sb.append(sep).append("off=").append(ScalarPrinter.snum(r.off()));
            sep = ",";
        }
        if (r.type().isPacket()) {
            sb.append(sep).append("r=").append(ScalarPrinter.unum((long) r.range()));
            sep = ",";
        }
        if (r.type() == RegType.PTR_TO_RINGBUF_MEM || r.type() == RegType.PTR_TO_RINGBUF_MEM_OR_NULL) {
            sb.append(sep).append("sz=").append(ScalarPrinter.unum((long) r.memSize()));
            sep = ",";
        }
        if (r.value().isConst()) {
            if (r.value().constValue() != 0) {
                sb.append(sep).append("imm=").append(ScalarPrinter.snum(r.value().constValue()));
            }
        } else {
            sb.append(ScalarPrinter.rangeAttributes(r.value(), sep));
        }
        return sb.append(')').toString();
    }

    /** The stack slot text after {@code fp-8=}, or null if the slot is all INVALID. */
    public static String slot(StackSlot s, int frameno) {
        if (s.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        if (s.isSpill()) {
            for (int j = 0; j < 8 && s.type(j) != SlotType.SPILL; j++) {
                sb.append(s.type(j).logChar);
            }
            return sb.append(reg(s.spilled(), frameno)).toString();
        }
        return s.toString();
    }

    /**
     * A frame's state as appended to a log line: {@code " R0=1 R10=fp0 fp-8=mmmmmmmm"} (with
     * {@code " frameN:"} first in a subprogram), only the scratched registers and slots unless
     * {@code all}. No trailing newline.
     */
    public static String frame(FuncState f, boolean all, int regMask, long slotMask) {
        StringBuilder sb = new StringBuilder();
        if (f.frameno != 0) {
            sb.append(" frame").append(f.frameno).append(':');
        }
        for (int i = 0; i < FuncState.MAX_REGS; i++) {
            RegState r = f.regs[i];
            if (!r.isInit() || (!all && (regMask & (1 << i)) == 0)) {
                continue;
            }
            sb.append(" R").append(i).append('=').append(reg(r, f.frameno));
        }
        for (int i = 0; i < f.stack.size(); i++) {
            if (!all && (i >= 64 || (slotMask & (1L << i)) == 0)) {
                continue;
            }
            String t = slot(f.stack.get(i), f.frameno);
            if (t != null) {
                sb.append(" fp").append(-(i + 1) * 8).append('=').append(t);
            }
        }
        return sb.toString();
    }
}
