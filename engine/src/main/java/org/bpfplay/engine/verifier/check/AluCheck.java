/*
 * ALU instructions (check_alu_op, adjust_reg_min_max_vals, adjust_ptr_min_max_vals): reserved
 * field checks in the kernel's order, movs with scalar id linking, scalar arithmetic via
 * ScalarAlu, and the pointer arithmetic rules of the root mode (pointer +/- scalar, pointer -
 * pointer gives a scalar, everything else on pointers rejected with the kernel's message).
 */
package org.bpfplay.engine.verifier.check;

import org.bpfplay.engine.isa.AluOp;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.Source;
import org.bpfplay.engine.verifier.scalar.Scalar;
import org.bpfplay.engine.verifier.scalar.ScalarAlu;
import org.bpfplay.engine.verifier.state.RegState;
import org.bpfplay.engine.verifier.state.RegType;

/** Transfer function and checks of ALU/ALU64 instructions. */
public final class AluCheck {
    private static final long MAX_VAR_OFF = 1L << 29;

    private AluCheck() {
    }

    /** Result of an ALU check: a failure, or a fork (dst 0 state to push) for and/or on {-1,0}. */
    public record Outcome(Failure failure, RegState forkedDst) {
        static final Outcome OK = new Outcome(null, null);

        static Outcome fail(Failure f) {
            return new Outcome(f, null);
        }
    }

    public static Outcome check(CheckContext cx, Instruction in) {
        AluOp op = in.aluOp();
        boolean alu64 = in.isAlu64();
        boolean regSrc = in.source() == Source.X;
        Failure f;
        if (op == null) {
            return Outcome.fail(Failure.einval(String.format("invalid BPF_ALU opcode %x", in.opcode() & 0xf0)));
        }
        if (op == AluOp.END || op == AluOp.NEG) {
            if (op == AluOp.NEG) {
                if (regSrc || in.src() != 0 || in.offset() != 0 || in.imm32() != 0) {
                    return Outcome.fail(Failure.einval("BPF_NEG uses reserved fields"));
                }
            } else if (in.src() != 0 || in.offset() != 0 || (in.imm32() != 16 && in.imm32() != 32 && in.imm32() != 64)
                    || (alu64 && regSrc)) {
                return Outcome.fail(Failure.einval("BPF_END uses reserved fields"));
            }
            if ((f = cx.readReg(in.dst())) != null) {
                return Outcome.fail(f);
            }
            if (cx.isPointerValue(in.dst())) {
                return Outcome.fail(Failure.eacces("R" + in.dst() + " pointer arithmetic prohibited"));
            }
            // root (allow_ptr_leaks): a pointer operand is not rejected, the result is unknown
            if ((f = cx.writeReg(in.dst())) != null) {
                return Outcome.fail(f);
            }
            if (cx.reg(in.dst()).isPointer()) {
                cx.setReg(in.dst(), RegState.unknownScalar());
                return Outcome.OK;
            }
            Scalar v = cx.reg(in.dst()).value();
            Scalar r = op == AluOp.NEG ? ScalarAlu.neg(alu64, v) : ScalarAlu.endian(alu64, regSrc, in.imm32(), v);
            cx.setReg(in.dst(), RegState.scalar(r));
            return Outcome.OK;
        }
        if (op == AluOp.MOV) {
            return Outcome.fail(mov(cx, in, alu64, regSrc));
        }
        // binary ops
        if (regSrc) {
            if (in.imm32() != 0 || (in.offset() != 0 && in.offset() != 1)
                    || (in.offset() == 1 && op != AluOp.MOD && op != AluOp.DIV)) {
                return Outcome.fail(Failure.einval("BPF_ALU uses reserved fields"));
            }
            if ((f = cx.readReg(in.src())) != null) {
                return Outcome.fail(f);
            }
        } else if (in.src() != 0 || (in.offset() != 0 && in.offset() != 1)
                || (in.offset() == 1 && op != AluOp.MOD && op != AluOp.DIV)) {
            return Outcome.fail(Failure.einval("BPF_ALU uses reserved fields"));
        }
        if ((f = cx.readReg(in.dst())) != null) {
            return Outcome.fail(f);
        }
        if ((op == AluOp.MOD || op == AluOp.DIV) && !regSrc && in.imm32() == 0) {
            return Outcome.fail(Failure.einval("div by zero"));
        }
        if ((op == AluOp.LSH || op == AluOp.RSH || op == AluOp.ARSH) && !regSrc) {
            int size = alu64 ? 64 : 32;
            if (in.imm32() < 0 || in.imm32() >= size) {
                return Outcome.fail(Failure.einval("invalid shift " + in.imm32()));
            }
        }
        if ((f = cx.writeReg(in.dst())) != null) {
            return Outcome.fail(f);
        }
        return binary(cx, in, op, alu64, regSrc);
    }

