package org.bpfplay.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;

import org.bpfplay.engine.asm.AsmResult;
import org.bpfplay.engine.asm.Assembler;
import org.bpfplay.engine.progtype.ProgramType;
import org.junit.jupiter.api.Test;

/** Ring buffer and perf event records come out of a run as events, in the order a reader sees them. */
class OutputChannelsTest {
    private static final byte[] PACKET = HexFormat.of().parseHex("00112233445566778899aabb08004500");

    private static RunOutcome run(String source) {
        AsmResult a = Assembler.assemble(source);
        assertTrue(a.ok(), a.errors().toString());
        RunOutcome o = new ProgramRun().run(a.program(), RunInput.of(ProgramType.XDP, PACKET));
        assertTrue(o.ok() && o.fault() == null, String.valueOf(o.fault()));
        return o;
    }

    @Test
    void submittedRingbufRecordsAreEventsAndDiscardedOnesAreNot() {
        RunOutcome o = run("""
                .map events ringbuf key=0 value=0 max_entries=4096
                    r1 = 0x1122334455667788 ll
                    *(u64 *)(r10 - 8) = r1
                    r1 = events ll
                    r2 = r10
                    r2 += -8
                    r3 = 8
                    r4 = 0
                    call bpf_ringbuf_output
                    r1 = events ll
                    r2 = 4
                    r3 = 0
                    call bpf_ringbuf_reserve
                    if r0 == 0 goto out
                    r1 = r0
                    r2 = 0
                    call bpf_ringbuf_discard
                out:
                    r0 = 2
                    exit
                """);
        assertEquals(List.of("ringbuf events: 8877665544332211"), o.events());
    }

    @Test
    void perfEventOutputLandsOnTheCurrentCpusEvent() {
        RunOutcome o = run("""
                .map perf perf_event_array key=4 value=4 max_entries=2
                    r6 = r1
                    r2 = 0xabcd
                    *(u32 *)(r10 - 4) = r2
                    r1 = r6
                    r2 = perf ll
                    r3 = 0xffffffff ll
                    r4 = r10
                    r4 += -4
                    r5 = 4
                    call bpf_perf_event_output
                    exit
                """);
        assertEquals(0, o.r0());
        assertEquals(List.of("perf perf[0] cpu 0: cdab0000"), o.events());
    }

    @Test
    void getStackidStoresTheSimulatedStackAndGivesTheSameIdForTheSameStack() {
        AsmResult a = Assembler.assemble("""
                .map stacks stack_trace key=4 value=24 max_entries=16
                    r6 = r1
                    r1 = r6
                    r2 = stacks ll
                    r3 = 0
                    call bpf_get_stackid
                    r7 = r0
                    r1 = r6
                    r2 = stacks ll
                    r3 = 0
                    call bpf_get_stackid
                    r0 -= r7
                    r0 <<= 32
                    r0 |= r7
                    exit
                """);
        assertTrue(a.ok(), a.errors().toString());
        RunOutcome o = new ProgramRun().run(a.program(), RunInput.of(ProgramType.KPROBE, null));
        assertTrue(o.fault() == null, String.valueOf(o.fault()));
        long id = o.r0() & 0xffffffffL;
        assertEquals(0, o.r0() >>> 32, "the same stack twice gives the same id");
        assertTrue(id < 16, "an id is a bucket index: " + id);
        assertEquals(1, o.maps().get("stacks").size());
        // innermost frame first: the world's func_ip 0xffffffff81400000, little-endian
        assertTrue(HexFormat.of().formatHex(o.maps().get("stacks").get(0).value()).startsWith("00004081ffffffff"),
                o.maps().get("stacks").toString());
    }

    @Test
    void aStoreThroughALookupPointerIsReportedAgainstTheMapEntry() {
        AsmResult a = Assembler.assemble("""
                .map counts array key=4 value=8 max_entries=4
                    r1 = 2
                    *(u32 *)(r10 - 4) = r1
                    r2 = r10
                    r2 += -4
                    r1 = counts ll
                    call bpf_map_lookup_elem
                    if r0 == 0 goto out
                    r1 = 7
                    *(u64 *)(r0 + 0) = r1
                out:
                    r0 = 2
                    exit
                """);
        assertTrue(a.ok(), a.errors().toString());
        org.bpfplay.engine.interp.Debugger d = new ProgramRun().prepare(a.program(), RunInput.of(ProgramType.XDP, PACKET))
                .execution().debugger();
        String seen = null;
        for (int i = 0; i < 20 && seen == null; i++) {
            org.bpfplay.engine.interp.StepReport r = d.step();
            for (org.bpfplay.engine.interp.StepReport.MemoryChange c : r.memory()) {
                if (c.region().startsWith("counts")) {
                    seen = c.region() + " @" + c.offset() + " at pc " + r.pcBefore();
                }
            }
        }
        assertEquals("counts[02000000] @0 at pc 9", seen);
    }
}
