package org.bpfplay.engine.verifier.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.bpfplay.engine.asm.Assembler;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.progtype.ProgramType;
import org.bpfplay.engine.verifier.VerificationResult;
import org.bpfplay.engine.verifier.Verifier;
import org.bpfplay.engine.verifier.VerifierOptions;
import org.bpfplay.engine.verifier.state.RegType;
import org.junit.jupiter.api.Test;

/** The structured event stream: branch decisions, checkpoints and the pruning hits naming them, precision marks, rejections, streaming. */
class VerifierEventsTest {

    private static Program asm(String src) {
        var r = Assembler.assemble(src);
        assertTrue(r.ok(), () -> r.errors().toString());
        return r.program();
    }

    private static VerificationResult verify(String src) {
        return Verifier.verify(asm(src), VerifierOptions.of(ProgramType.XDP, 2));
    }

    private static <T> List<T> of(VerificationResult r, Class<T> type) {
        return r.events().stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
    }

    /** Two paths meet at pc 11: the second is pruned by the checkpoint the first stored there. */
    private static final String JOIN = "r2 = *(u32 *)(r1 + 12)\n" + "r3 = 1\n".repeat(6)
            + "goto +0\nr0 = 0\nif r2 > 10 goto +1\nr0 = 1\nr0 = 0\nexit\n";

    @Test
    void pruningNamesTheCheckpointThatMatched() {
        VerificationResult r = verify(JOIN);
        assertTrue(r.accepted());
        assertEquals(List.of(new VerifierEvent.BranchDecided(9, VerifierEvent.Decision.BOTH, 11, 10)),
                of(r, VerifierEvent.BranchDecided.class));
        assertEquals(List.of(new VerifierEvent.BranchPushed(9, 11, 1)), of(r, VerifierEvent.BranchPushed.class));
        assertEquals(List.of(new VerifierEvent.Checkpoint(11, 1)), of(r, VerifierEvent.Checkpoint.class));
        assertEquals(List.of(new VerifierEvent.Pruned(11, 1)), of(r, VerifierEvent.Pruned.class));
        assertTrue(r.log().contains("from 9 to 11: safe"), r.log());
        VerifierEvent.BranchPopped pop = of(r, VerifierEvent.BranchPopped.class).get(0);
        assertEquals(11, pop.toPc());
        assertEquals(RegType.SCALAR, pop.regs().get(2).type());
        assertEquals(11, pop.regs().get(2).value().umin(), "the taken side knows r2 > 10");
        assertEquals(0xffffffffL, pop.regs().get(2).value().umax());
        // the steps of the first path (pcs 0..12), then the pop, then the pruning hit
        int popAt = r.events().indexOf(pop);
        assertEquals(13, r.events().subList(0, popAt).stream().filter(e -> e instanceof VerifierEvent.InsnChecked).count());
        assertTrue(r.events().get(popAt + 1) instanceof VerifierEvent.Pruned);
    }

    @Test
    void insnCheckedCarriesTheStateAfterTheInstruction() {
        VerificationResult r = verify(JOIN);
        VerifierEvent.InsnChecked first = of(r, VerifierEvent.InsnChecked.class).get(0);
        assertEquals(0, first.pc());
        assertEquals(11, first.regs().size());
        assertEquals(RegType.SCALAR, first.regs().get(2).type());
        assertEquals(0, first.regs().get(2).value().umin());
        assertEquals(0xffffffffL, first.regs().get(2).value().varOff().mask(), "a u32 load: the low 32 bits unknown");
        assertEquals(RegType.PTR_TO_CTX, first.regs().get(1).type());
        VerifierEvent.InsnChecked atIf = of(r, VerifierEvent.InsnChecked.class).get(9);
        assertEquals(9, atIf.pc());
        assertEquals(10, atIf.regs().get(2).value().umax(), "the fall-through knows r2 <= 10");
    }

