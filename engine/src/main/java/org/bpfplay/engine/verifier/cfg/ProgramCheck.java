/*
 * Whole-program checks in the kernel's order (bpf_check): subprogram starts from bpf-to-bpf
 * calls and callback references (ld_imm64 src=4), check_subprogs (every jump stays inside its subprogram, each subprogram ends with exit
 * or an unconditional jump), resolve_pseudo_ldimm64 (LDX reserved fields, ld_imm64 second halves
 * and pseudo sources, unknown opcodes), then check_cfg (a depth-first walk: jumps out of range,
 * unreachable instructions, jumps into the middle of an ld_imm64). All indexes are pcs (slots).
 */
package org.bpfplay.engine.verifier.cfg;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;

import org.bpfplay.engine.isa.InsnClass;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.JumpOp;
import org.bpfplay.engine.isa.Mode;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.isa.Pseudo;
import org.bpfplay.engine.helpers.HelperId;
import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.verifier.check.Failure;

/** Structure checks, and the facts exploration needs from them (subprogram starts, prune points). */
public final class ProgramCheck {
    private final Program prog;
    private final int len;
    /** Subprogram start pcs, ascending, main program first. */
    public final TreeSet<Integer> subprogs = new TreeSet<>();
    /** True once every subprogram start is known (the kernel then logs "func#N @pc" at level 2). */
    public boolean subprogsFound;
    /** Instructions where states are compared and stored. */
    public final boolean[] prunePoint;

    /** The maps ld_imm64 src=1/2 refer to, by position. */
    private final List<MapSpec> maps;

    public ProgramCheck(Program prog) {
        this(prog, prog.maps());
    }

    public ProgramCheck(Program prog, List<MapSpec> maps) {
        this.prog = prog;
        this.maps = List.copyOf(maps);
        this.len = prog.slotCount();
        this.prunePoint = new boolean[len + 1];
    }

    /** Runs every check; null when the program is well-formed. */
    public Failure run(boolean[] badSecondHalf) {
        Failure f = findSubprogs();
        subprogsFound = f == null;
        if (f == null) {
            f = checkSubprogs();
        }
        if (f == null) {
            f = resolveLdImm64(badSecondHalf);
        }
        if (f == null) {
            f = checkCfg();
        }
        return f;
    }

    /** The kernel's opcode byte at a pc; 0 for the second half of an ld_imm64. */
    private int code(int pc) {
        Instruction in = prog.at(pc);
        return in == null ? 0 : in.opcode();
    }

    private Failure findSubprogs() {
        subprogs.add(0);
        for (int pc = 0; pc < len; pc++) {
            Instruction in = prog.at(pc);
            // a callback reference (ld_imm64 src=4) starts a subprogram just as a bpf-to-bpf call does
            if (in != null && (in.isLocalCall() || (in.isWide() && in.src() == Pseudo.FUNC))) {
                int target = pc + in.imm32() + 1;
                if (target < 0 || target >= len) {
                    return Failure.einval("call to invalid destination");
                }
                subprogs.add(target);
            }
        }
        return null;
    }

    private Failure checkSubprogs() {
        Integer[] starts = subprogs.toArray(new Integer[0]);
        int cur = 0;
        int start = 0;
        int end = starts.length > 1 ? starts[1] : len;
        for (int pc = 0; pc < len; pc++) {
            int code = code(pc);
            InsnClass cls = InsnClass.of(code);
            JumpOp op = cls.isJump() ? JumpOp.of(code) : null;
            if (op != null && op != JumpOp.EXIT && op != JumpOp.CALL) {
                Instruction in = prog.at(pc);
                int target = code == 0x06 ? pc + in.imm32() + 1 : pc + in.offset() + 1;
                if (target < start || target >= end) {
                    return Failure.einval("jump out of range from insn " + pc + " to " + target);
                }
            }
            if (pc == end - 1) {
                if (code != 0x95 && code != 0x06 && code != 0x05) {
                    return Failure.einval("last insn is not an exit or jmp");
                }
                start = end;
                cur++;
                end = cur + 1 < starts.length ? starts[cur + 1] : len;
            }
        }
        return null;
    }

