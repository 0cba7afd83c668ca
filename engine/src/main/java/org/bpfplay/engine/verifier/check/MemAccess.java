/*
 * Loads, stores and atomics (check_mem_access and its stack/ctx/packet branches): alignment of
 * stack accesses, stack bounds, spills and fills with the kernel's partial-spill rules, zero/misc
 * bytes, context field access through CtxAccess, packet accesses against the proven range, and
 * the narrowing of loaded scalars to the access size.
 */
package org.bpfplay.engine.verifier.check;

import org.bpfplay.engine.isa.AtomicOp;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.Mode;
import org.bpfplay.engine.maps.Errno;
import org.bpfplay.engine.verifier.scalar.Scalar;
import org.bpfplay.engine.verifier.scalar.ScalarCasts;
import org.bpfplay.engine.verifier.scalar.Tnum;
import org.bpfplay.engine.verifier.state.FuncState;
import org.bpfplay.engine.verifier.state.RegState;
import org.bpfplay.engine.verifier.state.RegType;
import org.bpfplay.engine.verifier.state.SlotType;
import org.bpfplay.engine.verifier.state.StackSlot;

/** Memory access checks and their effect on the state. */
public final class MemAccess {
    private static final int MAX_STACK = 512;

    private MemAccess() {
    }

    /** LDX: {@code dst = *(size *)(src + off)}. */
    public static Failure load(CheckContext cx, Instruction in) {
        Failure f = cx.readReg(in.src());
        if (f == null) {
            f = cx.writeReg(in.dst());
        }
        if (f == null) {
            f = access(cx, in.src(), in.offset(), in.size().bytes, false, in.dst(), -1, in.mode() == Mode.MEMSX, null);
        }
        return f;
    }

    /** STX MEM: {@code *(size *)(dst + off) = src}. */
    public static Failure storeReg(CheckContext cx, Instruction in) {
        if (in.mode() != Mode.MEM || in.imm32() != 0) {
            return Failure.einval("BPF_STX uses reserved fields");
        }
        Failure f = cx.readReg(in.src());
        if (f == null) {
            f = cx.readReg(in.dst());
        }
        if (f == null) {
            f = access(cx, in.dst(), in.offset(), in.size().bytes, true, in.src(), -1, false, null);
        }
        return f;
    }

    /** ST MEM: {@code *(size *)(dst + off) = imm}. */
    public static Failure storeImm(CheckContext cx, Instruction in) {
        if (in.mode() != Mode.MEM || in.src() != 0) {
            return Failure.einval("BPF_ST uses reserved fields");
        }
        Failure f = cx.readReg(in.dst());
        if (f == null) {
            f = access(cx, in.dst(), in.offset(), in.size().bytes, true, -1, in.imm32(), false, in);
        }
        return f;
    }

    /** STX ATOMIC. */
    public static Failure atomic(CheckContext cx, Instruction in) {
        AtomicOp op = in.atomicOp();
        if (op == null) {
            return Failure.einval(String.format("BPF_ATOMIC uses invalid atomic opcode %02x", in.imm32()));
        }
        int size = in.size().bytes;
        if (size != 4 && size != 8) {
            return Failure.einval("invalid atomic operand size");
        }
        Failure f = cx.readReg(in.src());
        if (f == null) {
            f = cx.readReg(in.dst());
        }
        if (f == null && op == AtomicOp.CMPXCHG) {
            f = cx.readReg(0);
        }
        if (f != null) {
            return f;
        }
        if (op == AtomicOp.CMPXCHG && cx.isPointerValue(0)) {
            return Failure.eacces("R0 leaks addr into mem");
        }
        if (cx.isPointerValue(in.src())) {
            return Failure.eacces("R" + in.src() + " leaks addr into mem");
        }
        RegType t = cx.reg(in.dst()).type();
        if (t == RegType.PTR_TO_CTX || t.isPacket()) {
            return Failure.eacces("BPF_ATOMIC stores into R" + in.dst() + " " + t.logName + " is not allowed");
        }
        Failure mis = MapAccess.atomicAlignment(cx.reg(in.dst()), in.offset(), size);
        if (mis != null) {
            return mis;
        }
        int loadReg = -1;
        if (in.isFetch() || op == AtomicOp.XCHG || op == AtomicOp.CMPXCHG) {
            loadReg = op == AtomicOp.CMPXCHG ? 0 : in.src();
            if ((f = cx.writeReg(loadReg)) != null) {
                return f;
            }
        }
        f = access(cx, in.dst(), in.offset(), size, false, -1, 0, false, null);
        if (f == null && loadReg >= 0) {
            f = access(cx, in.dst(), in.offset(), size, false, loadReg, 0, false, null);
        }
        if (f == null) {
            f = access(cx, in.dst(), in.offset(), size, true, -1, 0, false, null);
        }
        return f;
    }

