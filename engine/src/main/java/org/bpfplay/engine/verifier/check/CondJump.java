/*
 * Conditional jumps (check_cond_jmp_op): operand checks, "is branch taken" for scalars (via
 * ScalarBranch) and for pointers against zero, refinement of both scalar operands on each side
 * with propagation to linked scalars (sync_linked_regs), and packet range marking when a packet
 * pointer is compared with data_end (try_match_pkt_pointers / find_good_pkt_pointers).
 */
package org.bpfplay.engine.verifier.check;

import java.util.ArrayList;
import java.util.List;

import org.bpfplay.engine.isa.InsnClass;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.JumpOp;
import org.bpfplay.engine.isa.Source;
import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.verifier.scalar.Scalar;
import org.bpfplay.engine.verifier.scalar.ScalarAlu;
import org.bpfplay.engine.verifier.scalar.ScalarBranch;
import org.bpfplay.engine.verifier.state.FuncState;
import org.bpfplay.engine.verifier.state.Ref;
import org.bpfplay.engine.verifier.state.RegState;
import org.bpfplay.engine.verifier.state.RegType;
import org.bpfplay.engine.verifier.state.StackSlot;
import org.bpfplay.engine.verifier.state.VerifierState;

/** Checks and splits the state at a conditional jump. */
public final class CondJump {
    private CondJump() {
    }

    /** The decision: a failure, or which sides to follow and, for both, the taken-side state. */
    public record Outcome(Failure failure, ScalarBranch.Outcome pred, VerifierState taken, LinkedRegs linked) {
        public Outcome(Failure failure, ScalarBranch.Outcome pred, VerifierState taken) {
            this(failure, pred, taken, null);
        }
    }

    /** Pre-checks (operands, reserved fields) and the prediction; no state change yet. */
    public static Outcome check(CheckContext cx, Instruction in) {
        Failure f = cx.readReg(in.dst());
        if (f != null) {
            return new Outcome(f, null, null);
        }
        boolean regSrc = in.source() == Source.X;
        if (regSrc) {
            if (in.imm32() != 0) {
                return new Outcome(Failure.einval("BPF_JMP/JMP32 uses reserved fields"), null, null);
            }
            f = cx.readReg(in.src());
            if (f != null) {
                return new Outcome(f, null, null);
            }
            if (!(cx.reg(in.dst()).type().isPacketAny() && cx.reg(in.src()).type().isPacketAny())
                    && cx.isPointerValue(in.src())) {
                return new Outcome(Failure.eacces("R" + in.src() + " pointer comparison prohibited"), null, null);
            }
        } else if (in.src() != 0) {
            return new Outcome(Failure.einval("BPF_JMP/JMP32 uses reserved fields"), null, null);
        }
        JumpOp op = in.jumpOp();
        boolean jmp32 = in.insnClass() == InsnClass.JMP32;
        RegState dst = cx.reg(in.dst());
        RegState src = regSrc ? cx.reg(in.src()) : RegState.scalar(ScalarAlu.immediate(in.imm32()));
        ScalarBranch.Outcome pred = predict(op, jmp32, dst, src);
        if (pred != ScalarBranch.Outcome.UNKNOWN) {
            return new Outcome(null, pred, null);
        }
        // the linked scalars are collected before the split, so that both sides share them
        LinkedRegs linked = LinkedRegs.atBranch(cx, in.dst(), regSrc ? in.src() : -1);
        VerifierState other = cx.cur.copy();
        FuncState thisF = cx.frame();
        FuncState otherF = other.cur();
        if (dst.isScalar() && src.isScalar()) {
            ScalarBranch.Refined r = ScalarBranch.refine(op, jmp32, dst.value(), src.value());
            otherF.regs[in.dst()] = dst.withValue(r.takenDst());
            thisF.regs[in.dst()] = dst.withValue(r.fallDst());
            if (regSrc) {
                otherF.regs[in.src()] = otherF.regs[in.src()].withValue(r.takenSrc());
                thisF.regs[in.src()] = thisF.regs[in.src()].withValue(r.fallSrc());
                syncLinked(cx.cur, thisF.regs[in.src()], linked);
                syncLinked(other, otherF.regs[in.src()], linked);
            }
            syncLinked(cx.cur, thisF.regs[in.dst()], linked);
            syncLinked(other, otherF.regs[in.dst()], linked);
        } else if (!regSrc && !jmp32 && in.imm32() == 0 && (op == JumpOp.JEQ || op == JumpOp.JNE)
                && dst.type().maybeNull()) {
            // mark_ptr_or_null_regs: the equal side sees 0, the other a valid pointer
            markNull(op == JumpOp.JEQ ? other : cx.cur, dst, true, cx.maps);
            markNull(op == JumpOp.JEQ ? cx.cur : other, dst, false, cx.maps);
        } else if (!(regSrc && !jmp32 && matchPacketPointers(op, in.dst(), in.src(), dst, src, cx.cur, other))
                && cx.isPointerValue(in.dst())) {
            return new Outcome(Failure.eacces("R" + in.dst() + " pointer comparison prohibited"), null, null);
        }
        return new Outcome(null, pred, other, linked);
    }

