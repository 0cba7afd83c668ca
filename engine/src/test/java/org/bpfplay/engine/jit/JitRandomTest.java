package org.bpfplay.engine.jit;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.bpfplay.engine.interp.Budget;
import org.bpfplay.engine.isa.AluOp;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.JumpOp;
import org.bpfplay.engine.isa.Program;
import org.junit.jupiter.api.Test;

/**
 * Random programs (fixed seed) over every ALU form, byte swaps, sign-extending moves, signed and
 * unsigned division, 32/64-bit conditional jumps and stack loads/stores (some out of bounds), with
 * edge-case register values and random budgets: the JIT must end each exactly as the interpreter.
 */
class JitRandomTest {
    private static final long[] EDGES = {0, 1, -1, 2, 7, 31, 32, 63, 64, Integer.MIN_VALUE, Integer.MAX_VALUE,
        0x8000_0000L, 0xffff_ffffL, Long.MIN_VALUE, Long.MAX_VALUE, 0x1234_5678_9abc_def0L, -0x8000L, 0xff80L};
    private static final AluOp[] BINARY = {AluOp.ADD, AluOp.SUB, AluOp.MUL, AluOp.DIV, AluOp.OR, AluOp.AND,
        AluOp.LSH, AluOp.RSH, AluOp.NEG, AluOp.MOD, AluOp.XOR, AluOp.MOV, AluOp.ARSH};
    private static final JumpOp[] CONDS = {JumpOp.JEQ, JumpOp.JGT, JumpOp.JGE, JumpOp.JSET, JumpOp.JNE, JumpOp.JSGT,
        JumpOp.JSGE, JumpOp.JLT, JumpOp.JLE, JumpOp.JSLT, JumpOp.JSLE};
    private static final int[] SIZES = {0x00, 0x08, 0x10, 0x18};

    @Test
    void randomProgramsAgreeWithTheInterpreter() {
        Random rnd = new Random(20261125);
        for (int n = 0; n < 400; n++) {
            Program p = program(rnd);
            Budget budget = rnd.nextInt(3) == 0 ? Budget.instructions(rnd.nextInt(60)) : Budget.DEFAULT;
            JitAgreement.compare(p, new byte[16], budget);
        }
    }

    private static long edge(Random rnd) {
        return rnd.nextInt(4) == 0 ? rnd.nextLong() : EDGES[rnd.nextInt(EDGES.length)];
    }

    private static Program program(Random rnd) {
        List<Instruction> l = new ArrayList<>();
        for (int r = 0; r <= 9; r++) {
            l.add(new Instruction(Instruction.LD_IMM64, r, 0, 0, edge(rnd)));
        }
        int body = 20 + rnd.nextInt(50);
        for (int i = 0; i < body; i++) {
            int left = body - i;
            int dst = rnd.nextInt(10);
            int src = rnd.nextInt(11);
            int k = rnd.nextInt(100);
            if (k < 50) {
                AluOp op = BINARY[rnd.nextInt(BINARY.length)];
                boolean x = op != AluOp.NEG && rnd.nextBoolean();
                int cls = rnd.nextBoolean() ? 0x07 : 0x04;
                int off = 0;
                if ((op == AluOp.DIV || op == AluOp.MOD) && rnd.nextBoolean()) {
                    off = 1;
                } else if (op == AluOp.MOV && x && rnd.nextInt(3) == 0) {
                    off = new int[] {8, 16, 32}[rnd.nextInt(3)];
                }
                int imm = rnd.nextInt(3) == 0 ? rnd.nextInt() : (int) EDGES[rnd.nextInt(EDGES.length)];
                l.add(new Instruction(op.code | (x ? 0x08 : 0) | cls, dst, x ? src : 0, off, x ? 0 : imm));
            } else if (k < 60) {
                int opc = new int[] {0xd4, 0xdc, 0xd7}[rnd.nextInt(3)];
                l.add(new Instruction(opc, dst, 0, 0, new int[] {16, 32, 64}[rnd.nextInt(3)]));
            } else if (k < 78) {
                JumpOp op = CONDS[rnd.nextInt(CONDS.length)];
                boolean x = rnd.nextBoolean();
                int cls = rnd.nextBoolean() ? 0x05 : 0x06;
                l.add(new Instruction(op.code | (x ? 0x08 : 0) | cls, dst, x ? src : 0, rnd.nextInt(left),
                        x ? 0 : (int) edge(rnd)));
            } else {
                int size = SIZES[rnd.nextInt(4)];
                int off = rnd.nextInt(40) == 0 ? -520 : -8 * (1 + rnd.nextInt(16)) + (size == 0x18 ? 0 : rnd.nextInt(4));
                int kind = rnd.nextInt(4);
                if (kind == 0) {
                    l.add(new Instruction(0x63 | size, 10, src, off, 0));
                } else if (kind == 1) {
                    l.add(new Instruction(0x62 | size, 10, 0, off, (int) edge(rnd)));
                } else if (kind == 2 || size == 0x18) {
                    l.add(new Instruction(0x61 | size, dst, 10, off, 0));
                } else {
                    l.add(new Instruction(0x81 | size, dst, 10, off, 0));
                }
            }
        }
        l.add(Instruction.exit());
        return Program.of(l);
    }
}
