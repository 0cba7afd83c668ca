package org.bpfplay.engine.asm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.bpfplay.engine.isa.AtomicOp;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.isa.Pseudo;
import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.maps.MapType;
import org.junit.jupiter.api.Test;

/**
 * Labels, calls, map references and what a Program records about its source. Encodings that
 * llvm-mc leaves to a linker (map and helper names) are checked against forms the golden corpus
 * already pins down (for example {@code call bpf_map_lookup_elem} against {@code call 1}).
 */
class AssemblerTest {

    private static Program ok(String source, List<MapSpec> extra) {
        AsmResult r = Assembler.assemble(source, extra);
        assertTrue(r.ok(), () -> "errors: " + r.errors());
        return r.program();
    }

    private static Program ok(String source) {
        return ok(source, List.of());
    }

    @Test
    void helperNamesEncodeLikeTheirNumbers() {
        assertArrayEquals(ok("call 1\ncall 2\ncall 12\ncall 211").toBytes(),
                ok("call bpf_map_lookup_elem\ncall map_update_elem\ncall bpf_tail_call\ncall cgrp_storage_delete").toBytes());
    }

    @Test
    void labelsWinOverHelperNamesAndCallsCountSlotsFromTheNextInstruction() {
        Program p = ok("call trace_printk\nr1 = 1 ll\nexit\ntrace_printk:\nr0 = 0\nexit");
        Instruction call = p.instructions().get(0);
        assertEquals(Pseudo.CALL_LOCAL, call.src());
        assertEquals(3, call.imm32()); // slots 1-2 (ld_imm64) and 3 (exit) lie between
        assertEquals(Map.of(4, "trace_printk"), p.labels());
    }

    @Test
    void declaredMapsComeFirstThenExtraMaps() {
        MapSpec extra = new MapSpec("events", MapType.RINGBUF, 0, 0, 4096);
        Program p = ok(String.join("\n",
                ".map counters array key=4 value=8 max_entries=16",
                ".map table hash key=8 value=16 max_entries=1024 flags=1",
                "r1 = events ll",
                "r2 = table ll",
                "r3 = counters ll",
                "exit"), List.of(extra));
        assertEquals(List.of(new MapSpec("counters", MapType.ARRAY, 4, 8, 16),
                new MapSpec("table", MapType.HASH, 8, 16, 1024, 1), extra), p.maps());
        int[] expected = {2, 1, 0};
        for (int i = 0; i < 3; i++) {
            Instruction ld = p.instructions().get(i);
            assertTrue(ld.isWide() && ld.isMapLoad());
            assertEquals(Pseudo.MAP_FD, ld.src());
            assertEquals(expected[i], ld.imm());
            assertEquals(i + 1, ld.dst());
        }
    }

    @Test
    void labelAfterEqualsLoadsAFunctionOffset() {
        Program p = ok("r2 = callback ll\nexit\ncallback:\nexit");
        Instruction ld = p.instructions().get(0);
        assertEquals(Pseudo.FUNC, ld.src());
        // The kernel finds the target at insn_idx + imm + 1 (verifier.c, BPF_PSEUDO_FUNC): pc 3 from pc 0.
        assertEquals(2, ld.imm());
    }

    @Test
    void programRecordsSourceLinesAndLabelsByPc() {
        Program p = ok(String.join("\n",
                "# comment",
                "start:",
                "  r1 = 0x100000000 ll",
                "",
                "loop: r1 -= 1 ; if r1 != 0 goto loop",
                "end:",
                "  exit"));
        assertEquals(List.of(3, 5, 5, 7), List.of(p.sourceLineAt(0), p.sourceLineAt(2), p.sourceLineAt(3),
                p.sourceLineAt(4)));
        assertEquals(Map.of(0, "start", 2, "loop", 4, "end"), p.labels());
        assertEquals(-2, p.instructions().get(2).offset());
    }

    @Test
    void labelAtTheEndIsAValidTarget() {
        Program p = ok("goto done\nr0 = 1\ndone:");
        assertEquals(1, p.instructions().get(0).offset());
        assertEquals(Map.of(2, "done"), p.labels());
    }

    @Test
    void registersAndMnemonicsIgnoreCase() {
        assertArrayEquals(ok("r1 = r2\nexit\ngoto +1").toBytes(), ok("R1 = R2\nEXIT\nGoTo +1").toBytes());
    }

