/*
 * The facade's own behaviour beyond the kernel recordings: map changes carry the pc of the helper call,
 * the debugger reaches the same outcome as the fast path (also across xdp_adjust_head when stepping
 * back), tail calls stop after MAX_TAIL_CALL_CNT (33, include/linux/bpf.h), setup errors are data, and
 * tracing types get their context bytes.
 */
package org.bpfplay.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.List;

import org.bpfplay.engine.interp.Budget;
import org.bpfplay.engine.interp.Debugger;
import org.bpfplay.engine.isa.Encoding;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.progtype.ProgramType;
import org.junit.jupiter.api.Test;

class ProgramRunTest {
    private static final byte[] PACKET = HexFormat.of().parseHex(
            "0011223344556655443322110800450000321c464000401152c2c0a8010a0a0000019c400035001e0000"
            + "4142434445464748494a4b4c4d4e4f50515253545556");

    /** Little assembler for hand-made tests: one 8-byte slot per call. */
    private static final class Code {
        final ByteBuffer b = ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);

        Code i(int op, int dst, int src, int off, int imm) {
            b.put((byte) op).put((byte) (dst | src << 4)).putShort((short) off).putInt(imm);
            return this;
        }

        Code map(int dst, int k) {
            return i(0x18, dst, 1, 0, k).i(0, 0, 0, 0, 0);
        }

