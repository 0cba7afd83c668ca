package org.bpfplay.engine.asm;

import java.util.Locale;
import java.util.function.Consumer;

import org.bpfplay.engine.asm.Cursor.Access;
import org.bpfplay.engine.asm.Cursor.Address;
import org.bpfplay.engine.isa.AtomicOp;
import org.bpfplay.engine.isa.InsnClass;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.Mode;
import org.bpfplay.engine.isa.Register;
import org.bpfplay.engine.isa.Size;

/**
 * Syntax rules of the function-like memory instructions: atomics ({@code atomic_fetch_add},
 * {@code xchg_64}, {@code cmpxchg_64}), load-acquire/store-release and the legacy packet loads
 * ({@code r0 = *(u8 *)skb[12]}). Each reads the rest of a statement from a {@link Cursor} and
 * hands the instruction to {@code out}.
 */
final class MemoryForms {
    private MemoryForms() {
    }

    /** {@code (u64 *)} or {@code (u32 *)}: the only sizes of read-modify-write atomics. */
    static Access atomicAccess(Cursor c) {
        Access access = c.access();
        if (access.signed() || (access.size() != Size.W && access.size() != Size.DW)) {
            throw Cursor.error(access.at(), "atomic operations work on u32 or u64, not " + access.name());
        }
        return access;
    }

    /** u64 atomics take r registers; u32 take w registers (and r for the lock form). */
    static void checkWidth(Access access, Reg r) {
        if (access.size() == Size.DW && r.alu32()) {
            throw Cursor.error(r.at(), "a u64 atomic needs a 64-bit register: write r" + r.number());
        }
    }

    /** {@code r0 = atomic_fetch_add((u64 *)(r1 + 0), r0)}; the result register is also the operand. */
    static void atomicFetch(Cursor c, Reg dst, String word, Token name, Consumer<Instruction> out) {
        AtomicOp op = null;
        for (AtomicOp o : AtomicOp.values()) {
            if (o.isArithmetic() && word.equals("atomic_fetch_" + o.name)) {
                op = o;
            }
        }
        if (op == null) {
            throw Cursor.shape(name, "unknown atomic '" + word + "' (there are atomic_fetch_add, _and, _or, _xor)");
        }
        c.expect("(");
        Access access = atomicAccess(c);
        Address a = c.address();
        c.expect(",");
        Reg val = c.register("a register");
        c.expect(")");
        matchWidth(access, dst);
        sameRegister(dst, val, word);
        out.accept(Instruction.atomic(op, true, access.size(), Register.of(a.base().number()), a.offset(),
                Register.of(val.number())));
    }

    /** {@code r0 = xchg_64(r1 + 0, r0)}, {@code w0 = xchg32_32(r1 + 0, w0)}. */
    static void exchange(Cursor c, Reg dst, boolean is32, Consumer<Instruction> out) {
        String name = is32 ? "xchg32_32" : "xchg_64";
        c.expect("(");
        Address a = c.addressInner();
        c.expect(",");
        Reg val = c.register("a register");
        c.expect(")");
        Access access = new Access(is32 ? Size.W : Size.DW, false, dst.at());
        matchWidth(access, dst);
        sameRegister(dst, val, name);
        out.accept(Instruction.atomic(AtomicOp.XCHG, true, access.size(), Register.of(a.base().number()),
                a.offset(), Register.of(val.number())));
    }

    /** {@code r0 = cmpxchg_64(r1 + 0, r0, r2)}: compares with r0, always returns into r0. */
    static void compareExchange(Cursor c, Reg dst, boolean is32, Consumer<Instruction> out) {
        String r0 = is32 ? "w0" : "r0";
        String name = is32 ? "cmpxchg32_32" : "cmpxchg_64";
        c.expect("(");
        Address a = c.addressInner();
        c.expect(",");
        Reg expected = c.register("register " + r0);
        c.expect(",");
        Reg val = c.register("a register");
        c.expect(")");
        Access access = new Access(is32 ? Size.W : Size.DW, false, dst.at());
        for (Reg r : new Reg[] {dst, expected}) {
            if (r.number() != 0 || r.alu32() != is32) {
                throw Cursor.error(r.at(), name + " always compares with and returns into " + r0
                        + ": write " + r0 + " = " + name + "(..., " + r0 + ", ...)");
            }
        }
        matchWidth(access, val);
        out.accept(Instruction.atomic(AtomicOp.CMPXCHG, true, access.size(), Register.of(a.base().number()),
                a.offset(), Register.of(val.number())));
    }

