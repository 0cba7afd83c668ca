package org.bpfplay.engine.conformance;

import org.bpfplay.engine.isa.AluOp;
import org.bpfplay.engine.isa.InsnClass;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.isa.Source;

/**
 * A stand-in for the interpreter that knows only mov/mov32 (immediate or register), lddw, ja and
 * exit, with the uBPF entry convention (r2 = memory length). Anything else is an error, which
 * lets the tests tell "ran and matched" from "could not run".
 */
final class MovExitRunner implements ProgramRunner {
    @Override
    public Outcome run(Program program, byte[] memory) {
        long[] reg = new long[16];
        reg[1] = memory.length == 0 ? 0 : 0x1000;
        reg[2] = memory.length;
        int pc = 0;
        for (int steps = 0; steps < 10_000; steps++) {
            Instruction insn = program.at(pc);
            if (insn == null) {
                return new Outcome(0, "fell off the program at pc " + pc);
            }
            if (insn.isExit()) {
                return new Outcome(reg[0], null);
            } else if (insn.isWide() && insn.src() == 0) {
                reg[insn.dst()] = insn.imm();
            } else if (insn.opcode() == 0x05) {
                pc += insn.offset();
            } else if (insn.aluOp() == AluOp.MOV && insn.offset() == 0) {
                long v = insn.source() == Source.X ? reg[insn.src()] : insn.imm32();
                reg[insn.dst()] = insn.insnClass() == InsnClass.ALU ? v & 0xffffffffL : v;
            } else {
                return new Outcome(0, String.format("unsupported opcode 0x%02x at pc %d", insn.opcode(), pc));
            }
            pc += insn.width();
        }
        return new Outcome(0, "too many steps");
    }
}
