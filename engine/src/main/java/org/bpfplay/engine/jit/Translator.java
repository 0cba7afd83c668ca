package org.bpfplay.engine.jit;

import static org.bpfplay.engine.jit.CodeBuffer.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bpfplay.engine.isa.AluOp;
import org.bpfplay.engine.isa.AtomicOp;
import org.bpfplay.engine.isa.InsnClass;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.JumpOp;
import org.bpfplay.engine.isa.Mode;

/*
 * eBPF blocks to the bytecode of one method:
 *     long run(long[] regs, Memory mem, long left, int pc)
 * Prologue: r0..r10 from regs into long locals, then a lookupswitch on pc to the block entries.
 * Each block first charges its instruction count to `left` (or, if it does not fit, returns to the
 * machine at its first pc so the interpreter can spend the rest exactly), then runs straight-line
 * code; jumps go to the target's block label, or return to the machine when the target is left to
 * the interpreter. Every return writes the registers back and yields pc << 32 | left (bit 63 for
 * an exit). A failed memory access returns at its pc with the not-yet-run instructions of its
 * block given back to `left`. The operand stack is empty at every label and the locals below are
 * all live from the prologue on, so one StackMapTable frame fits every label.
 */
final class Translator {
    static final String MEMORY = "org/bpfplay/engine/interp/Memory";
    static final String DESCRIPTOR = "([JL" + MEMORY + ";JI)J";
    static final String JIT_MATH = "org/bpfplay/engine/jit/JitMath";
    /**
     * Bytecode size above which a program is left to the interpreter: HotSpot never compiles a
     * method larger than 8000 bytes (-XX:HugeMethodLimit), and bytecode it only interprets would
     * be slower than our interpreter. (It also keeps every branch offset within 16 bits.)
     */
    static final int MAX_CODE = 8000;

    // Local variable slots.
    private static final int THIS = 0;
    private static final int REGS = 1;
    private static final int MEM = 2;
    private static final int LEFT = 3;
    private static final int PC = 5;
    private static final int TMP = 6;
    private static final int R0 = 8;
    static final int MAX_LOCALS = R0 + 2 * 11;
    static final int MAX_STACK = 12;
    private static final long M32 = 0xffff_ffffL;

    private final BlockPlan plan;
    private final ConstantPool pool;
    private final CodeBuffer code;
    private final ImmSource imms;
    private final Label[] blockLabel;
    private final Map<Integer, Label> returnAt = new LinkedHashMap<>();
    /** Memory fault stubs: key pc, value {label, instructions to give back}. */
    private final Map<Integer, Object[]> faultAt = new LinkedHashMap<>();
    private final Label ret;
    private final Label retExit;

    interface ImmSource {
        long imm(int pc);
    }

    Translator(BlockPlan plan, ConstantPool pool, ImmSource imms) {
        this.plan = plan;
        this.pool = pool;
        this.imms = imms;
        this.code = new CodeBuffer(pool);
        this.blockLabel = new Label[plan.slots + 1];
        this.ret = code.label();
        this.retExit = code.label();
    }

    /** The locals of every frame: this, long[], Memory, long left, int pc, long tmp, r0..r10. */
    static int[] frameLocals(ConstantPool pool, String thisClass) {
        List<Integer> l = new ArrayList<>(List.of(ClassFile.V_OBJECT, pool.classRef(thisClass),
                ClassFile.V_OBJECT, pool.classRef("[J"), ClassFile.V_OBJECT, pool.classRef(MEMORY),
                ClassFile.V_LONG, ClassFile.V_INTEGER, ClassFile.V_LONG));
        for (int i = 0; i <= 10; i++) {
            l.add(ClassFile.V_LONG);
        }
        return l.stream().mapToInt(Integer::intValue).toArray();
    }

