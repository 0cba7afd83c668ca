/*
 * bpf_loop (181) and bpf_for_each_map_elem (164) calling back into the program through the
 * Machine's invokeCallback: BPF_PSEUDO_FUNC loads, iteration counts and early stop, the kernel's
 * argument checks (nr_loops > 1 << 23: -E2BIG, flags != 0: -EINVAL; kernel/bpf/bpf_iter.c), r6-r9
 * kept across the call, live map values, faults/budget/call depth inside a callback.
 * Expected values follow the helpers' documented semantics (include/uapi/linux/bpf.h); they were
 * not recorded from the kernel (kernel-oracle needs BTF func_info for callbacks).
 */
package org.bpfplay.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.bpfplay.engine.interp.Budget;
import org.bpfplay.engine.interp.FaultKind;
import org.bpfplay.engine.isa.Encoding;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.maps.MapEntry;
import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.progtype.ProgramType;
import org.junit.jupiter.api.Test;

class CallbackTest {
    private static final byte[] PACKET = new byte[64];

    /** Little assembler for hand-made tests: one 8-byte slot per call. */
    private static final class Code {
        final ByteBuffer b = ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);

        Code i(int op, int dst, int src, int off, int imm) {
            b.put((byte) op).put((byte) (dst | src << 4)).putShort((short) off).putInt(imm);
            return this;
        }