    /**
     * check_mem_access. {@code valueReg} is the register loaded into or stored from (-1: none);
     * {@code stImm} the immediate of an ST (with {@code stInsn} non-null).
     */
    static Failure access(CheckContext cx, int regno, int insnOff, int size, boolean write, int valueReg,
                          int stImm, boolean sx, Instruction stInsn) {
        RegState reg = cx.reg(regno);
        if (reg.type() == RegType.PTR_TO_STACK) {
            long fixed = (long) reg.off() + insnOff;
            if (size > 1 && !reg.value().varOff().add(Tnum.constant(fixed))
                    .isAligned(size)) {
                return Failure.eacces("misaligned stack access off " + tnumText(reg.value()) + "+" + reg.off() + "+"
                        + insnOff + " size " + size);
            }
        }
        int off = insnOff + reg.off();
        Failure f;
        switch (reg.type()) {
            case PTR_TO_CTX:
                if (write && valueReg >= 0 && cx.isPointerValue(valueReg)) {
                    return Failure.eacces("R" + valueReg + " leaks addr into ctx");
                }
                if (reg.off() < 0) {
                    return Failure.eacces("negative offset ctx ptr R" + regno + " off=" + reg.off() + " disallowed");
                }
                if (reg.off() != 0) {
                    return Failure.eacces("dereference of modified ctx ptr R" + regno + " off=" + reg.off() + " disallowed");
                }
                if (!reg.value().isConst() || reg.value().constValue() != 0) {
                    return Failure.eacces("variable ctx access var_off=" + reg.value().varOff() + " disallowed");
                }
                RegType t = CtxAccess.access(cx.progType, off, size, write, sx);
                if (t == null) {
                    return Failure.eacces("invalid bpf_context access off=" + off + " size=" + size);
                }
                if (!write && valueReg >= 0) {
                    if (t == RegType.SCALAR) {
                        cx.setReg(valueReg, RegState.unknownScalar());
                    } else if (t == RegType.PTR_TO_SOCK_COMMON_OR_NULL) {
                        cx.setReg(valueReg, RegState.pointer(t, 0).withId(cx.newId()));
                    } else {
                        cx.setReg(valueReg, RegState.pointer(t, 0));
                    }
                }
                break;
            case PTR_TO_STACK:
                f = stackBounds(cx, regno, reg, off, size, write);
                if (f != null) {
                    return f;
                }
                FuncState frame = cx.cur.frames.get(reg.frameno());
                if (!reg.value().isConst()) {
                    int minOff = (int) (reg.value().smin() + off);
                    int maxOff = (int) (reg.value().smax() + off);
                    growStack(frame, -minOff);
                    if (write) {
                        stackWriteVar(cx, frame, minOff, maxOff + size, valueReg, stImm, stInsn);
                    } else if (valueReg >= 0) {
                        for (int i = minOff; i < maxOff + size; i++) {
                            cx.markStackRead(frame.frameno, 1L << ((-i - 1) / 8));
                        }
                        // mark_reg_stack_read scratches the slots up to the first byte that is not zero
                        for (int i = minOff; i < maxOff + size; i++) {
                            int sl = -i - 1;
                            cx.log.scratchSlot(sl / 8);
                            if (frame.slot(sl / 8).type(sl % 8) != SlotType.ZERO) {
                                break;
                            }
                        }
                        cx.setReg(valueReg, allZero(frame, minOff, maxOff + size)
                                ? RegState.scalar(Scalar.constant(0)) : RegState.unknownScalar());
                    }
                    break;
                }
                int absOff = (int) (reg.value().constValue() + off);
                growStack(frame, -absOff);
                f = write ? stackWrite(cx, frame, absOff, size, valueReg, stImm, stInsn)
                        : stackRead(cx, frame, absOff, size, valueReg);
                if (f != null) {
                    return f;
                }
                break;
            case PTR_TO_PACKET:
            case PTR_TO_PACKET_META:
                if (write && !CtxAccess.mayWritePacket(cx.progType)) {
                    return Failure.eacces("cannot write into packet");
                }
                if (write && valueReg >= 0 && cx.isPointerValue(valueReg)) {
                    return Failure.eacces("R" + valueReg + " leaks addr into packet");
                }
                f = packet(regno, reg, off, size);
                if (f != null) {
                    return f;
                }
                if (!write && valueReg >= 0) {
                    cx.setReg(valueReg, RegState.unknownScalar());
                }
                break;
            case PTR_TO_MAP_VALUE:
            case PTR_TO_MAP_KEY:
            case PTR_TO_RINGBUF_MEM:
                f = MapAccess.access(cx, regno, off, size, write, valueReg);
                if (f != null) {
                    return f;
                }
                break;
            case PTR_TO_SOCK_COMMON:
            case PTR_TO_SOCKET:
            case PTR_TO_TCP_SOCK:
                f = SockAccess.access(cx, regno, off, size, write, valueReg);
                if (f != null) {
                    return f;
                }
                break;
            default:
                return Failure.eacces("R" + regno + " invalid mem access '" + reg.type().logName + "'");
        }
        if (!write && valueReg >= 0 && size < 8 && cx.reg(valueReg).isScalar()) {
            RegState v = cx.reg(valueReg);
            Scalar s = sx ? ScalarCasts.signExtend(v.value(), size) : ScalarCasts.coerceToSize(v.value(), size);
            cx.setReg(valueReg, v.withValue(s));
        }
        return null;
    }

