/*
 * The 6.18 stack-slot liveness analysis (kernel/bpf/liveness.c), kept for its level-2 log lines
 * ("(0) frame 0 insn 2 +live -24 ", "(0) live stack update done in 2 iterations"). While paths
 * are explored, every fixed-offset or range stack read adds the slot to the instruction's
 * may_read set and every full aligned 8-byte write narrows its must_write set (the intersection
 * over all visits), keyed by call chain. When a path ends (exit, pruned, subprogram return) the
 * instances that changed are solved backwards to a fixed point in CFG postorder; each change of
 * an instruction's live-before or written-after set is logged for instructions that touch the
 * stack, start a function or are prune points. A callee's entry sets then flow to its call site
 * in the caller's instance.
 */
package org.bpfplay.engine.verifier.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;

import org.bpfplay.engine.isa.InsnClass;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.JumpOp;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.verifier.log.VerifierLog;
import org.bpfplay.engine.verifier.state.VerifierState;

/** Per-call-chain may-read / must-write stack sets and their level-2 log. */
final class StackLiveness {
    /** The four sets of one instruction in one frame. */
    private static final class Masks {
        long mayRead;
        long mustWrite;
        long mustWriteAcc;
        long liveBefore;
    }

    /** One function instance: a call chain (call sites, then the function's start) and its masks per frame. */
    private final class Instance {
        final List<Integer> chain;
        final int start;
        final int end;
        final Masks[][] frames;
        final boolean[] mustWriteSet;
        boolean updated;
        boolean mustWriteDropped;

        Instance(List<Integer> chain) {
            this.chain = chain;
            this.start = chain.get(chain.size() - 1);
            Integer next = subprogs.higher(start);
            this.end = next == null ? prog.slotCount() : next;
            this.frames = new Masks[chain.size()][];
            this.mustWriteSet = new boolean[end - start];
        }

        int depth() {
            return chain.size() - 1;
        }

        Masks masks(int frame, int insn) {
            return frames[frame] == null ? null : frames[frame][insn - start];
        }

        Masks alloc(int frame, int insn) {
            if (frames[frame] == null) {
                frames[frame] = new Masks[end - start];
                for (int i = 0; i < frames[frame].length; i++) {
                    frames[frame][i] = new Masks();
                }
            }
            return frames[frame][insn - start];
        }