    CodeBuffer translate() {
        for (BlockPlan.Block b : plan.blocks) {
            blockLabel[b.start()] = code.label();
        }
        prologue();
        List<BlockPlan.Block> blocks = plan.blocks;
        for (int i = 0; i < blocks.size(); i++) {
            int nextStart = i + 1 < blocks.size() ? blocks.get(i + 1).start() : -1;
            block(blocks.get(i), nextStart);
            if (code.size() > MAX_CODE) {
                return null;
            }
        }
        for (Map.Entry<Integer, Label> e : returnAt.entrySet()) {
            code.place(e.getValue());
            code.pushInt(e.getKey());
            code.local(ISTORE, PC);
            code.jump(GOTO, ret);
        }
        for (Map.Entry<Integer, Object[]> e : faultAt.entrySet()) {
            code.place((Label) e.getValue()[0]);
            code.pushInt(e.getKey());
            code.local(ISTORE, PC);
            code.local(LLOAD, LEFT);
            code.pushLong((Integer) e.getValue()[1]);
            code.op(LADD);
            code.local(LSTORE, LEFT);
            code.jump(GOTO, ret);
        }
        epilogue(ret, false);
        epilogue(retExit, true);
        return code.size() > MAX_CODE ? null : code;
    }

    private static int reg(int n) {
        return R0 + 2 * n;
    }

    private void prologue() {
        for (int i = 0; i <= 10; i++) {
            code.local(ALOAD, REGS);
            code.pushInt(i);
            code.op(LALOAD);
            code.local(LSTORE, reg(i));
        }
        code.op(LCONST_0);
        code.local(LSTORE, TMP);
        code.local(ILOAD, PC);
        int n = plan.blocks.size();
        int[] keys = new int[n];
        Label[] targets = new Label[n];
        for (int i = 0; i < n; i++) {
            keys[i] = plan.blocks.get(i).start();
            targets[i] = blockLabel[keys[i]];
        }
        code.lookupSwitch(keys, targets, ret);
    }

    private void epilogue(Label at, boolean exit) {
        code.place(at);
        for (int i = 0; i <= 10; i++) {
            code.local(ALOAD, REGS);
            code.pushInt(i);
            code.local(LLOAD, reg(i));
            code.op(LASTORE);
        }
        code.local(ILOAD, PC);
        code.op(I2L);
        code.pushInt(32);
        code.op(LSHL);
        code.local(LLOAD, LEFT);
        code.op(LOR);
        if (exit) {
            code.pushLong(Long.MIN_VALUE);
            code.op(LOR);
        }
        code.op(LRETURN);
    }

    /** Where control goes to continue at {@code pc}: its block, or back to the machine. */
    private Label target(int pc) {
        if (pc >= 0 && pc < plan.slots && plan.entry[pc]) {
            return blockLabel[pc];
        }
        return returnAt.computeIfAbsent(pc, k -> code.label());
    }

    private void block(BlockPlan.Block b, int nextStart) {
        code.place(blockLabel[b.start()]);
        int n = b.count();
        code.local(LLOAD, LEFT);
        code.pushLong(n);
        code.op(LCMP);
        code.jump(IFLT, returnAt.computeIfAbsent(b.start(), k -> code.label()));
        code.local(LLOAD, LEFT);
        code.pushLong(n);
        code.op(LSUB);
        code.local(LSTORE, LEFT);
        for (int i = 0; i < n; i++) {
            int pc = b.pcs()[i];
            Instruction insn = plan.program.at(pc);
            switch (plan.kinds[pc]) {
                case STRAIGHT:
                    straight(pc, insn, n - i);
                    break;
                case JUMP:
                    jump(pc, insn, nextStart);
                    return;
                case EXIT:
                    code.pushInt(pc);
                    code.local(ISTORE, PC);
                    code.jump(GOTO, retExit);
                    return;
                default:
                    throw new IllegalStateException("interpreted instruction inside a block at pc " + pc);
            }
        }
        // Fell through into the next block (or to an instruction the interpreter runs).
        int next = b.last() + plan.program.at(b.last()).width();
        if (next != nextStart) {
            code.jump(GOTO, target(next));
        }
    }

    private void straight(int pc, Instruction insn, int giveBack) {
        InsnClass cls = insn.insnClass();
        switch (cls) {
            case ALU:
            case ALU64:
                alu(pc, insn);
                break;
            case LD:
                code.pushLong(imms.imm(pc));
                code.local(LSTORE, reg(insn.dst()));
                break;
            case LDX:
                load(pc, insn.dst(), insn.src(), insn.offset(), insn.size().bytes, insn.mode() == Mode.MEMSX, giveBack);
                break;
            case ST:
                store(pc, insn.dst(), insn.offset(), insn.size().bytes, -1, imms.imm(pc), giveBack);
                break;
            default:
                if (insn.mode() == Mode.ATOMIC && AtomicOp.of(insn.imm32()) == AtomicOp.LOAD_ACQUIRE) {
                    load(pc, insn.dst(), insn.src(), insn.offset(), insn.size().bytes, false, giveBack);
                } else {
                    store(pc, insn.dst(), insn.offset(), insn.size().bytes, insn.src(), 0, giveBack);
                }
                break;
        }
    }

