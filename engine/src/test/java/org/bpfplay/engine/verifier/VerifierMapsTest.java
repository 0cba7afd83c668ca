package org.bpfplay.engine.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bpfplay.engine.asm.AsmResult;
import org.bpfplay.engine.asm.Assembler;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.maps.Errno;
import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.progtype.ProgramType;
import org.junit.jupiter.api.Test;

/**
 * Maps and helper calls through the public API, on assembled sources with .map directives. The
 * expected texts are what Linux 6.18 printed for the same programs (recorded in the corpus:
 * verifier/corpus/socket_filter/NAME.l1.log|.l2.log by scripts/record-verifier-corpus.sh; the name
 * is given with each test).
 */
class VerifierMapsTest {
    private static final String HASH = ".map m hash key=4 value=8 max_entries=16\n";
    private static final String KEY = "r1 = 0\n*(u32 *)(r10 - 4) = r1\nr2 = r10\nr2 += -4\n";

    private static VerificationResult verify(String src, int level) {
        AsmResult a = Assembler.assemble(src);
        assertTrue(a.ok(), () -> a.errors().toString());
        return Verifier.verify(a.program(), VerifierOptions.of(ProgramType.SOCKET_FILTER, level));
    }

    /** corpus map_lookup_hash_ok. */
    @Test
    void lookupNullCheckRead() {
        VerificationResult r = verify(HASH + KEY + "r1 = m ll\ncall 1\nif r0 == 0 goto +1\nr1 = *(u64 *)(r0 + 0)\n"
                + "r0 = 0\nexit\n", 2);
        assertTrue(r.accepted(), r.log());
        assertTrue(r.log().contains("6: (85) call bpf_map_lookup_elem#1    ; R0=map_value_or_null(id=1,map=m,ks=4,vs=8)\n"),
                r.log());
        assertTrue(r.log().contains("7: (15) if r0 == 0x0 goto pc+1        ; R0=map_value(map=m,ks=4,vs=8)\n"), r.log());
        assertTrue(r.log().contains("4: (18) r1 = 0xffff888100000000       ; R1=map_ptr(map=m,ks=4,vs=8)\n"), r.log());
        assertEquals(11, r.processedInsns());
    }

    /** corpus map_lookup_no_null_check. */
    @Test
    void readBeforeNullCheck() {
        VerificationResult r = verify(HASH + KEY + "r1 = m ll\ncall 1\nr1 = *(u64 *)(r0 + 0)\nr0 = 0\nexit\n", 1);
        assertFalse(r.accepted());
        assertEquals(Errno.EACCES, r.errno());
        assertEquals("R0 invalid mem access 'map_value_or_null'", r.message());
        assertEquals(7, r.failingInsn());
    }

    /** corpus map_value_read_u64_8. */
    @Test
    void valueBoundsTwoLines() {
        VerificationResult r = verify(HASH + KEY + "r1 = m ll\ncall 1\nif r0 == 0 goto +1\nr1 = *(u64 *)(r0 + 8)\n"
                + "r0 = 0\nexit\n", 1);
        assertEquals("invalid access to map value, value_size=8 off=8 size=8\n"
                + "R0 min value is outside of the allowed memory range", r.message());
    }

    /** corpus map_array_const_key_no_check: 6.18 drops _or_null for a constant in-range array key. */
    @Test
    void arrayConstantKeyNeedsNoNullCheck() {
        String src = ".map m array key=4 value=8 max_entries=16\nr1 = 3\n*(u32 *)(r10 - 8) = r1\nr2 = r10\nr2 += -8\n"
                + "r1 = m ll\ncall 1\nr1 = *(u64 *)(r0 + 0)\nr0 = 0\nexit\n";
        assertTrue(verify(src, 1).accepted());
        assertFalse(verify(src.replace("r1 = 3\n", "r1 = 16\n"), 1).accepted());
    }

    /** corpus helper_r1_scratched. */
    @Test
    void callerSavedRegistersAreScratched() {
        VerificationResult r = verify("r1 = 1\ncall 5\nr0 = r1\nexit\n", 1);
        assertEquals("R1 !read_ok", r.message());
        assertTrue(verify("r6 = 1\ncall 5\nr0 = r6\nexit\n", 1).accepted());
    }

    /** corpus helper_unknown_999 and helper_sf_xdp_adjust_head. */
    @Test
    void unknownAndUnavailableHelpers() {
        assertEquals("invalid func unknown#999", verify("call 999\nr0 = 0\nexit\n", 1).message());
        VerificationResult r = verify("r2 = 0\ncall 44\nr0 = 0\nexit\n", 1);
        assertEquals("program of this type cannot use helper bpf_xdp_adjust_head#44", r.message());
        assertEquals(Errno.EINVAL, r.errno());
    }

    /** corpus ref_ringbuf_leak and ref_ringbuf_submit_ok. */
    @Test
    void ringbufReferences() {
        String rb = ".map rb ringbuf key=0 value=0 max_entries=4096\nr1 = rb ll\nr2 = 16\nr3 = 0\ncall 131\n";
        VerificationResult leak = verify(rb + "if r0 == 0 goto +0\nr0 = 0\nexit\n", 1);
        assertEquals("Unreleased reference id=2 alloc_insn=4\n"
                + "BPF_EXIT instruction in main prog would lead to reference leak", leak.message());
        VerificationResult ok = verify(rb + "if r0 == 0 goto +3\nr1 = r0\nr2 = 0\ncall 132\nr0 = 0\nexit\n", 2);
        assertTrue(ok.accepted(), ok.log());
        assertTrue(ok.log().contains("R0=ringbuf_mem(ref_obj_id=2,sz=16) refs=2\n"), ok.log());
    }

    /** corpus map_lookup_r1_scalar. */
    @Test
    void argumentTypes() {
        VerificationResult r = verify(HASH + KEY + "r1 = 0\ncall 1\nr0 = 0\nexit\n", 1);
        assertEquals("R1 type=scalar expected=map_ptr", r.message());
    }

    /** Raw bytes name maps by index through the options; a Program carries its own. */
    @Test
    void mapsComeFromOptionsOrProgram() {
        AsmResult a = Assembler.assemble(HASH + KEY + "r1 = m ll\ncall 1\nr0 = 0\nexit\n");
        Program p = a.program();
        byte[] code = org.bpfplay.engine.isa.Encoding.encode(p.instructions());
        VerificationResult none = Verifier.verify(code, VerifierOptions.of(ProgramType.SOCKET_FILTER, 1));
        assertFalse(none.accepted());
        VerificationResult with = Verifier.verify(code, VerifierOptions.of(ProgramType.SOCKET_FILTER, 1)
                .withMaps(List.of(MapSpec.parse("m:hash:4:8:16"))));
        assertTrue(with.accepted(), with.log());
    }
}