        String name() {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < chain.size(); i++) {
                sb.append(i == 0 ? "" : ",").append(chain.get(i));
            }
            return sb.append(')').toString();
        }
    }

    private final Program prog;
    private final NavigableSet<Integer> subprogs;
    private final boolean[] prunePoint;
    private final VerifierLog log;
    private final Map<List<Integer>, Instance> instances = new HashMap<>();
    /** Postorder of each function's instructions, keyed by its start. */
    private final Map<Integer, int[]> postorder = new HashMap<>();

    private Instance cur;
    private final long[] writeAcc = new long[8];
    private int writeInsn;

    StackLiveness(Program prog, NavigableSet<Integer> subprogs, boolean[] prunePoint, VerifierLog log) {
        this.prog = prog;
        this.subprogs = subprogs;
        this.prunePoint = prunePoint;
        this.log = log;
        computePostorder();
    }

    // ---- CFG ----

    /** Successors as bpf_insn_successors: fall-through first, then the jump target. */
    private int[] successors(int idx) {
        Instruction in = prog.at(idx);
        if (in == null) {
            return new int[] {idx + 1};
        }
        if (in.isWide()) {
            return new int[] {idx + 2};
        }
        InsnClass cls = in.insnClass();
        if (!cls.isJump()) {
            return new int[] {idx + 1};
        }
        JumpOp op = in.jumpOp();
        if (op == JumpOp.EXIT) {
            return new int[0];
        }
        if (op == JumpOp.CALL || op == null) {
            return new int[] {idx + 1};
        }
        int target = idx + (cls == InsnClass.JMP32 && op == JumpOp.JA ? in.imm32() : in.offset()) + 1;
        if (op == JumpOp.JA) {
            return new int[] {target};
        }
        return new int[] {idx + 1, target};
    }

    /** compute_postorder: an iterative DFS per function that emits a node once its successors are pushed and done. */
    private void computePostorder() {
        int len = prog.slotCount();
        int[] state = new int[len];
        for (int start : subprogs) {
            List<Integer> out = new ArrayList<>();
            int[] stack = new int[len + 1];
            int sp = 0;
            stack[sp++] = start;
            while (sp > 0) {
                int top = stack[sp - 1];
                state[top] |= 1;
                if ((state[top] & 2) != 0) {
                    out.add(top);
                    sp--;
                    continue;
                }
                for (int s : successors(top)) {
                    if (s >= 0 && s < len && state[s] == 0) {
                        stack[sp++] = s;
                        state[s] |= 1;
                    }
                }
                state[top] |= 2;
            }
            postorder.put(start, out.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    // ---- instances ----

    private int subprogStart(VerifierState st, int frame) {
        if (frame == 0) {
            return 0;
        }
        if (st.frames.get(frame).callbackStart >= 0) {
            return st.frames.get(frame).callbackStart;
        }
        int callsite = st.frames.get(frame).callsite;
        return callsite + prog.at(callsite).imm32() + 1;
    }

    private Instance lookup(VerifierState st, int frame) {
        List<Integer> chain = new ArrayList<>();
        for (int i = 0; i < frame; i++) {
            chain.add(st.frames.get(i + 1).callsite);
        }
        chain.add(subprogStart(st, frame));
        return instances.computeIfAbsent(List.copyOf(chain), Instance::new);
    }

    /** bpf_reset_live_stack_callchain: the call stack changed (a call). */
    void resetCallchain() {
        cur = null;
    }

    /** bpf_reset_stack_write_marks before each instruction. */
    void beginInsn(VerifierState st, int insnIdx) {
        if (cur == null) {
            cur = lookup(st, st.curframe());
        }
        resetWrites(cur, insnIdx);
    }

    private void resetWrites(Instance inst, int insnIdx) {
        writeInsn = insnIdx;
        for (int i = 0; i <= inst.depth(); i++) {
            writeAcc[i] = 0;
        }
    }

    /** bpf_mark_stack_read: {@code mask} (bit i = fp-(i+1)*8) of frame {@code frame} may be read at {@code insnIdx}. */
    void read(VerifierState st, int frame, int insnIdx, long mask) {
        if (cur == null) {
            cur = lookup(st, st.curframe());
        }
        markRead(cur, frame, insnIdx, mask);
    }

    private static void markRead(Instance inst, int frame, int insnIdx, long mask) {
        Masks m = inst.alloc(frame, insnIdx);
        long now = m.mayRead | mask;
        if (now != m.mayRead && (now | m.liveBefore) != m.liveBefore) {
            inst.updated = true;
        }
        m.mayRead = now;
    }

    /** bpf_mark_stack_write: the current instruction certainly writes {@code mask} of {@code frame}. */
    void write(int frame, long mask) {
        writeAcc[frame] |= mask;
    }

    /** bpf_commit_stack_write_marks after an instruction checked without error. */
    void commit() {
        commit(cur);
    }

    private void commit(Instance inst) {
        if (inst == null) {
            return;
        }
        int idx = writeInsn - inst.start;
        for (int frame = 0; frame <= inst.depth(); frame++) {
            long mask = writeAcc[frame];
            if (mask == 0 && !inst.mustWriteSet[idx]) {
                continue;
            }
            Masks m = inst.alloc(frame, writeInsn);
            long old = m.mustWrite;
            if (inst.mustWriteSet[idx]) {
                mask &= old;
            }
            if (old != mask) {
                m.mustWrite = mask;
                inst.updated = true;
            }
            if ((old & ~mask) != 0) {
                inst.mustWriteDropped = true;
            }
        }
        inst.mustWriteSet[idx] = true;
        writeInsn = 0;
    }

    // ---- solving ----

    /** bpf_update_live_stack: solve every changed instance of the current call chain, innermost first. */
    void update(VerifierState st) {
        cur = null;
        for (int frame = st.curframe(); frame >= 0; frame--) {
            Instance inst = lookup(st, frame);
            if (inst.updated) {
                solve(inst);
                inst.updated = false;
                inst.mustWriteDropped = false;
            }
        }
    }

    private void solve(Instance inst) {
        if (inst.mustWriteDropped) {
            for (Masks[] fr : inst.frames) {
                if (fr != null) {
                    for (Masks m : fr) {
                        m.mustWriteAcc = 0;
                    }
                }
            }
        }
        int[] po = postorder.getOrDefault(inst.start, new int[0]);
        int iterations = 0;
        boolean changed;
        do {
            iterations++;
            changed = false;
            for (int frame = 0; frame <= inst.depth(); frame++) {
                if (inst.frames[frame] == null) {
                    continue;
                }
                for (int idx : po) {
                    changed |= updateInsn(inst, frame, idx);
                }
            }
        } while (changed);
        if (log.level2()) {
            log.print(inst.name() + " live stack update done in " + iterations + " iterations\n");
        }
        if (inst.depth() > 0) {
            toOuter(inst);
        }
    }

    private boolean updateInsn(Instance inst, int frame, int idx) {
        int[] succ = successors(idx);
        if (succ.length == 0) {
            return false;
        }
        Masks m = inst.masks(frame, idx);
        long after = 0;
        long acc = -1L;
        for (int s : succ) {
            Masks sm = inst.masks(frame, s);
            after |= sm.liveBefore;
            acc &= sm.mustWriteAcc;
        }
        acc |= m.mustWrite;
        long before = (after & ~m.mustWrite) | m.mayRead;
        boolean changed = before != m.liveBefore || acc != m.mustWriteAcc;
        if (log.level2() && (m.mayRead != 0 || m.mustWrite != 0 || idx == inst.start || prunePoint[idx])) {
            logChange(inst, "live", frame, idx, m.liveBefore, before);
            logChange(inst, "written", frame, idx, m.mustWriteAcc, acc);
        }
        m.liveBefore = before;
        m.mustWriteAcc = acc;
        return changed;
    }

    private void logChange(Instance inst, String what, int frame, int idx, long old, long now) {
        long changed = old ^ now;
        if (changed == 0) {
            return;
        }
        StringBuilder sb = new StringBuilder(inst.name()).append(" frame ").append(frame).append(" insn ").append(idx)
                .append(' ');
        if ((now & changed) != 0) {
            sb.append('+').append(what).append(' ').append(stackMask(now & changed)).append(' ');
        }
        if ((~now & changed) != 0) {
            sb.append('-').append(what).append(' ').append(stackMask(~now & changed));
        }
        log.print(sb.append('\n').toString());
    }

    /** bpf_fmt_stack_mask: the slots' frame offsets, lowest slot first ("-8,-24"). */
    static String stackMask(long mask) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 64; i++) {
            if ((mask & (1L << i)) != 0) {
                sb.append(sb.length() == 0 ? "" : ",").append(-(i + 1) * 8);
            }
        }
        return sb.toString();
    }

    /** propagate_to_outer_instance: the callee's entry sets become the call site's in the caller. */
    private void toOuter(Instance inst) {
        List<Integer> chain = new ArrayList<>(inst.chain.subList(0, inst.depth()));
        int callsite = chain.get(chain.size() - 1);
        int outerStart = chain.size() == 1 ? 0 : subprogStartOf(chain);
        chain.set(chain.size() - 1, outerStart);
        Instance outer = instances.computeIfAbsent(List.copyOf(chain), Instance::new);
        resetWrites(outer, callsite);
        for (int frame = 0; frame < inst.depth(); frame++) {
            Masks m = inst.masks(frame, inst.start);
            if (m == null) {
                continue;
            }
            // a callback may not run at all: what it writes is not written at its helper call
            if (prog.at(callsite).isLocalCall()) {
                write(frame, m.mustWriteAcc);
            }
            markRead(outer, frame, callsite, m.liveBefore);
        }
        commit(outer);
    }

    /** The start of the function whose call chain ends at {@code chain}'s last call site. */
    private int subprogStartOf(List<Integer> chain) {
        // the function holding the last call site (a callback's call site is a helper call)
        return subprogs.floor(chain.get(chain.size() - 1));
    }
}