    private static ScalarBranch.Outcome predict(JumpOp op, boolean jmp32, RegState dst, RegState src) {
        if (dst.isScalar() && src.isScalar()) {
            return ScalarBranch.isTaken(op, jmp32, dst.value(), src.value());
        }
        // is_branch_taken: a pointer that cannot be null compared (64-bit) with a constant 0
        if (!jmp32 && (op == JumpOp.JEQ || op == JumpOp.JNE)) {
            RegState ptr = dst.isScalar() ? src : dst;
            RegState k = dst.isScalar() ? dst : src;
            if (k.isNull() && notNull(ptr)) {
                return op == JumpOp.JEQ ? ScalarBranch.Outcome.NEVER : ScalarBranch.Outcome.ALWAYS;
            }
        }
        return ScalarBranch.Outcome.UNKNOWN;
    }

    /** sync_linked_regs: every linked scalar sharing the id gets the refined value, shifted by its delta. */
    private static void syncLinked(VerifierState st, RegState known, LinkedRegs linked) {
        if (linked == null || !known.isScalar() || known.id() == 0) {
            return;
        }
        for (LinkedRegs.Entry e : linked.entries()) {
            RegState r = linked.in(st, e);
            if (r == known || !r.isScalar() || r.id() != known.id()) {
                continue;
            }
            FuncState f = st.frames.get(e.frame());
            if (e.isReg()) {
                f.regs[e.index()] = linkedCopy(known, r);
            } else {
                StackSlot s = f.slot(e.index());
                f.stack.set(e.index(), new StackSlot(s.types(), linkedCopy(known, r)));
            }
        }
    }

    private static RegState linkedCopy(RegState known, RegState r) {
        long knownDelta = known.addConst() ? known.off() : 0;
        long delta = (r.addConst() ? r.off() : 0) - knownDelta;
        Scalar v = delta == 0 ? known.value() : ScalarAlu.linkedOffset(known.value(), delta);
        return new RegState(RegType.SCALAR, v, r.off(), r.id(), r.addConst(), 0, r.frameno(), r.precise());
    }

    /**
     * mark_ptr_or_null_regs: every maybe-null register or spill with the same id becomes 0 or the
     * non-null type (id dropped); on the null side the reference it carried is released.
     */
    private static void markNull(VerifierState st, RegState checked, boolean isNull, List<MapSpec> maps) {
        int id = checked.id();
        if (isNull && checked.refObjId() != 0 && checked.refObjId() == id) {
            List<Ref> refs = new ArrayList<>(st.refs);
            refs.removeIf(r -> r.id() == id);
            st.refs = List.copyOf(refs);
        }
        for (FuncState f : st.frames) {
            for (int i = 0; i < FuncState.MAX_REGS; i++) {
                RegState r = f.regs[i];
                if (r.type().maybeNull() && r.id() == id) {
                    f.regs[i] = nullChecked(r, isNull, maps);
                }
            }
            for (int i = 0; i < f.stack.size(); i++) {
                StackSlot s = f.stack.get(i);
                RegState r = s.spilled();
                if (s.isSpill() && r.type().maybeNull() && r.id() == id) {
                    f.stack.set(i, new StackSlot(s.types(), nullChecked(r, isNull, maps)));
                }
            }
        }
    }

    private static RegState nullChecked(RegState r, boolean isNull, List<MapSpec> maps) {
        RegState innerMap = isNull ? null : MapInMap.notNull(r, maps);
        if (innerMap != null) {
            return innerMap;
        }
        return isNull ? RegState.scalar(Scalar.constant(0)) : r.withType(r.type().notNull()).withId(0);
    }