    private static String tnumText(Scalar v) {
        return v.isConst() ? Long.toString(v.constValue()) : v.varOff().toString();
    }

    static Failure stackBounds(CheckContext cx, int regno, RegState reg, int off, int size, boolean write) {
        String what = write ? " write to" : " read from";
        // check_stack_slot_within_bounds: without allow_uninit_stack a read may not reach below the stack
        // the frame has grown to (allocated_stack), writes and root reads anywhere in the 512 bytes
        long minValid = write || cx.allowUninitStack ? -MAX_STACK
                : -8L * cx.cur.frames.get(reg.frameno()).stack.size();
        long minOff;
        long maxOff;
        if (reg.value().isConst()) {
            minOff = reg.value().constValue() + off;
            maxOff = minOff + size;
        } else {
            if (reg.value().smax() >= (1L << 29) || reg.value().smin() <= -(1L << 29)) {
                return Failure.eacces("invalid unbounded variable-offset" + what + " stack R" + regno);
            }
            minOff = reg.value().smin() + off;
            maxOff = reg.value().smax() + off + size;
        }
        Failure f = null;
        if (minOff >= 0 || minOff < minValid) {
            f = Failure.eacces("");
        } else if (maxOff > 0) {
            f = Failure.einval("");
        }
        if (f == null) {
            return null;
        }
        String msg = reg.value().isConst()
                ? "invalid" + what + " stack R" + regno + " off=" + off + " size=" + size
                : "invalid variable-offset" + what + " stack R" + regno + " var_off=" + reg.value().varOff()
                        + " off=" + off + " size=" + size;
        return new Failure(f.errno(), msg);
    }

    private static void growStack(FuncState frame, int bytes) {
        int slots = (bytes + 7) / 8;
        while (frame.stack.size() < slots) {
            frame.stack.add(StackSlot.EMPTY);
        }
    }

    private static int width(Scalar s) {
        return s.width();
    }