    private static Failure mov(CheckContext cx, Instruction in, boolean alu64, boolean regSrc) {
        Failure f;
        int off = in.offset();
        if (regSrc) {
            if (alu64 && off == 1) {
                return in.imm32() != 1 && in.imm32() != 1 << 16
                        ? Failure.einval("addr_space_cast insn can only convert between address space 1 and 0")
                        : Failure.einval("addr_space_cast insn can only be used in a program that has an associated arena");
            }
            boolean offOk = off == 0 || off == 8 || off == 16 || (alu64 && off == 32);
            if (!offOk || in.imm32() != 0) {
                return Failure.einval("BPF_MOV uses reserved fields");
            }
            if ((f = cx.readReg(in.src())) != null) {
                return f;
            }
        } else if (in.src() != 0 || off != 0) {
            return Failure.einval("BPF_MOV uses reserved fields");
        }
        if ((f = cx.writeReg(in.dst())) != null) {
            return f;
        }
        if (!regSrc) {
            cx.setReg(in.dst(), RegState.scalar(ScalarAlu.movImm(alu64, in.imm32())));
            return null;
        }
        RegState src = cx.reg(in.src());
        if (cx.isPointerValue(in.src()) && !(alu64 && off == 0)) {
            return Failure.eacces("R" + in.src() + (alu64 ? " sign-extension part of pointer" : " partial copy of pointer"));
        }
        if (alu64 && off == 0) {
            cx.assignIdBeforeMov(in.src());
            cx.setReg(in.dst(), cx.reg(in.src()));
            return null;
        }
        if (src.isPointer()) {
            // root: the copy of part of a pointer is an unknown number (zero-extended for a 32-bit mov)
            Scalar u = Scalar.unknown();
            cx.setReg(in.dst(), RegState.scalar(alu64 ? u : ScalarAlu.mov(false, 0, u)));
            return null;
        }
        boolean keep = ScalarAlu.movKeepsId(alu64, off, src.value());
        if (keep) {
            cx.assignIdBeforeMov(in.src());
        }
        RegState s = cx.reg(in.src());
        RegState d = RegState.scalar(ScalarAlu.mov(alu64, off, s.value()));
        if (keep && s.id() != 0) {
            d = d.withLink(s.id(), false, 0);
        }
        cx.setReg(in.dst(), d);
        return null;
    }

    private static Outcome binary(CheckContext cx, Instruction in, AluOp op, boolean alu64, boolean regSrc) {
        RegState dst = cx.reg(in.dst());
        RegState src = regSrc ? cx.reg(in.src()) : RegState.scalar(ScalarAlu.immediate(in.imm32()));
        if (regSrc && src.isPointer()) {
            if (dst.isPointer()) {
                if (op == AluOp.SUB && cx.allowPtrLeaks) {
                    cx.setReg(in.dst(), RegState.unknownScalar());
                    return Outcome.OK;
                }
                return Outcome.fail(Failure.eacces("R" + in.dst() + " pointer " + op.operator + " pointer prohibited"));
            }
            cx.needPrecise |= 1 << in.dst();
            return Outcome.fail(pointerMath(cx, in, op, alu64, src, dst, true));
        }
        if (dst.isPointer()) {
            if (regSrc) {
                cx.needPrecise |= 1 << in.src();
            }
            return Outcome.fail(pointerMath(cx, in, op, alu64, dst, src, false));
        }
        ScalarAlu.Fork fork = ScalarAlu.forkBeforeBitOp(op, dst.value(), src.value());
        RegState forked = null;
        if (fork != null) {
            forked = dst.withValue(fork.zero());
            dst = dst.withValue(fork.minusOne());
        }
        Scalar r = ScalarAlu.binary(op, alu64, dst.value(), src.value());
        RegState out;
        if ((op == AluOp.ADD || op == AluOp.SUB) && alu64 && dst.id() != 0 && src.isConst()) {
            // 6.18 (stable) links rX = rY +/- s32 constant, negative deltas included
            long val = src.value().constValue();
            boolean keep = val >= Integer.MIN_VALUE && val <= Integer.MAX_VALUE
                    && !(op == AluOp.SUB && val == Integer.MIN_VALUE) && !dst.addConst();
            int delta = op == AluOp.SUB ? -(int) val : (int) val;
            out = keep ? RegState.scalar(r).withLink(dst.id(), true, delta) : RegState.scalar(r);
        } else {
            out = RegState.scalar(r);
        }
        cx.setReg(in.dst(), out);
        return new Outcome(null, forked);
    }

