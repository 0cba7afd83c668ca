/*
 * Program types as data: names and ids as the kernel and kernel-oracle spell them, context layouts
 * consistent (fields inside the struct, sorted, not overlapping; sizes of the UAPI structs), return names.
 */
package org.bpfplay.engine.progtype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProgramTypeTest {
    @Test
    void namesRoundTripAndIdsAreTheKernels() {
        for (ProgramType t : ProgramType.values()) {
            assertEquals(t, ProgramType.byName(t.oracleName));
        }
        assertNull(ProgramType.byName("nonsense"));
        // enum bpf_prog_type in include/uapi/linux/bpf.h
        assertEquals(1, ProgramType.SOCKET_FILTER.kernelId);
        assertEquals(3, ProgramType.SCHED_CLS.kernelId);
        assertEquals(6, ProgramType.XDP.kernelId);
        assertEquals(17, ProgramType.RAW_TRACEPOINT.kernelId);
    }

    @Test
    void layoutsAreConsistent() {
        for (ProgramType t : ProgramType.values()) {
            ContextLayout l = t.context;
            int end = 0;
            for (ContextField f : l.fields()) {
                assertTrue(f.offset() >= end, t + ": " + f + " overlaps the previous field");
                assertTrue(f.offset() + f.size() <= l.size(), t + ": " + f + " past the struct");
                end = f.offset() + f.size();
                assertEquals(f, l.field(f.name()));
                assertEquals(f, l.fieldAt(f.offset()));
            }
            assertEquals(l.size(), t.defaultContext().length);
        }
        assertEquals(192, ProgramType.SOCKET_FILTER.context.size());
        assertEquals(24, ProgramType.XDP.context.size());
        assertEquals(168, ProgramType.KPROBE.context.size());
        assertEquals(184, ProgramType.PERF_EVENT.context.size());
    }

    @Test
    void pointerFieldsAreTheOnesTheRuntimeSupplies() {
        assertEquals(List.of("data", "data_end", "data_meta"),
                ProgramType.XDP.context.pointerFields().stream().map(ContextField::name).toList());
        assertEquals(List.of("data", "data_end", "data_meta", "sk"),
                ProgramType.SCHED_CLS.context.pointerFields().stream().map(ContextField::name).toList());
        assertEquals(ContextField.Access.NONE, ProgramType.SOCKET_FILTER.context.field("data").access());
        assertEquals(ContextField.Access.READ_ONLY, ProgramType.SCHED_CLS.context.field("data").access());
        assertEquals(ContextField.Access.READ_WRITE, ProgramType.SOCKET_FILTER.context.field("cb[4]").access());
        assertEquals(8, ProgramType.SOCKET_FILTER.context.field("sk").size());
    }

    @Test
    void returnNames() {
        assertEquals("XDP_PASS", ProgramType.XDP.returnName(2));
        assertEquals("XDP_REDIRECT", ProgramType.XDP.returnName(4));
        assertNull(ProgramType.XDP.returnName(5));
        assertEquals("TC_ACT_SHOT", ProgramType.SCHED_CLS.returnName(2));
        assertEquals("TC_ACT_UNSPEC", ProgramType.SCHED_CLS.returnName(0xffffffffL));
    }
}