    private static Failure stackWrite(CheckContext cx, FuncState frame, int off, int size, int valueReg, int stImm,
                                      Instruction stInsn) {
        int slot = -off - 1;
        int spi = slot / 8;
        cx.log.scratchSlot(spi);
        StackSlot old = frame.slot(spi);
        if (!cx.allowPtrLeaks && old.isSpill() && !old.spilled().isScalar() && size != 8) {
            return Failure.eacces("attempt to corrupt spilled pointer on stack");
        }
        RegState reg = valueReg >= 0 ? cx.reg(valueReg) : null;
        boolean aligned = off % 8 == 0;
        if (aligned && size == 8) {
            cx.markStackWrite(frame.frameno, 1L << spi);
        }
        if (!cx.bypassSpecV4) {
            // the kernel looks at the slot's first `size` type bytes, whichever bytes are written
            boolean sanitize = reg != null && reg.isPointer();
            for (int i = 0; i < size && !sanitize; i++) {
                sanitize = old.type(i) != SlotType.MISC && old.type(i) != SlotType.ZERO;
            }
            if (sanitize) {
                cx.nospecResult.set(cx.insnIdx);
            }
        }
        if (reg != null && aligned && reg.isScalar()) {
            boolean fits = width(reg.value()) <= 8 * size;
            if (fits) {
                cx.assignIdBeforeMov(valueReg);
                reg = cx.reg(valueReg);
            }
            RegState saved = fits ? reg : reg.withLink(0, false, 0);
            frame.setSlot(spi, spill(old, saved, size));
            spilledAt(cx, frame, spi);
        } else if (reg == null && aligned && stInsn != null) {
            frame.setSlot(spi, spill(old, RegState.scalar(Scalar.constant(stImm)), size));
            spilledAt(cx, frame, spi);
        } else if (reg != null && reg.isPointer()) {
            if (size != 8) {
                return Failure.eacces("invalid size of register spill");
            }
            if (frame != cx.frame() && reg.type() == RegType.PTR_TO_STACK) {
                return Failure.einval("cannot spill pointers to stack into stack frame of the caller");
            }
            frame.setSlot(spi, spill(old, reg, size));
            spilledAt(cx, frame, spi);
        } else {
            SlotType[] types = old.types().clone();
            if (old.isSpill()) {
                for (int i = 0; i < 8; i++) {
                    if (types[i] == SlotType.SPILL) {
                        types[i] = SlotType.MISC;
                    }
                }
            }
            boolean zero = (reg != null && reg.isConst() && reg.value().constValue() == 0)
                    || (reg == null && stInsn != null && stImm == 0);
            SlotType t = zero ? SlotType.ZERO : SlotType.MISC;
            if (zero && reg != null) {
                // STACK_ZERO is only right while the register stays zero: the kernel makes it precise
                cx.needPrecise |= 1 << valueReg;
            }
            for (int i = 0; i < size; i++) {
                types[Math.floorMod(slot - i, 8)] = t;
            }
            frame.setSlot(spi, new StackSlot(types, RegState.NOT_INIT));
        }
        return null;
    }

    /**
     * Notes a spill to, or a fill that restores a register from, a stack slot (the kernel's
     * INSN_F_STACK_ACCESS history flag): precision backtracking follows values only through these.
     */
    private static void spilledAt(CheckContext cx, FuncState frame, int spi) {
        cx.lastStackSpi = spi;
        cx.lastStackFrame = frame.frameno;
    }

    /** save_register_state: the low {@code size} bytes become SPILL, the rest MISC unless ZERO/INVALID. */
    private static StackSlot spill(StackSlot old, RegState reg, int size) {
        SlotType[] types = old.types().clone();
        int i;
        for (i = 8; i > 8 - size; i--) {
            types[i - 1] = SlotType.SPILL;
        }
        for (; i > 0; i--) {
            SlotType t = types[i - 1];
            if (t != SlotType.ZERO && t != SlotType.INVALID) {
                types[i - 1] = SlotType.MISC;
            }
        }
        return new StackSlot(types, reg);
    }