    /** adjust_ptr_min_max_vals for ctx, stack and packet pointers. */
    private static Failure pointerMath(CheckContext cx, Instruction in, AluOp op, boolean alu64,
                                       RegState ptr, RegState offReg, boolean scalarIsDst) {
        int dst = in.dst();
        if (!alu64) {
            if (op == AluOp.SUB && cx.allowPtrLeaks) {
                cx.setReg(dst, RegState.unknownScalar());
                return null;
            }
            return Failure.eacces("R" + dst + " 32-bit pointer arithmetic prohibited");
        }
        if (ptr.type().maybeNull()) {
            return Failure.eacces("R" + dst + " pointer arithmetic on " + ptr.type().logName
                    + " prohibited, null-check it first");
        }
        if (ptr.type() == RegType.CONST_PTR_TO_MAP && offReg.isConst() && offReg.value().constValue() == 0
                && op == AluOp.ADD) {
            cx.setReg(dst, ptr);
            return null;
        }
        if (ptr.type() == RegType.PTR_TO_PACKET_END || ptr.type().isSock()
                || ptr.type() == RegType.CONST_PTR_TO_MAP) {
            return Failure.eacces("R" + dst + " pointer arithmetic on " + ptr.type().logName + " prohibited");
        }
        Scalar o = offReg.value();
        boolean known = o.isConst();
        Failure f = saneOffset(offReg.value(), 0, ptr.type());
        if (f == null) {
            f = saneOffset(ptr.value(), ptr.off(), ptr.type());
        }
        if (f != null) {
            return f;
        }
        boolean sanitize = (op == AluOp.ADD || op == AluOp.SUB) && !cx.bypassSpecV1 && in.source() == Source.X;
        long[] before = null;
        if (sanitize) {
            before = PtrSanitation.before(cx, in, op, ptr, offReg, scalarIsDst);
            if (before.length == 1) {
                return PtrSanitation.failure(in, op, (int) before[0], scalarIsDst);
            }
            if (!known) {
                cx.speculativeAluFork = ptr;
            }
        }
        RegState res;
        switch (op) {
            case ADD:
                if (known && fitsInt((long) ptr.off() + o.smin())) {
                    res = ptr.withOff((int) (ptr.off() + o.smin()));
                } else {
                    res = ptr.withValue(ptrBounds(ScalarAlu.binary(AluOp.ADD, true, ptr.value(), o)));
                    if (ptr.type().isPacket()) {
                        res = res.withId(cx.newId()).withRange(0);
                    }
                }
                break;
            case SUB:
                if (scalarIsDst) {
                    return Failure.eacces("R" + dst + " tried to subtract pointer from scalar");
                }
                if (ptr.type() == RegType.PTR_TO_STACK) {
                    return Failure.eacces("R" + dst + " subtraction from stack pointer prohibited");
                }
                if (known && fitsInt((long) ptr.off() - o.smin())) {
                    res = ptr.withOff((int) (ptr.off() - o.smin()));
                } else {
                    res = ptr.withValue(ptrBounds(ScalarAlu.binary(AluOp.SUB, true, ptr.value(), o)));
                    if (ptr.type().isPacket()) {
                        res = res.withId(cx.newId());
                        if (o.smin() < 0) {
                            res = res.withRange(0);
                        }
                    }
                }
                break;
            case AND:
            case OR:
            case XOR:
                return Failure.eacces("R" + dst + " bitwise operator " + op.operator + " on pointer prohibited");
            default:
                return Failure.eacces("R" + dst + " pointer arithmetic with " + op.operator + " operator prohibited");
        }
        f = saneOffset(res.value(), res.off(), ptr.type());
        if (f != null) {
            return f;
        }
        if (!cx.bypassSpecV1) {
            f = PtrSanitation.checkBounds(dst, res);
            if (f != null) {
                return f;
            }
        }
        if (sanitize) {
            int reason = PtrSanitation.commit(cx, op, res, before);
            if (reason != 0) {
                return PtrSanitation.failure(in, op, reason, scalarIsDst);
            }
        }
        cx.setReg(dst, res);
        return null;
    }

    /** Pointers carry no 32-bit bounds: drop them and re-derive from the 64-bit ones. */
    private static Scalar ptrBounds(Scalar s) {
        return new Scalar(s.varOff(), s.smin(), s.smax(), s.umin(), s.umax(),
                Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1).synced();
    }

    private static boolean fitsInt(long v) {
        return v == (int) v;
    }

    /** check_reg_sane_offset. */
    private static Failure saneOffset(Scalar v, int off, RegType type) {
        String t = type.logName;
        if (v.isConst() && (v.constValue() >= MAX_VAR_OFF || v.constValue() <= -MAX_VAR_OFF)) {
            return Failure.einval("math between " + t + " pointer and " + v.constValue() + " is not allowed");
        }
        if (off >= MAX_VAR_OFF || off <= -MAX_VAR_OFF) {
            return Failure.einval(t + " pointer offset " + off + " is not allowed");
        }
        if (v.smin() == Long.MIN_VALUE) {
            return Failure.einval("math between " + t + " pointer and register with unbounded min value is not allowed");
        }
        if (v.smin() >= MAX_VAR_OFF || v.smin() <= -MAX_VAR_OFF) {
            return Failure.einval("value " + v.smin() + " makes " + t + " pointer be out of bounds");
        }
        return null;
    }
}
