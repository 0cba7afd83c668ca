/*
 * Basic blocks of a program for drawing its control-flow graph: a block starts at pc 0, at every
 * jump target, after every jump or exit and at every subprogram entry (the target of a bpf-to-bpf
 * call); it ends at the instruction before the next start. Edges follow the verifier's view of
 * control flow (a call continues with the next instruction; the callee is reached by a "call"
 * edge). A back edge goes to a block that is still open on the depth-first walk from pc 0, i.e.
 * it closes a loop. Jumps out of the program are dropped (the verifier rejects them anyway).
 */
package org.bpfplay.engine.verifier.cfg;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.bpfplay.engine.isa.InsnClass;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.JumpOp;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.isa.Pseudo;

/** The program's basic blocks and the edges between them. */
public final class BasicBlocks {
    private BasicBlocks() {
    }

    /** What an edge means. */
    public enum EdgeKind {
        /** to the next instruction (fall-through of a jump, or the block continuing). */
        FALLTHROUGH,
        /** the target of a jump (conditional or not). */
        JUMP,
        /** from a bpf-to-bpf call to the callee's entry. */
        CALL
    }

    /** A block: pcs {@code start} .. {@code end} (the last instruction's pc, inclusive). */
    public record Block(int id, int start, int end) {
    }

    /** An edge between block ids; {@code back} when it closes a loop. */
    public record Edge(int from, int to, EdgeKind kind, boolean back) {
    }

    /** The whole graph: blocks ordered by pc. */
    public record Graph(List<Block> blocks, List<Edge> edges) {
        /** The id of the block holding {@code pc}, or -1. */
        public int blockOf(int pc) {
            for (Block b : blocks) {
                if (pc >= b.start() && pc <= b.end()) {
                    return b.id();
                }
            }
            return -1;
        }
    }

    public static Graph of(Program prog) {
        int n = prog.slotCount();
        TreeSet<Integer> starts = new TreeSet<>();
        if (n > 0) {
            starts.add(0);
        }
        for (int pc = 0; pc < n; pc++) {
            Instruction in = prog.at(pc);
            if (in == null || !in.insnClass().isJump()) {
                continue;
            }
            int next = pc + in.width();
            if (next < n) {
                starts.add(next);
            }
            int t = target(in, pc);
            if (t >= 0 && t < n && prog.at(t) != null) {
                starts.add(t);
            }
        }
        List<Block> blocks = new ArrayList<>();
        int[] blockAt = new int[n];
        for (int s : starts) {
            Integer nextStart = starts.higher(s);
            int endExclusive = nextStart == null ? n : nextStart;
            int last = s;
            for (int pc = s; pc < endExclusive; pc++) {
                if (prog.at(pc) != null) {
                    last = pc;
                }
                blockAt[pc] = blocks.size();
            }
            blocks.add(new Block(blocks.size(), s, last));
        }
        List<int[]> raw = new ArrayList<>();
        for (Block b : blocks) {
            Instruction in = prog.at(b.end());
            int next = b.end() + (in == null ? 1 : in.width());
            if (in == null || !in.insnClass().isJump()) {
                if (next < n) {
                    raw.add(new int[] {b.id(), blockAt[next], EdgeKind.FALLTHROUGH.ordinal()});
                }
                continue;
            }
            JumpOp op = in.jumpOp();
            if (op == JumpOp.EXIT) {
                continue;
            }
            int t = target(in, b.end());
            boolean tOk = t >= 0 && t < n && prog.at(t) != null;
            if (op == JumpOp.CALL) {
                if (tOk) {
                    raw.add(new int[] {b.id(), blockAt[t], EdgeKind.CALL.ordinal()});
                }
                if (next < n) {
                    raw.add(new int[] {b.id(), blockAt[next], EdgeKind.FALLTHROUGH.ordinal()});
                }
                continue;
            }
            if (op != JumpOp.JA && next < n) {
                raw.add(new int[] {b.id(), blockAt[next], EdgeKind.FALLTHROUGH.ordinal()});
            }
            if (tOk) {
                raw.add(new int[] {b.id(), blockAt[t], EdgeKind.JUMP.ordinal()});
            }
        }
        boolean[][] back = backEdges(blocks.size(), raw);
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            int[] e = raw.get(i);
            edges.add(new Edge(e[0], e[1], EdgeKind.values()[e[2]], back[i][0]));
        }
        return new Graph(List.copyOf(blocks), List.copyOf(edges));
    }

    /** The pc a jump or local call goes to, or -1 for helper calls, exits and non-jumps. */
    private static int target(Instruction in, int pc) {
        JumpOp op = in.jumpOp();
        if (op == null || op == JumpOp.EXIT) {
            return -1;
        }
        if (op == JumpOp.CALL) {
            return in.src() == Pseudo.CALL_LOCAL ? pc + in.imm32() + 1 : -1;
        }
        return op == JumpOp.JA && in.insnClass() == InsnClass.JMP32 ? pc + in.imm32() + 1 : pc + in.offset() + 1;
    }

    /** Iterative depth-first walk from block 0 (then any block not reached): an edge to an open block is a back edge. */
    private static boolean[][] backEdges(int nBlocks, List<int[]> raw) {
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < nBlocks; i++) {
            out.add(new ArrayList<>());
        }
        for (int i = 0; i < raw.size(); i++) {
            out.get(raw.get(i)[0]).add(i);
        }
        boolean[][] back = new boolean[raw.size()][1];
        int[] state = new int[nBlocks];   // 0 new, 1 open, 2 done
        int[] pos = new int[nBlocks];
        int[] stack = new int[nBlocks + 1];
        for (int root = 0; root < nBlocks; root++) {
            if (state[root] != 0) {
                continue;
            }
            int sp = 0;
            stack[sp++] = root;
            state[root] = 1;
            while (sp > 0) {
                int v = stack[sp - 1];
                if (pos[v] < out.get(v).size()) {
                    int ei = out.get(v).get(pos[v]++);
                    int w = raw.get(ei)[1];
                    if (state[w] == 1) {
                        back[ei][0] = true;
                    } else if (state[w] == 0) {
                        state[w] = 1;
                        stack[sp++] = w;
                    }
                } else {
                    state[v] = 2;
                    sp--;
                }
            }
        }
        return back;
    }
}