        Program program(List<MapSpec> maps) {
            byte[] out = new byte[b.position()];
            b.flip();
            b.get(out);
            Encoding.Decoded d = Encoding.decode(out);
            assertTrue(d.ok(), d.errors().toString());
            return Program.of(d.instructions()).withMaps(maps);
        }
    }

    private static final List<MapSpec> COUNTER_AND_PROGS = List.of(MapSpec.parse("c:array:4:8:1"),
            MapSpec.parse("p:prog_array:4:4:1"));

    /** c[0] += 1 (through the lookup pointer), then tail call p[0], then r0 = 7. */
    private static Program countingTailCaller() {
        return new Code().i(0xbf, 6, 1, 0, 0)
                .i(0x62, 10, 0, -4, 0).map(1, 0).i(0xbf, 2, 10, 0, 0).i(0x07, 2, 0, 0, -4).i(0x85, 0, 0, 0, 1)
                .i(0x15, 0, 0, 3, 0).i(0x79, 1, 0, 0, 0).i(0x07, 1, 0, 0, 1).i(0x7b, 0, 1, 0, 0)
                .i(0xbf, 1, 6, 0, 0).map(2, 1).i(0xb7, 3, 0, 0, 0).i(0x85, 0, 0, 0, 12)
                .i(0xb7, 0, 0, 0, 7).i(0x95, 0, 0, 0, 0).program(COUNTER_AND_PROGS);
    }

    @Test
    void tailCallsStopAfterThirtyThree() {
        Program p = countingTailCaller();
        RunInput in = RunInput.of(ProgramType.XDP, PACKET).withInits(List.of(MapInit.parse("p:00000000=00000000")));
        Prepared prepared = new ProgramRun().prepare(p, List.of(p), in);
        assertTrue(prepared.ok(), String.valueOf(prepared.error()));
        RunOutcome o = prepared.execution().run();
        assertNull(o.fault());
        assertEquals(7, o.retval());
        // the first run plus 33 tail calls each counted once
        assertEquals("2200000000000000", HexFormat.of().formatHex(o.maps().get("c").get(0).value()));
        assertEquals(33, o.events().stream().filter(e -> e.startsWith("tail call")).count());
    }

    @Test
    void anEmptyProgArraySlotFallsThrough() {
        RunOutcome o = new ProgramRun().run(countingTailCaller(), RunInput.of(ProgramType.XDP, PACKET));
        assertEquals(7, o.retval());
        assertEquals("0100000000000000", HexFormat.of().formatHex(o.maps().get("c").get(0).value()));
    }

    @Test
    void mapChangesCarryThePcOfTheHelperCall() {
        // key 2 -> 0x1122 with bpf_map_update_elem at pc 9 (lddw takes two slots)
        Program p = new Code().map(1, 0).i(0x62, 10, 0, -4, 2).i(0x7a, 10, 0, -16, 0x1122)
                .i(0xbf, 2, 10, 0, 0).i(0x07, 2, 0, 0, -4).i(0xbf, 3, 10, 0, 0).i(0x07, 3, 0, 0, -16)
                .i(0xb7, 4, 0, 0, 0).i(0x85, 0, 0, 0, 2).i(0x95, 0, 0, 0, 0).program(List.of(MapSpec.parse("h:hash:4:8:4")));
        RunOutcome o = new ProgramRun().run(p, RunInput.of(ProgramType.XDP, PACKET));
        assertEquals(0, o.retval());
        assertEquals(1, o.changes().size());
        MapChangeAt c = o.changes().get(0);
        assertEquals(9, c.pc());
        assertEquals("h", c.change().map());
        assertNull(c.change().oldValue());
        assertEquals("2211000000000000", HexFormat.of().formatHex(c.change().newValue()));
    }

    @Test
    void theDebuggerReachesTheSameOutcomeAndStepsBackOverAdjustHead() throws IOException {
        for (CorpusRow row : DiffHarnessTest.rows("diff/run/expected.jsonl").subList(0, 40)) {
            Program p = Program.of(Encoding.decode(row.insns()).instructions());
            RunInput in = new RunInput(ProgramType.byName(row.type()), row.data(), row.ctx(), List.of(), 1, 0, Budget.DEFAULT);
            Execution e = new ProgramRun().prepare(p, in).execution();
            e.debugger().runToEnd();
            assertEquals(row.retval(), e.outcome().retval(), row.name());
            assertArrayEquals(row.dataOut(), e.outcome().dataOut(), row.name());
        }
        // r6 = r1; xdp_adjust_head(ctx, 14); r0 = data_end - data
        Program p = new Code().i(0xbf, 6, 1, 0, 0).i(0xbf, 1, 6, 0, 0).i(0xb7, 2, 0, 0, 14).i(0x85, 0, 0, 0, 44)
                .i(0x61, 2, 6, 0, 0).i(0x61, 3, 6, 4, 0).i(0x1f, 3, 2, 0, 0).i(0xbf, 0, 3, 0, 0).i(0x95, 0, 0, 0, 0)
                .program(List.of());
        Execution e = new ProgramRun().prepare(p, RunInput.of(ProgramType.XDP, PACKET)).execution();
        Debugger d = e.debugger();
        d.runToEnd();
        RunOutcome first = e.outcome();
        assertEquals(PACKET.length - 14, first.retval());
        d.goTo(2);
        d.runToEnd();
        assertEquals(first.retval(), e.outcome().retval());
        assertArrayEquals(first.dataOut(), e.outcome().dataOut());
    }

    @Test
    void steppingBackTakesBackMapChanges() {
        // bpf_map_update_elem(h, key 2, 0x1122, BPF_NOEXIST): 0 the first time, -EEXIST if the map kept the entry;
        // then *(u64 *)lookup(a, 0) += 1 through the value pointer
        Program p = new Code().map(1, 0).i(0x62, 10, 0, -4, 2).i(0x7a, 10, 0, -16, 0x1122)
                .i(0xbf, 2, 10, 0, 0).i(0x07, 2, 0, 0, -4).i(0xbf, 3, 10, 0, 0).i(0x07, 3, 0, 0, -16)
                .i(0xb7, 4, 0, 0, 1).i(0x85, 0, 0, 0, 2).i(0xbf, 6, 0, 0, 0)
                .map(1, 1).i(0x62, 10, 0, -4, 0).i(0xbf, 2, 10, 0, 0).i(0x07, 2, 0, 0, -4).i(0x85, 0, 0, 0, 1)
                .i(0x15, 0, 0, 3, 0).i(0x79, 1, 0, 0, 0).i(0x07, 1, 0, 0, 1).i(0x7b, 0, 1, 0, 0)
                .i(0xbf, 0, 6, 0, 0).i(0x95, 0, 0, 0, 0)
                .program(List.of(MapSpec.parse("h:hash:4:8:4"), MapSpec.parse("a:array:4:8:1")));
        Execution e = new ProgramRun().prepare(p, RunInput.of(ProgramType.XDP, PACKET)).execution();
        Debugger d = e.debugger();
        d.runToEnd();
        RunOutcome first = e.outcome();
        assertEquals(0, first.retval());
        assertEquals(1, first.changes().size());
        d.goTo(0);
        assertEquals(List.of(), e.outcome().maps().get("h"));
        assertEquals("0000000000000000", HexFormat.of().formatHex(e.outcome().maps().get("a").get(0).value()));
        assertEquals(0, e.outcome().changes().size());
        d.runToEnd();
        RunOutcome again = e.outcome();
        assertEquals(0, again.retval());
        assertEquals(1, again.changes().size());
        assertEquals("0100000000000000", HexFormat.of().formatHex(again.maps().get("a").get(0).value()));
        assertEquals(first.maps().get("h"), again.maps().get("h"));
    }

    @Test
    void setupErrorsAreData() {
        Program nop = new Code().i(0xb7, 0, 0, 0, 0).i(0x95, 0, 0, 0, 0).program(List.of(MapSpec.parse("a:array:8:8:1")));
        RunOutcome o = new ProgramRun().run(nop, RunInput.of(ProgramType.XDP, PACKET));
        assertFalse(o.ok());
        assertEquals("Invalid argument", o.error().errno());
        Program ok = nop.withMaps(List.of(MapSpec.parse("a:array:4:8:1")));
        o = new ProgramRun().run(ok, RunInput.of(ProgramType.XDP, PACKET).withInits(List.of(MapInit.parse("b:00=00"))));
        assertTrue(o.error().message().contains("no map named b"), o.error().toString());
        o = new ProgramRun().run(ok, RunInput.of(ProgramType.XDP, PACKET).withCtx(HexFormat.of().parseHex(
                "00000000400000000000000002000000")));
        assertEquals("No such device", o.error().errno());
    }

    @Test
    void tracingTypesReadTheirContextBytes() {
        // r0 = *(u64 *)(r1 + 112): pt_regs->di
        Program p = new Code().i(0x79, 0, 1, 112, 0).i(0x95, 0, 0, 0, 0).program(List.of());
        byte[] regs = new byte[168];
        regs[112] = 0x2a;
        RunOutcome o = new ProgramRun().run(p, RunInput.of(ProgramType.KPROBE, null).withCtx(regs));
        assertEquals(0x2a, o.retval());
        assertNull(o.dataOut());
        o = new ProgramRun().run(p, RunInput.of(ProgramType.KPROBE, null));
        assertEquals(0, o.retval());
    }

    @Test
    void customHelperLibrariesArePluggedIn() {
        // 210 (bpf_cgrp_storage_get) is a helper no built-in library provides.
        Program p = new Code().i(0x85, 0, 0, 0, 210).i(0x95, 0, 0, 0, 0).program(List.of());
        ProgramRun run = new ProgramRun().withHelpers((registry, input) -> registry.register(210, "bpf_cgrp_storage_get",
                call -> 1234 + input.seed()));
        assertEquals(1234, run.run(p, RunInput.of(ProgramType.XDP, PACKET)).retval());
        RunOutcome without = new ProgramRun().run(p, RunInput.of(ProgramType.XDP, PACKET));
        assertTrue(without.fault().toString().contains("no helper with id 210"), without.fault().toString());
    }

    @Test
    void theSimulatedWorldHelpersAreThereByDefaultAndSeeded() {
        Program p = new Code().i(0x85, 0, 0, 0, 7).i(0x95, 0, 0, 0, 0).program(List.of()); // get_prandom_u32
        RunInput in = RunInput.of(ProgramType.XDP, PACKET);
        long first = new ProgramRun().run(p, in).r0();
        assertEquals(first, new ProgramRun().run(p, in).r0(), "same seed, same number");
        RunInput other = new RunInput(in.type(), in.data(), in.ctx(), in.inits(), in.cpus(), in.seed() + 1, in.budget());
        assertTrue(first != new ProgramRun().run(p, other).r0(), "another seed, another number");
    }
}