    @Test
    void decidedBranchesMarkTheirRegisterPreciseInEarlierCheckpoints() {
        String src = "r2 = *(u32 *)(r1 + 12)\nr0 = 0\n" + "if r2 > 10 goto +1\nr0 += 1\nr3 = 1\n".repeat(6)
                + "if r0 > 3 goto +1\nr0 = 7\nexit\n";
        VerificationResult r = verify(src);
        assertTrue(r.accepted());
        List<VerifierEvent.PrecisionMarked> marks = of(r, VerifierEvent.PrecisionMarked.class);
        assertTrue(marks.contains(new VerifierEvent.PrecisionMarked(20, 4, 19, 0, 1, 0)), marks.toString());
        List<Integer> ids = of(r, VerifierEvent.Checkpoint.class).stream().map(VerifierEvent.Checkpoint::id).toList();
        assertEquals(List.of(1, 2, 3, 4), ids);
        for (VerifierEvent.PrecisionMarked m : marks) {
            assertTrue(ids.contains(m.checkpointId()));
        }
        assertEquals(VerifierEvent.Decision.TAKEN, of(r, VerifierEvent.BranchDecided.class).stream()
                .filter(b -> b.pc() == 20).findFirst().orElseThrow().decision(), "r0 = 6 > 3 on the first path");
    }

    @Test
    void theFallbackThatMarksEverythingPreciseIsReportedToo() {
        // the branch at pc 12 needs r0 exact; r0 came from a legacy packet load, which the backward
        // walk cannot see through, so every scalar of the checkpoint at pc 10 (r7, r8) is marked
        // precise (the kernel falls back the same way: corpus socket_filter/prec_bt_ldabs_fallback)
        String src = "r6 = r1\nr7 = *(u32 *)(r1 + 0)\n" + "r8 = 1\n".repeat(6) + "goto +0\nif r7 > 10 goto +0\n"
                + "r0 = *(u8 *)skb[0]\nr0 &= 255\nif r0 > 300 goto +1\nr0 = 0\nexit\n";
        VerificationResult r = Verifier.verify(asm(src), VerifierOptions.of(ProgramType.SOCKET_FILTER, 2));
        assertTrue(r.accepted(), r.log());
        assertTrue(r.log().contains("falling back to forcing all scalars precise"), r.log());
        List<VerifierEvent.PrecisionMarked> marks = of(r, VerifierEvent.PrecisionMarked.class);
        assertTrue(marks.stream().anyMatch(m -> m.pc() == 12 && m.checkpointPc() == 10 && m.frame() == 0
                && (m.regMask() & (1 << 7)) != 0 && (m.regMask() & (1 << 8)) != 0), marks.toString());
    }

    @Test
    void rejectionNamesRegisterAndPath() {
        VerificationResult r = verify("r2 = *(u32 *)(r1 + 12)\nr0 = 0\nif r2 > 10 goto +1\nexit\nr0 = *(u8 *)(r2 + 0)\nexit\n");
        VerifierEvent.Rejected rej = (VerifierEvent.Rejected) r.events().get(r.events().size() - 1);
        assertEquals(4, rej.pc());
        assertEquals("R2 invalid mem access 'scalar'", rej.message());
        assertEquals(List.of(0, 1, 2, 4), rej.path());
        assertEquals(2, rej.register());
        assertNull(rej.stackOff());
    }

    @Test
    void rejectionNamesStackOffset() {
        VerificationResult r = verify("r0 = 0\n*(u64 *)(r10 + 8) = r0\nexit\n");
        VerifierEvent.Rejected rej = (VerifierEvent.Rejected) r.events().get(r.events().size() - 1);
        assertTrue(rej.message().startsWith("invalid write to stack R10 off=8 size"), rej.message());
        assertEquals(10, rej.register());
        assertEquals(8, rej.stackOff());
    }

    @Test
    void listenerHearsEverythingWhileTheResultKeepsOnlyTheCap() {
        List<VerifierEvent> heard = new ArrayList<>();
        VerificationResult capped = Verifier.verify(asm(JOIN), VerifierOptions.of(ProgramType.XDP, 1), heard::add, 3);
        VerificationResult all = verify(JOIN);
        assertEquals(all.events(), heard);
        assertEquals(all.events().subList(0, 3), capped.events());
        assertEquals(all.processedInsns(), capped.processedInsns());
        VerificationResult none = Verifier.verify(asm(JOIN), VerifierOptions.of(ProgramType.XDP, 1), null, 0);
        assertTrue(none.events().isEmpty());
        assertTrue(none.accepted());
    }

    @Test
    void aThrowingListenerStopsTheRun() {
        class Stop extends RuntimeException {
        }
        int[] n = {0};
        try {
            Verifier.verify(asm(JOIN), VerifierOptions.of(ProgramType.XDP, 1), e -> {
                if (++n[0] == 5) {
                    throw new Stop();
                }
            }, 0);
        } catch (Stop expected) {
            assertEquals(5, n[0]);
            return;
        }
        throw new AssertionError("the listener's exception did not stop the run");
    }
}