        /** ld_imm64 with a pseudo source (1: map by index, 4: function at pc + 1 + imm). */
        Code ld(int dst, int src, int imm) {
            return i(0x18, dst, src, 0, imm).i(0, 0, 0, 0, 0);
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

    /**
     * r0 = bpf_loop(n, cb, &sum, flags) * 1000 + sum + r6, with r6 = 77 before the call; the callback
     * adds its index to sum, sets r6 = 5 (its own), and returns 1 when the index is {@code stop}.
     * With {@code badLoad} the callback starts by dereferencing its index (a fault at pc 14).
     */
    private static Program loopProgram(int n, int flags, int stop, boolean badLoad) {
        Code c = new Code().i(0xb7, 1, 0, 0, n).ld(2, 4, 12).i(0xbf, 3, 10, 0, 0).i(0x07, 3, 0, 0, -8)
                .i(0x7a, 10, 0, -8, 0).i(0xb7, 4, 0, 0, flags).i(0xb7, 6, 0, 0, 77).i(0x85, 0, 0, 0, 181)
                .i(0x79, 7, 10, -8, 0).i(0x27, 0, 0, 0, 1000).i(0x0f, 0, 7, 0, 0).i(0x0f, 0, 6, 0, 0)
                .i(0x95, 0, 0, 0, 0);
        // callback at pc 14
        c.i(0x79, 3, badLoad ? 1 : 2, 0, 0).i(0x0f, 3, 1, 0, 0).i(0x7b, 2, 3, 0, 0).i(0xb7, 6, 0, 0, 5)
                .i(0xb7, 0, 0, 0, 0).i(0x55, 1, 0, 1, stop).i(0xb7, 0, 0, 0, 1).i(0x95, 0, 0, 0, 0);
        return c.program(List.of());
    }

    private static RunOutcome run(Program p, RunInput in) {
        Prepared prepared = new ProgramRun().prepare(p, in);
        assertTrue(prepared.ok(), String.valueOf(prepared.error()));
        return prepared.execution().run();
    }

    private static RunOutcome run(Program p) {
        return run(p, RunInput.of(ProgramType.XDP, PACKET));
    }

    @Test
    void loopRunsTheCallbackNrTimes() {
        RunOutcome zero = run(loopProgram(0, 0, -1, false));
        assertNull(zero.fault());
        assertEquals(77, zero.r0());
        assertEquals(13, zero.instructions());
        RunOutcome one = run(loopProgram(1, 0, -1, false));
        assertEquals(1000 + 0 + 77, one.r0());
        assertEquals(13 + 7, one.instructions());
        RunOutcome many = run(loopProgram(100, 0, -1, false));
        assertEquals(100_000 + 4950 + 77, many.r0());
        assertEquals(13 + 700, many.instructions());
    }

    @Test
    void callbackReturningOneStopsTheLoop() {
        RunOutcome o = run(loopProgram(10, 0, 3, false));
        assertNull(o.fault());
        // indexes 0..3 ran: bpf_loop returns 4
        assertEquals(4000 + 6 + 77, o.r0());
        assertEquals(13 + 3 * 7 + 8, o.instructions());
    }

    @Test
    void loopChecksItsArgumentsLikeTheKernel() {
        RunOutcome tooMany = run(loopProgram((1 << 23) + 1, 0, -1, false));
        assertEquals(-7 * 1000 + 77, tooMany.r0()); // -E2BIG
        RunOutcome flags = run(loopProgram(3, 1, -1, false));
        assertEquals(-22 * 1000 + 77, flags.r0()); // -EINVAL
    }

    @Test
    void faultInsideCallbackEndsTheRunThere() {
        RunOutcome o = run(loopProgram(5, 0, -1, true));
        assertNotNull(o.fault());
        assertEquals(14, o.fault().pc());
    }

    @Test
    void callbacksCountAgainstTheRunBudget() {
        RunInput in = RunInput.of(ProgramType.XDP, PACKET);
        in = new RunInput(in.type(), in.data(), in.ctx(), in.inits(), in.cpus(), in.seed(), Budget.instructions(1000));
        RunOutcome o = run(loopProgram(1 << 23, 0, -1, false), in);
        assertNotNull(o.fault());
        assertEquals(FaultKind.INSN_LIMIT, o.fault().kind());
        assertEquals(1000, o.instructions());
    }

    @Test
    void notAFunctionPointerFaults() {
        Program p = new Code().i(0xb7, 1, 0, 0, 1).i(0xb7, 2, 0, 0, 12345).i(0xb7, 3, 0, 0, 0)
                .i(0xb7, 4, 0, 0, 0).i(0x85, 0, 0, 0, 181).i(0x95, 0, 0, 0, 0).program(List.of());
        RunOutcome o = run(p);
        assertNotNull(o.fault());
        assertEquals(4, o.fault().pc());
    }

    @Test
    void nestedCallbacksStopAtTheFrameLimit() {
        // main and the callback both call bpf_loop(1, cb, 0, 0): each level pushes one more frame.
        Program p = new Code().i(0xb7, 1, 0, 0, 1).ld(2, 4, 5).i(0xb7, 3, 0, 0, 0).i(0xb7, 4, 0, 0, 0)
                .i(0x85, 0, 0, 0, 181).i(0x95, 0, 0, 0, 0)
                .i(0xb7, 1, 0, 0, 1).ld(2, 4, -2).i(0xb7, 3, 0, 0, 0).i(0xb7, 4, 0, 0, 0)
                .i(0x85, 0, 0, 0, 181).i(0x95, 0, 0, 0, 0).program(List.of());
        RunOutcome o = run(p);
        assertNotNull(o.fault());
        assertEquals(FaultKind.CALL_DEPTH, o.fault().kind());
        assertEquals(12, o.fault().pc());
    }

    /**
     * r0 = for_each_map_elem(map 0, cb, &sum, 0) * 1000 + sum; the callback adds *value to sum,
     * doubles *value in place, and returns 1 at the element whose u32 key is {@code stop}.
     */
    private static Program forEachProgram(int stop, MapSpec map) {
        return new Code().ld(1, 1, 0).ld(2, 4, 10).i(0xbf, 3, 10, 0, 0).i(0x07, 3, 0, 0, -8)
                .i(0x7a, 10, 0, -8, 0).i(0xb7, 4, 0, 0, 0).i(0x85, 0, 0, 0, 164)
                .i(0x79, 7, 10, -8, 0).i(0x27, 0, 0, 0, 1000).i(0x0f, 0, 7, 0, 0).i(0x95, 0, 0, 0, 0)
                // callback at pc 13
                .i(0x79, 5, 3, 0, 0).i(0x79, 6, 4, 0, 0).i(0x0f, 6, 5, 0, 0).i(0x7b, 4, 6, 0, 0)
                .i(0x0f, 5, 5, 0, 0).i(0x7b, 3, 5, 0, 0).i(0xb7, 0, 0, 0, 0).i(0x61, 7, 2, 0, 0)
                .i(0x55, 7, 0, 1, stop).i(0xb7, 0, 0, 0, 1).i(0x95, 0, 0, 0, 0).program(List.of(map));
    }

    private static List<MapInit> inits(String map, int... keys) {
        List<MapInit> out = new ArrayList<>();
        for (int k : keys) {
            String key = String.format("%02x000000", k);
            String value = String.format("%02x00000000000000", k * 10);
            out.add(MapInit.parse(map + ":" + key + "=" + value));
        }
        return out;
    }

    private static long u64(byte[] b) {
        return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getLong();
    }

    private static int u32(byte[] b) {
        return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }

    @Test
    void forEachWalksAnArrayInIndexOrderWithLiveValues() {
        MapSpec a = MapSpec.parse("a:array:4:8:4");
        RunInput in = RunInput.of(ProgramType.XDP, PACKET).withInits(inits("a", 0, 1, 2, 3));
        RunOutcome all = run(forEachProgram(-1, a), in);
        assertNull(all.fault());
        assertEquals(4000 + 0 + 10 + 20 + 30, all.r0());
        List<Long> doubled = all.maps().get("a").stream().map(e -> u64(e.value())).toList();
        assertEquals(List.of(0L, 20L, 40L, 60L), doubled);

        RunOutcome stopped = run(forEachProgram(1, a), in);
        assertEquals(2000 + 0 + 10, stopped.r0());
        assertEquals(List.of(0L, 20L, 20L, 30L), stopped.maps().get("a").stream().map(e -> u64(e.value())).toList());
    }

    @Test
    void forEachWalksAHashInBucketOrderAndStopsEarly() {
        MapSpec h = MapSpec.parse("h:hash:4:8:8");
        RunInput in = RunInput.of(ProgramType.XDP, PACKET).withInits(inits("h", 5, 9, 1, 7));
        RunOutcome all = run(forEachProgram(-1, h), in);
        assertNull(all.fault());
        assertEquals(4000 + 50 + 90 + 10 + 70, all.r0());
        List<MapEntry> order = all.maps().get("h");
        for (MapEntry e : order) {
            assertEquals(u32(e.key()) * 20L, u64(e.value()), HexFormat.of().formatHex(e.key()));
        }
        // stop at the third element of the map's own (kernel bucket) order
        int third = u32(order.get(2).key());
        long sum = 0;
        for (int i = 0; i < 3; i++) {
            sum += u32(order.get(i).key()) * 10L;
        }
        RunOutcome stopped = run(forEachProgram(third, h), in);
        assertEquals(3000 + sum, stopped.r0());
    }
}