    private Label faultStub(int pc, int giveBack) {
        Object[] s = faultAt.computeIfAbsent(pc, k -> new Object[] {code.label(), giveBack});
        return (Label) s[0];
    }

    private void load(int pc, int dst, int src, int off, int size, boolean signed, int giveBack) {
        code.local(ALOAD, MEM);
        code.local(LLOAD, reg(src));
        code.pushLong(off);
        code.op(LADD);
        code.pushInt(size);
        code.pushInt(pc);
        code.invoke(INVOKEVIRTUAL, pool.method(MEMORY, "load", "(JII)J"));
        code.local(LSTORE, TMP);
        code.local(ALOAD, MEM);
        code.invoke(INVOKEVIRTUAL, pool.method(MEMORY, "lastFault", "()Lorg/bpfplay/engine/interp/Fault;"));
        code.jump(IFNONNULL, faultStub(pc, giveBack));
        code.local(LLOAD, TMP);
        if (signed && size < 8) {
            code.op(L2I);
            if (size == 2) {
                code.op(I2S);
            } else if (size == 1) {
                code.op(I2B);
            }
            code.op(I2L);
        }
        code.local(LSTORE, reg(dst));
    }

    /** A store of register {@code src}, or of {@code imm} when src is -1. */
    private void store(int pc, int dst, int off, int size, int src, long imm, int giveBack) {
        code.local(ALOAD, MEM);
        code.local(LLOAD, reg(dst));
        code.pushLong(off);
        code.op(LADD);
        code.pushInt(size);
        if (src < 0) {
            code.pushLong(imm);
        } else {
            code.local(LLOAD, reg(src));
        }
        code.pushInt(pc);
        code.invoke(INVOKEVIRTUAL, pool.method(MEMORY, "store", "(JIJI)Z"));
        code.jump(IFEQ, faultStub(pc, giveBack));
    }

    private void math(String name) {
        code.invoke(INVOKESTATIC, pool.method(JIT_MATH, name, "(JJ)J"));
    }

    private void zext() {
        code.op(I2L);
        code.pushLong(M32);
        code.op(LAND);
    }

    private void alu(int pc, Instruction insn) {
        boolean is64 = insn.isAlu64();
        boolean x = (insn.opcode() & 0x08) != 0;
        int d = reg(insn.dst());
        int s = reg(insn.src());
        long imm = imms.imm(pc);
        int off = insn.offset();
        AluOp op = insn.aluOp();
        switch (op) {
            case DIV:
            case MOD: {
                code.local(LLOAD, d);
                if (x) {
                    code.local(LLOAD, s);
                } else {
                    code.pushLong(imm);
                }
                String name = (off == 1 ? "s" : "") + (op == AluOp.DIV ? "div" : "mod") + (is64 ? "64" : "32");
                math(name);
                break;
            }
            case MOV:
                if (off != 0) {
                    code.local(LLOAD, s);
                    code.op(L2I);
                    if (off == 8) {
                        code.op(I2B);
                    } else if (off == 16) {
                        code.op(I2S);
                    }
                    if (is64) {
                        code.op(I2L);
                    } else {
                        zext();
                    }
                } else if (x) {
                    code.local(LLOAD, s);
                    if (!is64) {
                        code.pushLong(M32);
                        code.op(LAND);
                    }
                } else {
                    code.pushLong(is64 ? imm : imm & M32);
                }
                break;
            case NEG:
                code.local(LLOAD, d);
                if (is64) {
                    code.op(LNEG);
                } else {
                    code.op(L2I);
                    code.op(INEG);
                    zext();
                }
                break;
            case END:
                endian(d, insn.imm32(), is64 || x);
                break;
            default:
                binary(op, is64, x, d, s, imm);
                break;
        }
        code.local(LSTORE, d);
    }

