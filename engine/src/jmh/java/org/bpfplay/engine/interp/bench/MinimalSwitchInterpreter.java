package org.bpfplay.engine.interp.bench;

import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.Program;

/**
 * A reference point, not a product: the smallest switch interpreter that can run the ALU loop
 * (nine opcodes, no memory, no budget, no faults). Its speed is the ceiling of the one-switch
 * design on the machine at hand, so the real interpreter can be judged against it.
 */
final class MinimalSwitchInterpreter {
    private final long[] words;
    private final long[] imms;

    MinimalSwitchInterpreter(Program p) {
        int n = p.instructions().size();
        words = new long[n];
        imms = new long[n];
        for (int i = 0; i < n; i++) {
            Instruction insn = p.instructions().get(i);
            words[i] = (insn.opcode() | insn.dst() << 12 | insn.src() << 16) & 0xffff_ffffL
                    | (long) (i + 1 + insn.offset()) << 32;
            imms[i] = insn.imm();
        }
    }

    long run() {
        long[] r = new long[16];
        int pc = 0;
        while (true) {
            long w = words[pc];
            int h = (int) w;
            int d = (h >>> 12) & 15;
            int s = (h >>> 16) & 15;
            switch (h & 0xff) {
                case 0xb7: r[d] = imms[pc]; pc++; break;
                case 0x27: r[d] *= imms[pc]; pc++; break;
                case 0x0f: r[d] += r[s]; pc++; break;
                case 0xbf: r[d] = r[s]; pc++; break;
                case 0x77: r[d] >>>= imms[pc]; pc++; break;
                case 0xaf: r[d] ^= r[s]; pc++; break;
                case 0x17: r[d] -= imms[pc]; pc++; break;
                case 0x55: pc = r[d] != imms[pc] ? (int) (w >> 32) : pc + 1; break;
                default: return r[0];
            }
        }
    }
}
