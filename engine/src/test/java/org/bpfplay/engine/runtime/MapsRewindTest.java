/*
 * Stepping back restores every map exactly: for each position of a program that pushes/pops a queue,
 * writes a ring buffer, updates an LRU hash past its size and adds to a bloom filter, a run taken to the
 * end and rewound to that position must show the same maps as a fresh run stepped forward to it: the
 * user-space views (entries(), ring buffer records and positions, bloom bits) and what further
 * user-space operations see (queue pop order, ring buffer consumption, LRU eviction after more updates).
 */
package org.bpfplay.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;

import org.bpfplay.engine.asm.AsmResult;
import org.bpfplay.engine.asm.Assembler;
import org.bpfplay.engine.interp.Debugger;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.maps.BloomFilter;
import org.bpfplay.engine.maps.BpfMap;
import org.bpfplay.engine.maps.LruHashTable;
import org.bpfplay.engine.maps.MapEntry;
import org.bpfplay.engine.maps.QueueStackMap;
import org.bpfplay.engine.maps.RingBuffer;
import org.bpfplay.engine.maps.RingbufRecord;
import org.bpfplay.engine.maps.UserLookup;
import org.bpfplay.engine.progtype.ProgramType;
import org.junit.jupiter.api.Test;

class MapsRewindTest {
    private static final byte[] PACKET = HexFormat.of().parseHex("00112233445566778899aabb08004500");
    private static final HexFormat HEX = HexFormat.of();

    private static String push(int v) {
        return "    r1 = " + v + "\n    *(u32 *)(r10 - 4) = r1\n    r1 = q ll\n    r2 = r10\n    r2 += -4\n"
                + "    r3 = 0\n    call bpf_map_push_elem\n";
    }

    private static String lruUpdate(int k) {
        return "    r1 = " + k + "\n    *(u32 *)(r10 - 12) = r1\n    r1 = " + (k * 16) + "\n    *(u32 *)(r10 - 16) = r1\n"
                + "    r1 = lru ll\n    r2 = r10\n    r2 += -12\n    r3 = r10\n    r3 += -16\n    r4 = 0\n"
                + "    call bpf_map_update_elem\n";
    }

    private static String lruLookup(int k) {
        return "    r1 = " + k + "\n    *(u32 *)(r10 - 12) = r1\n    r1 = lru ll\n    r2 = r10\n    r2 += -12\n"
                + "    call bpf_map_lookup_elem\n";
    }

    private static String output(int v) {
        return "    r1 = " + v + "\n    *(u32 *)(r10 - 4) = r1\n    r1 = events ll\n    r2 = r10\n    r2 += -4\n"
                + "    r3 = 4\n    r4 = 0\n    call bpf_ringbuf_output\n";
    }

    private static final String SOURCE = """
            .map q queue key=0 value=4 max_entries=4
            .map lru lru_hash key=4 value=4 max_entries=4
            .map events ringbuf key=0 value=0 max_entries=4096
            .map bloom bloom_filter key=0 value=4 max_entries=16
            """
            + push(1) + push(2) + output(0x11)
            + "    r1 = q ll\n    r2 = r10\n    r2 += -8\n    call bpf_map_pop_elem\n"
            + push(3) + lruUpdate(1) + lruUpdate(2) + lruUpdate(3) + lruLookup(1) + output(0x22)
            + lruUpdate(4) + lruUpdate(5) + lruLookup(2) + lruUpdate(6) + push(4) + push(5)
            + "    r1 = 7\n    *(u32 *)(r10 - 4) = r1\n    r1 = bloom ll\n    r2 = r10\n    r2 += -4\n"
            + "    r3 = 0\n    call bpf_map_push_elem\n"
            + "    r1 = events ll\n    r2 = 8\n    r3 = 0\n    call bpf_ringbuf_reserve\n"
            + "    if r0 == 0 goto out\n    r1 = 0x33\n    *(u64 *)(r0 + 0) = r1\n    r1 = r0\n    r2 = 0\n"
            + "    call bpf_ringbuf_submit\n"
            + "out:\n    r0 = 0\n    exit\n";

    /** Only an LRU hash (recency and eviction order) and a hash (bucket order after delete and re-add). */
    private static final String LRU_SOURCE = """
            .map lru lru_hash key=4 value=4 max_entries=4
            .map h hash key=4 value=4 max_entries=8
            """
            + lruUpdate(1) + lruUpdate(2) + lruUpdate(3) + lruUpdate(4) + lruLookup(1) + lruLookup(3)
            + lruUpdate(5) + lruLookup(2) + lruUpdate(6) + lruLookup(4) + lruUpdate(7)
            + lruUpdate(1).replace("lru ll", "h ll") + lruUpdate(9).replace("lru ll", "h ll")
            + "    r1 = h ll\n    r2 = r10\n    r2 += -12\n    call bpf_map_delete_elem\n"
            + lruUpdate(8).replace("lru ll", "h ll") + lruUpdate(9).replace("lru ll", "h ll")
            + "    r0 = 0\n    exit\n";

