/*
 * Registers live before each instruction (6.15+ compute_live_registers), for the level-2 log's
 * "Live regs before insn:" table and for state comparison: a backward dataflow fixpoint where
 * live_in = use | (live_out & ~def) and live_out is the union over successors. Helper calls use
 * their prototype's arguments (r1-r5 when unknown) and define r0-r5; exit uses r0; bpf-to-bpf calls use r1-r5.
 */
package org.bpfplay.engine.verifier.cfg;

import org.bpfplay.engine.helpers.HelperAccess;
import org.bpfplay.engine.helpers.HelperProto;
import org.bpfplay.engine.helpers.HelperProtos;
import org.bpfplay.engine.helpers.Privilege;
import org.bpfplay.engine.isa.AluOp;
import org.bpfplay.engine.isa.AtomicOp;
import org.bpfplay.engine.isa.InsnClass;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.JumpOp;
import org.bpfplay.engine.isa.Mode;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.isa.Source;
import org.bpfplay.engine.progtype.ProgramType;
import org.bpfplay.engine.verifier.check.ProgTypeHelperRules;

/** Per-pc live register masks (bit i = ri). */
public final class LiveRegs {
    private LiveRegs() {
    }

    public static int[] compute(Program prog) {
        return compute(prog, null, Privilege.ROOT);
    }

    /**
     * With the program type: a helper the type may not call counts as using r1-r5 (get_call_summary
     * finds no prototype for it), null type: every described helper is available.
     */
    public static int[] compute(Program prog, ProgramType type, Privilege privilege) {
        int len = prog.slotCount();
        int[] use = new int[len];
        int[] def = new int[len];
        int[][] succ = new int[len][];
        for (int pc = 0; pc < len; pc++) {
            Instruction in = prog.at(pc);
            succ[pc] = new int[0];
            if (in == null) {
                continue;
            }
            useDef(in, pc, use, def, type, privilege);
            succ[pc] = successors(in, pc, len);
        }
        int[] live = new int[len];
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int pc = len - 1; pc >= 0; pc--) {
                int out = 0;
                for (int s : succ[pc]) {
                    out |= live[s];
                }
                int in = use[pc] | (out & ~def[pc]);
                if (in != live[pc]) {
                    live[pc] = in;
                    changed = true;
                }
            }
        }
        return live;
    }

    static int[] successors(Instruction in, int pc, int len) {
        int next = pc + in.width();
        InsnClass cls = in.insnClass();
        if (!cls.isJump()) {
            return next < len ? new int[] {next} : new int[0];
        }
        JumpOp op = in.jumpOp();
        if (op == JumpOp.EXIT) {
            return new int[0];
        }
        if (op == JumpOp.CALL) {
            return next < len ? new int[] {next} : new int[0];
        }
        int target = op == JumpOp.JA && cls == InsnClass.JMP32 ? pc + in.imm32() + 1 : pc + in.offset() + 1;
        boolean ok = target >= 0 && target < len;
        if (op == JumpOp.JA) {
            return ok ? new int[] {target} : new int[0];
        }
        if (next < len && ok) {
            return new int[] {next, target};
        }
        return ok ? new int[] {target} : next < len ? new int[] {next} : new int[0];
    }

    private static int bit(int r) {
        return r < 10 ? 1 << r : 0;
    }

    private static void useDef(Instruction in, int pc, int[] use, int[] def, ProgramType type,
                               Privilege privilege) {
        int d = in.dst();
        int s = in.src();
        switch (in.insnClass()) {
            case ALU:
            case ALU64: {
                AluOp op = in.aluOp();
                if (op == AluOp.MOV) {
                    use[pc] = in.source() == Source.X ? bit(s) : 0;
                } else if (op == AluOp.NEG || op == AluOp.END) {
                    use[pc] = bit(d);
                } else {
                    use[pc] = bit(d) | (in.source() == Source.X ? bit(s) : 0);
                }
                def[pc] = bit(d);
                break;
            }
            case LDX:
                use[pc] = bit(s);
                def[pc] = bit(d);
                break;
            case ST:
                use[pc] = bit(d);
                break;
            case STX:
                use[pc] = bit(d) | bit(s);
                if (in.mode() == Mode.ATOMIC) {
                    if (in.atomicOp() == AtomicOp.CMPXCHG) {
                        use[pc] |= 1;
                        def[pc] = 1;
                    } else if (in.isFetch() || in.atomicOp() == AtomicOp.XCHG) {
                        def[pc] = bit(s);
                    }
                }
                break;
            case LD:
                if (in.isWide()) {
                    def[pc] = bit(d);
                } else {
                    // compute_insn_live_regs keeps its defaults for legacy packet loads: every
                    // register is used and none is defined
                    use[pc] = 0x3ff;
                    def[pc] = 0;
                }
                break;
            default: {
                JumpOp op = in.jumpOp();
                if (op == JumpOp.EXIT) {
                    use[pc] = 1;
                } else if (op == JumpOp.CALL) {
                    // a helper uses only its declared arguments (get_call_summary)
                    HelperProto fn = in.src() == 0 ? HelperProtos.of(in.imm32()) : null;
                    if (fn != null && type != null && !HelperAccess.allowed(fn.id(), type, privilege)
                            && !ProgTypeHelperRules.protoGiven(fn.id(), type)) {
                        fn = null;
                    }
                    use[pc] = fn == null ? 0x3e : (1 << (fn.argCount() + 1)) - 2;
                    def[pc] = 0x3f;
                } else if (op != null && op.isConditional()) {
                    use[pc] = bit(d) | (in.source() == Source.X ? bit(s) : 0);
                }
            }
        }
    }

    /** The row text of r0..r9: a digit where live, else '.'. */
    public static String row(int mask) {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < 10; r++) {
            sb.append((mask & (1 << r)) != 0 ? (char) ('0' + r) : '.');
        }
        return sb.toString();
    }
}
