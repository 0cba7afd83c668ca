package org.bpfplay.engine.interp.bench;

import static org.bpfplay.engine.isa.Register.R0;
import static org.bpfplay.engine.isa.Register.R1;
import static org.bpfplay.engine.isa.Register.R2;
import static org.bpfplay.engine.isa.Register.R3;
import static org.bpfplay.engine.isa.Register.R4;
import static org.bpfplay.engine.isa.Register.R5;
import static org.bpfplay.engine.isa.Register.R10;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

import org.bpfplay.engine.isa.AluOp;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.JumpOp;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.isa.Size;

/**
 * The benchmarked programs, with the number of instructions each executes and the Java loop
 * each is compared with (same arithmetic, same iteration count).
 */
final class BenchPrograms {
    private BenchPrograms() {
    }

    /**
     * ALU loop, 6 instructions per round: r0 = r0 * 31 + r1; r0 ^= r0 >> 7; r1 -= 1; loop while r1 != 0.
     */
    static Program aluLoop(int rounds) {
        return Program.of(AluOp.MOV.imm(R1, rounds), AluOp.MOV.imm(R0, 1),
                AluOp.MUL.imm(R0, 31),                    // 2
                AluOp.ADD.reg(R0, R1),
                AluOp.MOV.reg(R2, R0),
                AluOp.RSH.imm(R2, 7),
                AluOp.XOR.reg(R0, R2),
                AluOp.SUB.imm(R1, 1),
                JumpOp.JNE.imm(R1, 0, -7),                // back to 2
                Instruction.exit());
    }

    static long aluLoopInsns(int rounds) {
        return 2 + 7L * rounds + 1;
    }

    static long aluLoopJava(int rounds) {
        long r0 = 1;
        for (long r1 = rounds; r1 != 0; r1--) {
            r0 = r0 * 31 + r1;
            r0 ^= r0 >>> 7;
        }
        return r0;
    }

    /**
     * Memory loop over a 64-byte stack array, 7 instructions per round: load slot i, add r1,
     * store it back, i = (i + 8) & 63, loop.
     */
    static Program memoryLoop(int rounds) {
        return Program.of(AluOp.MOV.imm(R1, rounds), AluOp.MOV.imm(R3, 0),
                AluOp.MOV.reg(R4, R10),                   // 2: r4 = fp - 64 + i
                AluOp.ADD.reg(R4, R3),
                Instruction.load(Size.DW, R5, R4, -64),
                AluOp.ADD.reg(R5, R1),
                Instruction.store(Size.DW, R4, -64, R5),
                AluOp.ADD.imm(R3, 8),
                AluOp.AND.imm(R3, 63),
                AluOp.SUB.imm(R1, 1),
                JumpOp.JNE.imm(R1, 0, -9),                // back to 2
                Instruction.load(Size.DW, R0, R10, -64),
                Instruction.exit());
    }

    static long memoryLoopInsns(int rounds) {
        return 2 + 9L * rounds + 2;
    }

    private static final VarHandle LE64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle BE16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);

    /** The same loop on a byte[] stack with little-endian 8-byte accesses. */
    static long memoryLoopJava(int rounds, byte[] stack) {
        int i = 0;
        for (long r1 = rounds; r1 != 0; r1--) {
            LE64.set(stack, i, (long) LE64.get(stack, i) + r1);
            i = (i + 8) & 63;
        }
        return (long) LE64.get(stack, 0);
    }

    /**
     * XDP-style parse: check bounds, Ethernet type IPv4, protocol UDP, skip the IP header (IHL),
     * return the UDP destination port; 2 (pass) for other packets, 1 (drop) if truncated.
     */
    static Program packetParse() {
        return Program.of(
                Instruction.load(Size.W, R2, R1, 0),        // 0: data
                Instruction.load(Size.W, R3, R1, 4),        // 1: data_end
                AluOp.MOV.reg(R4, R2),                      // 2
                AluOp.ADD.imm(R4, 34),                      // 3: eth + minimal ip header
                JumpOp.JGT.reg(R4, R3, 18),                 // 4: -> drop (23)
                Instruction.load(Size.H, R5, R2, 12),       // 5: eth type (0x0800 read little-endian)
                JumpOp.JNE.imm(R5, 0x0008, 14),             // 6: -> pass (21)
                Instruction.load(Size.B, R5, R2, 23),       // 7: ip proto
                JumpOp.JNE.imm(R5, 17, 12),                 // 8: -> pass (21)
                Instruction.load(Size.B, R5, R2, 14),       // 9: ver_ihl
                AluOp.AND.imm(R5, 0x0f),                    // 10
                AluOp.LSH.imm(R5, 2),                       // 11
                AluOp.MOV.reg(R4, R2),                      // 12
                AluOp.ADD.imm(R4, 14),                      // 13
                AluOp.ADD.reg(R4, R5),                      // 14: udp header
                AluOp.MOV.reg(R5, R4),                      // 15
                AluOp.ADD.imm(R5, 8),                       // 16
                JumpOp.JGT.reg(R5, R3, 5),                  // 17: -> drop (23)
                Instruction.load(Size.H, R0, R4, 2),        // 18: dst port
                new Instruction(0xdc, 0, 0, 0, 16),         // 19: r0 = be16 r0
                Instruction.exit(),                         // 20
                AluOp.MOV.imm(R0, 2),                       // 21: pass
                Instruction.exit(),                         // 22
                AluOp.MOV.imm(R0, 1),                       // 23: drop
                Instruction.exit());                        // 24
    }

    /** Instructions one packetParse run executes on a UDP packet (0..19, then exit). */
    static final int PACKET_PARSE_INSNS = 21;

    static long packetParseJava(byte[] p) {
        if (34 > p.length) {
            return 1;
        }
        if ((short) BE16.get(p, 12) != 0x0800) {
            return 2;
        }
        if (p[23] != 17) {
            return 2;
        }
        int udp = 14 + ((p[14] & 0x0f) << 2);
        if (udp + 8 > p.length) {
            return 1;
        }
        return (short) BE16.get(p, udp + 2) & 0xffff;
    }
}
