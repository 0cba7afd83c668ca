/*
 * Which instructions lie on a cycle of the control-flow graph (strongly connected components with
 * more than one node or a self-edge; iterative Tarjan). Checkpoints inside loops are compared with
 * every scalar treated as precise, since precision marks are incomplete while a loop is still
 * being explored.
 */
package org.bpfplay.engine.verifier.cfg;

import java.util.Arrays;

import org.bpfplay.engine.isa.InsnClass;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.JumpOp;
import org.bpfplay.engine.isa.Program;

/** Cycle membership per pc. */
public final class Loops {
    private static final int[] NONE = new int[0];
    private Loops() {
    }

    public static boolean[] inCycle(Program prog) {
        int[] ids = sccIds(prog);
        boolean[] cyc = new boolean[ids.length];
        for (int i = 0; i < ids.length; i++) {
            cyc[i] = ids[i] != 0;
        }
        return cyc;
    }

    /**
     * For each pc the number of its loop (a strongly connected component with a cycle), counted
     * from 1 in the order the components complete; 0 outside loops. The level-2 "Live regs"
     * table prints it (the order for several loops is a guess: one loop per program was checked).
     */
    public static int[] sccIds(Program prog) {
        int n = prog.slotCount();
        int[][] succ = new int[n][];
        for (int pc = 0; pc < n; pc++) {
            succ[pc] = successors(prog, pc, n);
        }
        int[] index = new int[n];
        int[] low = new int[n];
        boolean[] onStack = new boolean[n];
        int[] ids = new int[n];
        int nextId = 1;
        Arrays.fill(index, -1);
        int counter = 0;
        // the Tarjan stack and the explicit call stack as int arrays: no boxing on 100k-insn programs
        int[] stack = new int[n];
        int sp = 0;
        int[] call = new int[n];
        int[] edgePos = new int[n];
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int cp = 0;
            call[cp++] = root;
            index[root] = low[root] = counter++;
            stack[sp++] = root;
            onStack[root] = true;
            while (cp > 0) {
                int v = call[cp - 1];
                if (edgePos[v] < succ[v].length) {
                    int w = succ[v][edgePos[v]++];
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        call[cp++] = w;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                cp--;
                if (cp > 0) {
                    int u = call[cp - 1];
                    low[u] = Math.min(low[u], low[v]);
                }
                if (low[v] == index[v]) {
                    int top = sp;
                    do {
                        sp--;
                        onStack[stack[sp]] = false;
                    } while (stack[sp] != v);
                    boolean cyclic = top - sp > 1;
                    for (int s : succ[v]) {
                        cyclic |= s == v;
                    }
                    if (cyclic) {
                        for (int i = sp; i < top; i++) {
                            ids[stack[i]] = nextId;
                        }
                        nextId++;
                    }
                }
            }
        }
        return ids;
    }

    private static int[] successors(Program prog, int pc, int n) {
        Instruction in = prog.at(pc);
        if (in == null) {
            return new int[0];
        }
        int next = pc + in.width();
        int[] none = NONE;
        InsnClass cls = in.insnClass();
        if (!cls.isJump()) {
            return next < n ? new int[] {next} : none;
        }
        JumpOp op = in.jumpOp();
        if (op == JumpOp.EXIT) {
            return none;
        }
        if (op == JumpOp.CALL) {
            return next < n ? new int[] {next} : none; // intraprocedural, like the kernel's SCCs
        }
        int t = op == JumpOp.JA && cls == InsnClass.JMP32 ? pc + in.imm32() + 1 : pc + in.offset() + 1;
        boolean ok = t >= 0 && t < n;
        if (op == JumpOp.JA) {
            return ok ? new int[] {t} : none;
        }
        if (ok && next < n) {
            return new int[] {next, t};
        }
        return ok ? new int[] {t} : next < n ? new int[] {next} : none;
    }
}