    private void endian(int d, int bits, boolean swap) {
        code.local(LLOAD, d);
        if (!swap) {
            if (bits == 16) {
                code.pushLong(0xffff);
                code.op(LAND);
            } else if (bits == 32) {
                code.pushLong(M32);
                code.op(LAND);
            }
            return;
        }
        if (bits == 16) {
            code.op(L2I);
            code.op(I2S);
            code.invoke(INVOKESTATIC, pool.method("java/lang/Short", "reverseBytes", "(S)S"));
            code.op(I2L);
            code.pushLong(0xffff);
            code.op(LAND);
        } else if (bits == 32) {
            code.op(L2I);
            code.invoke(INVOKESTATIC, pool.method("java/lang/Integer", "reverseBytes", "(I)I"));
            zext();
        } else {
            code.invoke(INVOKESTATIC, pool.method("java/lang/Long", "reverseBytes", "(J)J"));
        }
    }

    private void binary(AluOp op, boolean is64, boolean x, int d, int s, long imm) {
        boolean shift = op == AluOp.LSH || op == AluOp.RSH || op == AluOp.ARSH;
        code.local(LLOAD, d);
        if (!is64) {
            code.op(L2I);
        }
        if (x) {
            code.local(LLOAD, s);
            if (!is64 || shift) {
                code.op(L2I);
            }
        } else if (!is64 || shift) {
            code.pushInt((int) imm);
        } else {
            code.pushLong(imm);
        }
        int base;
        switch (op) {
            case ADD: base = IADD; break;
            case SUB: base = ISUB; break;
            case MUL: base = IMUL; break;
            case OR: base = IOR; break;
            case AND: base = IAND; break;
            case XOR: base = IXOR; break;
            case LSH: base = ISHL; break;
            case RSH: base = IUSHR; break;
            case ARSH: base = ISHR; break;
            default: throw new IllegalStateException("no binary op " + op);
        }
        // The long form of each int opcode is the next opcode.
        code.op(is64 ? base + 1 : base);
        if (!is64) {
            zext();
        }
    }

    private void jump(int pc, Instruction insn, int nextStart) {
        JumpOp op = insn.jumpOp();
        int next = pc + 1;
        if (op == JumpOp.JA) {
            code.jump(GOTO, target(BlockPlan.target(pc, insn)));
            return;
        }
        boolean j32 = insn.insnClass() == InsnClass.JMP32;
        boolean x = (insn.opcode() & 0x08) != 0;
        int d = reg(insn.dst());
        int s = reg(insn.src());
        long imm = imms.imm(pc);
        boolean unsigned = op == JumpOp.JGT || op == JumpOp.JGE || op == JumpOp.JLT || op == JumpOp.JLE;
        int cond;
        switch (op) {
            case JEQ: cond = IFEQ; break;
            case JNE:
            case JSET: cond = IFNE; break;
            case JGT:
            case JSGT: cond = IFGT; break;
            case JGE:
            case JSGE: cond = IFGE; break;
            case JLT:
            case JSLT: cond = IFLT; break;
            default: cond = IFLE; break;
        }
        Label taken = target(BlockPlan.target(pc, insn));
        if (j32) {
            code.local(LLOAD, d);
            code.op(L2I);
            if (unsigned) {
                code.pushInt(Integer.MIN_VALUE);
                code.op(IXOR);
            }
            if (x) {
                code.local(LLOAD, s);
                code.op(L2I);
                if (unsigned) {
                    code.pushInt(Integer.MIN_VALUE);
                    code.op(IXOR);
                }
            } else {
                code.pushInt(unsigned ? (int) imm ^ Integer.MIN_VALUE : (int) imm);
            }
            if (op == JumpOp.JSET) {
                code.op(IAND);
                code.jump(IFNE, taken);
            } else {
                code.jump(cond + (IF_ICMPEQ - IFEQ), taken);
            }
        } else {
            code.local(LLOAD, d);
            if (unsigned) {
                code.pushLong(Long.MIN_VALUE);
                code.op(LXOR);
            }
            if (x) {
                code.local(LLOAD, s);
                if (unsigned) {
                    code.pushLong(Long.MIN_VALUE);
                    code.op(LXOR);
                }
            } else {
                code.pushLong(unsigned ? imm ^ Long.MIN_VALUE : imm);
            }
            if (op == JumpOp.JSET) {
                code.op(LAND);
                code.op(LCONST_0);
            }
            code.op(LCMP);
            code.jump(cond, taken);
        }
        if (next != nextStart) {
            code.jump(GOTO, target(next));
        }
    }
}