    private Failure resolveLdImm64(boolean[] badSecondHalf) {
        for (int pc = 0; pc < len; pc++) {
            Instruction in = prog.at(pc);
            if (in == null) {
                continue;
            }
            if (in.insnClass() == InsnClass.LDX
                    && ((in.mode() != Mode.MEM && in.mode() != Mode.MEMSX) || in.imm32() != 0)) {
                return Failure.einval("BPF_LDX uses reserved fields");
            }
            if (in.isWide()) {
                if (pc + 1 >= len || (badSecondHalf != null && badSecondHalf[pc + 1])) {
                    return Failure.einval("invalid bpf_ld_imm64 insn");
                }
                if (in.src() != 0) {
                    boolean mapLike = in.src() == Pseudo.MAP_VALUE || in.src() == Pseudo.MAP_IDX_VALUE
                            || ((in.src() == Pseudo.MAP_FD || in.src() == Pseudo.MAP_IDX) && in.nextImm() == 0);
                    if (!mapLike && in.src() != Pseudo.BTF_ID && in.src() != Pseudo.FUNC) {
                        return Failure.einval("unrecognized bpf_ld_imm64 insn");
                    }
                    if (in.src() == Pseudo.MAP_FD || in.src() == Pseudo.MAP_VALUE) {
                        Failure f = MapRefs.resolve(in, maps);
                        if (f != null) {
                            return f;
                        }
                    } else if (in.src() != Pseudo.FUNC) {
                        return Failure.einval("map indexes and BTF ids are not supported yet");
                    }
                }
                pc++;
                continue;
            }
            if (!OpcodeTable.isValid(in.opcode())) {
                return Failure.einval(String.format("unknown opcode %02x", in.opcode()));
            }
        }
        return null;
    }

    /** The level-2 "func#N @pc" lines add_subprog_and_kfunc prints once the starts are known. */
    public String funcLines() {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (int start : subprogs) {
            sb.append("func#").append(i++).append(" @").append(start).append('\n');
        }
        return sb.toString();
    }

    /** Depth-first walk from every subprogram start reached by calls, as check_cfg does. */
    private Failure checkCfg() {
        byte[] state = new byte[len];
        Deque<Integer> work = new ArrayDeque<>();
        work.push(0);
        state[0] = 1;
        while (!work.isEmpty()) {
            int t = work.pop();
            Instruction in = prog.at(t);
            int[] succ = successors(t, in);
            for (int w : succ) {
                if (w < 0 || w >= len) {
                    return Failure.einval("jump out of range from insn " + t + " to " + w);
                }
                if (state[w] == 0) {
                    state[w] = 1;
                    work.push(w);
                }
            }
        }
        for (int pc = 0; pc < len; pc++) {
            Instruction in = prog.at(pc);
            if (state[pc] == 0) {
                return Failure.einval("unreachable insn " + pc);
            }
            if (in != null && in.isWide()) {
                if (state[pc + 1] != 0) {
                    return Failure.einval("jump into the middle of ldimm64 insn " + pc);
                }
                pc++;
            }
        }
        return null;
    }

    /** is_sync_callback_calling_function: bpf_for_each_map_elem, bpf_find_vma, bpf_loop, bpf_user_ringbuf_drain. */
    public static boolean isSyncCallbackHelper(int id) {
        return id == HelperId.FOR_EACH_MAP_ELEM.id || id == HelperId.FIND_VMA.id || id == HelperId.LOOP.id
                || id == HelperId.USER_RINGBUF_DRAIN.id;
    }

    private int[] successors(int t, Instruction in) {
        if (in == null) {
            return new int[] {t + 1};
        }
        if (in.isWide()) {
            if (in.src() == Pseudo.FUNC) {
                // visit_func_call_insn: the callback body is reached from its reference
                prunePoint[Math.min(t + 2, len)] = true;
                prunePoint[t] = true;
                int callee = t + in.imm32() + 1;
                if (callee >= 0 && callee < len) {
                    prunePoint[callee] = true;
                }
                return new int[] {t + 2, callee};
            }
            return new int[] {t + 2};
        }
        InsnClass cls = in.insnClass();
        if (!cls.isJump()) {
            return new int[] {t + 1};
        }
        JumpOp op = in.jumpOp();
        if (op == JumpOp.EXIT) {
            return new int[0];
        }
        if (op == JumpOp.CALL) {
            if (in.src() == Pseudo.CALL_HELPER && isSyncCallbackHelper(in.imm32())) {
                // calls_callback: the explorer always stores a checkpoint here (Callbacks.callSites)
                prunePoint[t] = true;
            }
            prunePoint[Math.min(t + 1, len)] = true;
            if (in.isLocalCall()) {
                prunePoint[t] = true;
                prunePoint[Math.max(0, Math.min(t + in.imm32() + 1, len))] = true;
                return new int[] {t + 1, t + in.imm32() + 1};
            }
            return new int[] {t + 1};
        }
        if (op == JumpOp.JA) {
            int target = cls == InsnClass.JMP32 ? t + in.imm32() + 1 : t + in.offset() + 1;
            if (target >= 0 && target < len) {
                prunePoint[target] = true;
            }
            return new int[] {target};
        }
        prunePoint[t] = true;
        int target = t + in.offset() + 1;
        if (target >= 0 && target < len) {
            prunePoint[target] = true;
        }
        return new int[] {t + 1, target};
    }
}
