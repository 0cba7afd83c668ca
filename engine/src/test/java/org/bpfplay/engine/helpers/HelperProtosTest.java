package org.bpfplay.engine.helpers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;

import org.bpfplay.engine.progtype.ProgramType;
import org.junit.jupiter.api.Test;

/** The prototype table covers issue 3's helper list and states the kernel's types. */
class HelperProtosTest {
    /** Issue 3, "Helpers, by kernel id and name". */
    static final int[] ISSUE_3 = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 23, 25, 26, 27, 28, 31, 42, 44, 45,
        46, 54, 65, 87, 88, 89, 93, 94, 112, 113, 114, 115, 118, 125, 130, 131, 132, 133, 134, 165, 160, 164, 181, 177,
        173};

    @Test
    void everyHelperOfTheIssueHasAPrototypeAndADescription() {
        for (int id : ISSUE_3) {
            HelperProto p = HelperProtos.of(id);
            assertNotNull(p, "no prototype for helper " + id);
            assertFalse(p.description().isBlank());
            assertTrue(p.description().length() < 120, "one line: " + p.description());
            for (int n = 1; n <= p.argCount(); n++) {
                assertTrue(p.arg(n).type() != ArgType.ARG_DONTCARE);
            }
        }
        assertNull(HelperProtos.of(9999));
        assertNull(HelperProtos.of(HelperId.SKC_TO_TCP_SOCK));
    }

    @Test
    void kernelTypes() {
        assertEquals("RET_PTR_TO_MAP_VALUE_OR_NULL bpf_map_lookup_elem(ARG_CONST_MAP_PTR, ARG_PTR_TO_MAP_KEY)",
                HelperProtos.of(HelperId.MAP_LOOKUP_ELEM).toString());
        assertEquals("RET_INTEGER bpf_ktime_get_ns(void)", HelperProtos.of(HelperId.KTIME_GET_NS).toString());
        HelperProto csum = HelperProtos.of(HelperId.CSUM_DIFF);
        assertEquals("ARG_PTR_TO_MEM | PTR_MAYBE_NULL | MEM_RDONLY", csum.arg(1).toString());
        assertEquals(ArgType.ARG_CONST_SIZE_OR_ZERO, csum.arg(2).type());
        assertTrue(csum.pktAccess());
        HelperProto reserve = HelperProtos.of(HelperId.RINGBUF_RESERVE);
        assertEquals(RetType.RET_PTR_TO_RINGBUF_MEM_OR_NULL, reserve.ret());
        assertTrue(reserve.ret().maybeNull());
        assertEquals(ArgType.ARG_CONST_ALLOC_SIZE_OR_ZERO, reserve.arg(2).type());
        assertTrue(HelperProtos.of(HelperId.RINGBUF_SUBMIT).arg(1).has(TypeFlag.OBJ_RELEASE));
        assertEquals(EnumSet.of(TypeFlag.MEM_UNINIT, TypeFlag.MEM_WRITE),
                EnumSet.copyOf(HelperProtos.of(HelperId.MAP_POP_ELEM).arg(2).flags()));
        assertTrue(HelperProtos.of(HelperId.TRACE_PRINTK).gplOnly());
        assertFalse(HelperProtos.of(HelperId.MAP_UPDATE_ELEM).gplOnly());
        assertEquals(RetType.RET_VOID, HelperProtos.of(HelperId.TAIL_CALL).ret());
        assertEquals(ArgType.ARG_PTR_TO_CONST_STR, HelperProtos.of(HelperId.SNPRINTF).arg(3).type());
        assertEquals(ArgType.ARG_PTR_TO_FUNC, HelperProtos.of(HelperId.LOOP).arg(2).type());
        assertEquals(ArgType.ARG_DONTCARE, HelperProtos.of(HelperId.LOOP).arg(5).type());
        assertEquals("ARG_PTR_TO_MEM | MEM_UNINIT | MEM_WRITE",
                HelperProtos.of(HelperId.PROBE_READ_KERNEL).arg(1).normalized().toString());
        assertEquals("ARG_PTR_TO_STACK | PTR_MAYBE_NULL", HelperProtos.of(HelperId.LOOP).arg(3).normalized().toString());
    }

    @Test
    void accessExamples() {
        assertEquals(EnumSet.of(ProgramType.XDP), HelperAccess.callers(HelperId.XDP_ADJUST_HEAD, Privilege.ROOT));
        assertEquals(EnumSet.of(ProgramType.SCHED_CLS), HelperAccess.callers(HelperId.L3_CSUM_REPLACE, Privilege.ROOT));
        assertEquals(EnumSet.of(ProgramType.KPROBE), HelperAccess.callers(HelperId.GET_FUNC_IP, Privilege.ROOT));
        assertTrue(HelperAccess.allowed(HelperId.TRACE_PRINTK, ProgramType.XDP, Privilege.ROOT));
        assertFalse(HelperAccess.allowed(HelperId.TRACE_PRINTK, ProgramType.XDP, Privilege.CAP_BPF));
        assertTrue(HelperAccess.allowed(HelperId.LOOP, ProgramType.SOCKET_FILTER, Privilege.CAP_BPF));
        assertFalse(HelperAccess.allowed(HelperId.KTIME_GET_NS, ProgramType.KPROBE, Privilege.CAP_BPF));
        assertFalse(HelperAccess.allowed(HelperId.KTIME_GET_COARSE_NS, ProgramType.KPROBE, Privilege.ROOT));
        assertFalse(HelperAccess.allowed(null, ProgramType.XDP, Privilege.ROOT));
    }
}