    private static Execution prepare() {
        return prepare(SOURCE);
    }

    private static Execution prepare(String source) {
        AsmResult a = Assembler.assemble(source);
        assertTrue(a.ok(), a.errors().toString());
        Program p = a.program();
        Prepared prepared = new ProgramRun().prepare(p, RunInput.of(ProgramType.XDP, PACKET));
        assertTrue(prepared.ok(), String.valueOf(prepared.error()));
        return prepared.execution();
    }

    /** What user space sees now, then what it sees after popping, consuming and updating further. */
    private static String view(Execution e) {
        StringBuilder sb = new StringBuilder();
        for (BpfMap m : e.maps()) {
            sb.append(m.name()).append(": ");
            for (MapEntry en : m.entries()) {
                sb.append(en.key() == null ? "-" : HEX.formatHex(en.key())).append('=').append(HEX.formatHex(en.value())).append(' ');
            }
            if (m instanceof RingBuffer rb) {
                sb.append(rb.records()).append(" producer ").append(rb.producerPos()).append(" consumer ").append(rb.consumerPos());
            }
            if (m instanceof BloomFilter b) {
                sb.append("bits ").append(b.bitsSet()).append(" has 7: ").append(b.contains(HEX.parseHex("07000000")));
            }
            sb.append('\n');
        }
        sb.append("then:\n");
        for (BpfMap m : e.maps()) {
            sb.append(m.name()).append(": ");
            if (m instanceof QueueStackMap q) {
                for (UserLookup u = q.userLookupAndDelete(null); u.value() != null; u = q.userLookupAndDelete(null)) {
                    sb.append(HEX.formatHex(u.value())).append(' ');
                }
                sb.append("pushed 9: ").append(q.userUpdate(null, HEX.parseHex("09000000"), 0));
            } else if (m instanceof RingBuffer rb) {
                for (RingbufRecord r : rb.consume()) {
                    sb.append(r).append(' ');
                }
                sb.append("then output: ").append(rb.output(HEX.parseHex("44444444"), 4, 0)).append(' ').append(rb.records());
            } else if (m instanceof LruHashTable lru) {
                for (int k = 100; k < 106; k++) {
                    sb.append(lru.userUpdate(new byte[] {(byte) k, 0, 0, 0}, new byte[] {(byte) k, 1, 0, 0}, 0)).append(' ');
                    for (MapEntry en : lru.entries()) {
                        sb.append(HEX.formatHex(en.key())).append(',');
                    }
                    sb.append(' ');
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** A debugger that snapshots at every instruction, so rewinding restores the maps of that very position. */
    private static Debugger snapshotEveryStep(Execution e) {
        return new Debugger(e.machine(), e.input().budget(), 1000, 1);
    }

    @Test
    void rewindingToEveryPositionEqualsSteppingForwardToIt() {
        rewindEveryPosition(SOURCE);
    }

    @Test
    void rewindingRestoresLruRecencyAndHashBucketOrder() {
        rewindEveryPosition(LRU_SOURCE);
    }

    private static void rewindEveryPosition(String source) {
        Execution probe = prepare(source);
        probe.debugger().runToEnd();
        long end = probe.machine().result().instructions();
        assertTrue(end > 80, "the program ran " + end + " instructions");
        String start = null;
        String last = null;
        for (long x = 0; x <= end; x += 3) {
            Execution rewound = prepare(source);
            Debugger d = snapshotEveryStep(rewound);
            d.runToEnd();
            d.goTo(x);
            Execution forward = prepare(source);
            forward.debugger().goTo(x);
            String want = view(forward);
            assertEquals(want, view(rewound), "maps after rewinding to position " + x);
            if (start == null) {
                start = want;
            }
            last = want;
        }
        assertNotEquals(start, last, "the program changes every map");
    }

    @Test
    void rewindingThenRunningAgainGivesTheSameOutcome() {
        Execution e = prepare();
        Debugger d = e.debugger();
        d.runToEnd();
        String first = view(e);
        Execution again = prepare();
        Debugger d2 = snapshotEveryStep(again);
        d2.runToEnd();
        d2.goTo(40);
        d2.goTo(5);
        d2.runToEnd();
        assertEquals(first, view(again));
        assertEquals(List.copyOf(e.outcome().events()), List.copyOf(again.outcome().events()));
    }
}