    /** reg_not_null: pointers that cannot be 0. */
    private static boolean notNull(RegState r) {
        switch (r.type()) {
            case PTR_TO_MAP_VALUE:
            case PTR_TO_MAP_KEY:
            case PTR_TO_SOCK_COMMON:
            case PTR_TO_SOCKET:
            case PTR_TO_TCP_SOCK:
            case PTR_TO_RINGBUF_MEM:
            case CONST_PTR_TO_MAP:
                return true;
            default:
                return false;
        }
    }

    private static boolean initPkt(RegState r) {
        return r.type() == RegType.PTR_TO_PACKET && r.off() == 0 && r.value().isConst() && r.value().constValue() == 0;
    }

    /** try_match_pkt_pointers: refine packet ranges on each side of {@code pkt op pkt_end}. */
    private static boolean matchPacketPointers(JumpOp op, int dreg, int sreg, RegState dst, RegState src,
                                            VerifierState thisBranch, VerifierState otherBranch) {
        boolean dstIsPkt = (dst.type() == RegType.PTR_TO_PACKET && src.type() == RegType.PTR_TO_PACKET_END)
                || (dst.type() == RegType.PTR_TO_PACKET_META && initPkt(src));
        boolean srcIsPkt = (dst.type() == RegType.PTR_TO_PACKET_END && src.type() == RegType.PTR_TO_PACKET)
                || (initPkt(dst) && src.type() == RegType.PTR_TO_PACKET_META);
        boolean matched = false;
        switch (op) {
            case JGT:
                if (dstIsPkt) {
                    matched = true;
                    goodPointers(thisBranch, dst, false);
                    markPktEnd(otherBranch, dreg, true);
                } else if (srcIsPkt) {
                    matched = true;
                    goodPointers(otherBranch, src, true);
                    markPktEnd(thisBranch, sreg, false);
                }
                break;
            case JLT:
                if (dstIsPkt) {
                    matched = true;
                    goodPointers(otherBranch, dst, true);
                    markPktEnd(thisBranch, dreg, false);
                } else if (srcIsPkt) {
                    matched = true;
                    goodPointers(thisBranch, src, false);
                    markPktEnd(otherBranch, sreg, true);
                }
                break;
            case JGE:
                if (dstIsPkt) {
                    matched = true;
                    goodPointers(thisBranch, dst, true);
                    markPktEnd(otherBranch, dreg, false);
                } else if (srcIsPkt) {
                    matched = true;
                    goodPointers(otherBranch, src, false);
                    markPktEnd(thisBranch, sreg, true);
                }
                break;
            case JLE:
                if (dstIsPkt) {
                    matched = true;
                    goodPointers(otherBranch, dst, false);
                    markPktEnd(thisBranch, dreg, true);
                } else if (srcIsPkt) {
                    matched = true;
                    goodPointers(thisBranch, src, true);
                    markPktEnd(otherBranch, sreg, false);
                }
                break;
            default:
                break;
        }
        return matched;
    }

    private static void goodPointers(VerifierState st, RegState ptr, boolean rightOpen) {
        if (ptr.off() < 0 || (ptr.off() == 0 && rightOpen)) {
            return;
        }
        if (Long.compareUnsigned(ptr.value().umax(), 0xffff) > 0 || ptr.value().umax() + ptr.off() > 0xffff) {
            return;
        }
        int newRange = ptr.off() + (rightOpen ? 1 : 0);
        for (FuncState f : st.frames) {
            for (int i = 0; i < FuncState.MAX_REGS; i++) {
                RegState r = f.regs[i];
                if (r.type() == ptr.type() && r.id() == ptr.id()) {
                    f.regs[i] = r.withRange(Math.max(r.range(), newRange));
                }
            }
            for (int i = 0; i < f.stack.size(); i++) {
                StackSlot s = f.stack.get(i);
                RegState r = s.spilled();
                if (s.isSpill() && r.type() == ptr.type() && r.id() == ptr.id()) {
                    f.stack.set(i, new StackSlot(s.types(), r.withRange(Math.max(r.range(), newRange))));
                }
            }
        }
    }

    private static void markPktEnd(VerifierState st, int regno, boolean rangeOpen) {
        FuncState f = st.cur();
        RegState r = f.regs[regno];
        if (r.type() != RegType.PTR_TO_PACKET) {
            return;
        }
        f.regs[regno] = r.withRange(rangeOpen ? -2 : -1);
    }
}