    @Test
    void loadAcquireAndStoreReleaseUseTheKernelAtomicCodes() {
        // Kernel UAPI (include/uapi/linux/bpf.h, 6.15+): BPF_LOAD_ACQ 0x100, BPF_STORE_REL 0x110, in
        // BPF_STX|BPF_ATOMIC; load-acquire loads into dst from src+off, store-release stores src at dst+off.
        Program p = ok("r0 = load_acquire((u64 *)(r1 + 8))\nw2 = load_acquire((u8 *)(r3 - 1))\n"
                + "store_release((u32 *)(r4 + 0), w5)\nstore_release((u64 *)(r10 - 8), r6)");
        List<Instruction> i = p.instructions();
        assertEquals(new Instruction(0xdb, 0, 1, 8, AtomicOp.LOAD_ACQUIRE.code), i.get(0));
        assertEquals(new Instruction(0xd3, 2, 3, -1, AtomicOp.LOAD_ACQUIRE.code), i.get(1));
        assertEquals(new Instruction(0xc3, 4, 5, 0, AtomicOp.STORE_RELEASE.code), i.get(2));
        assertEquals(new Instruction(0xdb, 10, 6, -8, AtomicOp.STORE_RELEASE.code), i.get(3));
    }

    @Test
    void aMapNamedLikeAHelperIsStillAMapInALoad() {
        Program p = ok(".map ringbuf_output array key=4 value=4 max_entries=1\nr1 = ringbuf_output ll\n"
                + "call ringbuf_output");
        assertEquals(Pseudo.MAP_FD, p.instructions().get(0).src());
        assertEquals(130, p.instructions().get(1).imm32());
    }

    @Test
    void kernelLogSpellingsOfJumpsCallsAndIndirectPacketLoads() {
        // Verifier logs print "goto pc+2", "call pc+3" and "r0 = *(u16 *)skb[r1 + 4]"; the same
        // instructions in llvm-mc spelling are pinned by the golden corpus.
        assertArrayEquals(ok("goto +2\nif r1 > r2 goto -1\ngotol +5\nmay_goto +0").toBytes(),
                ok("goto pc+2\nif r1 > r2 goto pc-1\ngotol pc+5\nmay_goto pc+0").toBytes());
        Instruction call = ok("call pc+3").instructions().get(0);
        assertEquals(Instruction.callLocal(3), call);
        Instruction ind = ok("r0 = *(u16 *)skb[r1 + 4]").instructions().get(0);
        assertEquals(ok("r0 = *(u16 *)skb[r1]").instructions().get(0).withImm(4), ind);
    }

    @Test
    void aLabelNamedPcStillWorks() {
        Program p = ok("goto pc\npc: exit");
        assertEquals(0, p.instructions().get(0).offset());
    }

    @Test
    void clangDataSectionsAreSkippedAndTheirMapsComeFromMapSpecs() {
        String src = String.join("\n",
                "\t.section\txdp,\"ax\",@progbits",
                "prog:",
                "\tr1 = counters ll",
                "\texit",
                "\t.section\t.maps,\"aw\",@progbits",
                "counters:",
                "\t.zero\t32",
                "\t.section\tlicense,\"aw\",@progbits",
                "LICENSE:",
                "\t.asciz\t\"GPL\"");
        AsmResult alone = Assembler.assemble(src);
        assertEquals(1, alone.errors().size(), alone.errors()::toString);
        assertTrue(alone.errors().get(0).message().contains("'counters' is data in section .maps"),
                alone.errors()::toString);
        Program p = ok(src, List.of(new MapSpec("counters", MapType.ARRAY, 4, 8, 4)));
        assertEquals(3, p.slotCount());
        assertEquals(Pseudo.MAP_FD, p.instructions().get(0).src());
        assertEquals(Map.of(0, "prog"), p.labels());
        assertEquals(Map.of(0, "prog", 1, ".Ltmp0"), ok(".Lfunc_begin0:\nprog:\nr0 = 0\n.Ltmp0:\nexit").labels());
    }

    @Test
    void instructionsInADataSectionAreAnError() {
        AsmResult r = Assembler.assemble(".section .rodata\nr0 = 1\n.text\nexit");
        assertEquals(1, r.errors().size(), r.errors()::toString);
        assertEquals(2, r.errors().get(0).line());
        assertTrue(r.errors().get(0).message().contains("data section '.rodata'"), r.errors()::toString);
    }
}