    private static Failure stackRead(CheckContext cx, FuncState frame, int off, int size, int dst) {
        int slot = -off - 1;
        int spi = slot / 8;
        cx.log.scratchSlot(spi);
        cx.markStackRead(frame.frameno, 1L << spi);
        StackSlot s = frame.slot(spi);
        RegState spilled = s.spilled();
        if (s.isSpill()) {
            int spillSize = 1;
            for (int i = 7; i > 0 && s.type(i - 1) == SlotType.SPILL; i--) {
                spillSize++;
            }
            if (size != 8 || spillSize != 8) {
                if (!spilled.isScalar()) {
                    return Failure.eacces("invalid size of register fill");
                }
                if (dst < 0) {
                    return null;
                }
                if (size <= spillSize && off % 8 == 0) {
                    RegState r = spilled;
                    if (width(r.value()) > size * 8) {
                        r = r.withLink(0, false, 0);
                    }
                    cx.setReg(dst, r.withPrecise(false));
                    spilledAt(cx, frame, spi);
                } else {
                    int spillCnt = 0;
                    int zeroCnt = 0;
                    for (int i = 0; i < size; i++) {
                        SlotType t = s.type(Math.floorMod(slot - i, 8));
                        if (t == SlotType.SPILL) {
                            spillCnt++;
                        } else if (t == SlotType.ZERO) {
                            zeroCnt++;
                        } else if (t == SlotType.INVALID && !cx.allowUninitStack) {
                            return Failure.eacces("invalid read from stack off " + off + "+" + i + " size " + size);
                        }
                    }
                    if (spillCnt == size && spilled.isConst() && spilled.value().constValue() == 0) {
                        cx.setReg(dst, RegState.scalar(Scalar.constant(0)));
                        spilledAt(cx, frame, spi);
                    } else if (zeroCnt == size) {
                        cx.setReg(dst, RegState.scalar(Scalar.constant(0)));
                    } else {
                        cx.setReg(dst, RegState.unknownScalar());
                    }
                }
            } else if (dst >= 0) {
                cx.setReg(dst, spilled);
                spilledAt(cx, frame, spi);
            } else if (!cx.allowPtrLeaks && spilled.isPointer()) {
                return Failure.eacces("leaking pointer from stack off " + off);
            } else {
                spilledAt(cx, frame, spi);
            }
            return null;
        }
        if (!cx.allowUninitStack) {
            // below the allocated stack stackBounds has refused already; here the first unwritten byte
            for (int i = 0; i < size; i++) {
                int sl = -(off + i) - 1;
                if (frame.slot(sl / 8).type(sl % 8) == SlotType.INVALID) {
                    return Failure.eacces("invalid read from stack off " + off + "+" + i + " size " + size);
                }
            }
        }
        if (dst >= 0) {
            boolean allZero = true;
            for (int i = off; i < off + size; i++) {
                int sl = -i - 1;
                if (frame.slot(sl / 8).type(sl % 8) != SlotType.ZERO) {
                    allZero = false;
                    break;
                }
            }
            cx.setReg(dst, allZero ? RegState.scalar(Scalar.constant(0)) : RegState.unknownScalar());
        }
        return null;
    }

    private static boolean allZero(FuncState frame, int from, int to) {
        for (int i = from; i < to; i++) {
            int sl = -i - 1;
            if (frame.slot(sl / 8).type(sl % 8) != SlotType.ZERO) {
                return false;
            }
        }
        return true;
    }

    /** check_stack_write_var_off (root): every byte the write may touch becomes MISC (or stays ZERO). */
    private static void stackWriteVar(CheckContext cx, FuncState frame, int from, int to, int valueReg, int stImm,
                                      Instruction stInsn) {
        RegState v = valueReg >= 0 ? cx.reg(valueReg) : null;
        boolean zero = (v != null && v.isConst() && v.value().constValue() == 0)
                || (v == null && stInsn != null && stImm == 0);
        boolean zeroUsed = false;
        for (int i = from; i < to; i++) {
            int sl = -i - 1;
            int spi = sl / 8;
            cx.log.scratchSlot(spi);
            StackSlot s = frame.slot(spi);
            SlotType t = s.type(sl % 8);
            if (zero && t == SlotType.SPILL && s.spilled().isScalar() && s.spilled().isConst()
                    && s.spilled().value().constValue() == 0) {
                zeroUsed = true;
                continue;
            }
            SlotType[] types = s.types().clone();
            if (s.isSpill()) {
                // 6.18 (as recorded): the first other byte of a spilled slot scrubs the whole slot,
                // zero bytes included
                for (int b = 0; b < 8; b++) {
                    if (types[b] != SlotType.INVALID) {
                        types[b] = SlotType.MISC;
                    }
                }
                t = types[sl % 8];
            }
            types[sl % 8] = zero && t == SlotType.ZERO ? SlotType.ZERO : SlotType.MISC;
            zeroUsed |= zero && t == SlotType.ZERO;
            frame.setSlot(spi, new StackSlot(types, RegState.NOT_INIT));
        }
        if (zeroUsed && v != null) {
            // a zero kept in the stack relies on the written register being exactly zero
            cx.needPrecise |= 1 << valueReg;
        }
    }

    static Failure packet(int regno, RegState reg, int off, int size) {
        if (reg.value().smin() < 0) {
            return Failure.eacces("R" + regno + " min value is negative, either use unsigned index or do a if (index >=0) check.");
        }
        if (reg.range() < 0 || !(off >= 0 && (long) off + size <= reg.range())) {
            String first = reg.range() < 0 ? "" : "invalid access to packet, off=" + off + " size=" + size + ", R" + regno
                    + "(id=" + reg.id() + ",off=" + off + ",r=" + reg.range() + ")\n";
            return new Failure(reg.range() < 0 ? Errno.EINVAL
                    : Errno.EACCES, first + "R" + regno + " offset is outside of the packet");
        }
        return null;
    }
}