    /** {@code r0 = load_acquire((u64 *)(r1 + 0))} (LLVM 20 syntax; llvm-mc-19 lacks it). */
    static void loadAcquire(Cursor c, Reg dst, Consumer<Instruction> out) {
        c.expect("(");
        Access access = c.access();
        Address a = c.address();
        c.expect(")");
        if (access.signed()) {
            throw Cursor.error(access.at(), "load_acquire is unsigned: write u" + access.size().bits());
        }
        if (dst.alu32() && access.size() == Size.DW) {
            throw Cursor.error(dst.at(), "a u64 load_acquire needs a 64-bit register: write r" + dst.number());
        }
        out.accept(new Instruction(Mode.ATOMIC.opcode(InsnClass.STX, access.size()), dst.number(),
                a.base().number(), a.offset(), AtomicOp.LOAD_ACQUIRE.imm(false)));
    }

    /** {@code store_release((u64 *)(r1 + 0), r2)} (LLVM 20 syntax; llvm-mc-19 lacks it). */
    static void storeRelease(Cursor c, Consumer<Instruction> out) {
        c.expect("(");
        Access access = c.access();
        Address a = c.address();
        c.expect(",");
        Reg src = c.register("a register");
        c.expect(")");
        if (access.signed()) {
            throw Cursor.error(access.at(), "store_release is unsigned: write u" + access.size().bits());
        }
        checkWidth(access, src);
        out.accept(new Instruction(Mode.ATOMIC.opcode(InsnClass.STX, access.size()), a.base().number(),
                src.number(), a.offset(), AtomicOp.STORE_RELEASE.imm(false)));
    }

    /** Legacy packet loads: {@code r0 = *(u8 *)skb[12]} (LD_ABS), {@code r0 = *(u16 *)skb[r1 + 4]} (LD_IND). */
    static void packetLoad(Cursor c, Reg dst, Access access, Consumer<Instruction> out) {
        c.next();
        if (dst.number() != 0 || dst.alu32()) {
            throw Cursor.error(dst.at(), "legacy packet loads always write r0: write r0 = *(" + access.name() + " *)skb[...]");
        }
        if (access.signed() || access.size() == Size.DW) {
            throw Cursor.error(access.at(), "legacy packet loads are u8, u16 or u32, not " + access.name());
        }
        c.expect("[");
        Instruction insn;
        if (c.atRegister()) {
            Reg index = c.register64("the index register");
            // skb[r1 + 4] is the kernel's spelling of LD_IND with imm 4; llvm-mc-19 only takes skb[r1].
            int imm = c.peek().is("+") || c.peek().is("-") ? c.imm32("packet offset", "") : 0;
            insn = new Instruction(Mode.IND.opcode(InsnClass.LD, access.size()), 0, index.number(), 0, imm);
        } else {
            insn = new Instruction(Mode.ABS.opcode(InsnClass.LD, access.size()), 0, 0, 0, c.imm32("packet offset", ""));
        }
        c.expect("]");
        out.accept(insn);
    }

    private static void matchWidth(Access access, Reg r) {
        boolean want32 = access.size() == Size.W;
        if (r.alu32() != want32) {
            throw Cursor.error(r.at(), "a " + access.name() + " atomic uses " + (want32 ? "w" : "r")
                    + " registers: write " + (want32 ? "w" : "r") + r.number());
        }
    }

    private static void sameRegister(Reg dst, Reg val, String name) {
        if (dst.number() != val.number() || dst.alu32() != val.alu32()) {
            throw Cursor.error(val.at(), name.toLowerCase(Locale.ROOT) + " returns the old value in the register it takes:"
                    + " write " + dst.name() + " = " + name + "(..., " + dst.name() + ")");
        }
    }
}
