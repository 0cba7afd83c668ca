package org.bpfplay.engine.verifier.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.bpfplay.engine.maps.MapType;
import org.bpfplay.engine.progtype.ProgramType;
import org.bpfplay.engine.verifier.PrivilegeMode;
import org.bpfplay.engine.verifier.VerificationResult;
import org.bpfplay.engine.verifier.Verifier;
import org.bpfplay.engine.verifier.VerifierOptions;
import org.bpfplay.engine.verifier.scalar.Scalar;
import org.bpfplay.engine.verifier.state.FuncState;
import org.bpfplay.engine.verifier.state.RegState;
import org.bpfplay.engine.verifier.state.VerifierState;

/**
 * Callback rules in isolation. The expected texts and counts are the kernel's (Linux 6.18, see
 * the cb_* corpus recorded with scripts/kernel-oracle-plus.py).
 */
class CallbackCallTest {
    /** r1 = 4; r2 = cb (ld_imm64 src=4, imm=6); r3 = 0; r4 = 0; call bpf_loop; r0 = 0; exit; cb: r0 = R0; exit. */
    private static byte[] loop(int cbReturn) {
        String hex = "b701000004000000" + "1842000006000000" + "0000000000000000" + "b703000000000000"
                + "b704000000000000" + "85000000b5000000" + "b700000000000000" + "9500000000000000"
                + String.format("b7000000%02x000000", cbReturn) + "9500000000000000";
        byte[] b = new byte[hex.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    @Test
    void ldImm64PseudoFuncGivesAFuncPointer() {
        VerificationResult r = Verifier.verify(loop(0), new VerifierOptions(ProgramType.XDP, 2, PrivilegeMode.ROOT));
        assertTrue(r.accepted(), r.log());
        assertTrue(r.log().contains("1: (18) r2 = 0x6                      ; R2=func()\n"), r.log());
        // the callback frame is explored from the helper call and returns to it
        assertTrue(r.log().contains("from 5 to 8: frame1: R1=scalar() R2=0 R10=fp0 cb\n"), r.log());
        assertTrue(r.log().contains("to caller at 5:\n"), r.log());
        // the second visit of the call site matches the first one's checkpoint: converged
        assertTrue(r.log().contains("from 9 to 5: safe\n"), r.log());
        assertEquals(10, r.processedInsns());
    }

    @Test
    void ourAssemblerWritesTheCallbackReferenceAsPseudoFunc() {
        var asm = org.bpfplay.engine.asm.Assembler.assemble(
                "r1 = 4\nr2 = cb ll\nr3 = 0\nr4 = 0\ncall 181\nr0 = 0\nexit\ncb:\nr0 = 0\nexit\n");
        assertTrue(asm.errors().isEmpty(), asm.errors().toString());
        byte[] ours = org.bpfplay.engine.isa.Encoding.encode(asm.program().instructions());
        assertEquals(java.util.HexFormat.of().formatHex(loop(0)), java.util.HexFormat.of().formatHex(ours));
    }

    @Test
    void eventsOfTheCallbackCarryItsFrame() {
        VerificationResult r = Verifier.verify(loop(0), new VerifierOptions(ProgramType.XDP, 1, PrivilegeMode.ROOT));
        boolean sawCallback = false;
        for (var e : r.events()) {
            if (e instanceof org.bpfplay.engine.verifier.log.VerifierEvent.InsnChecked c) {
                // pcs 8 and 9 are the callback (frame 1); the exit at 9 is recorded after the frame is gone
                assertEquals(c.pc() == 8 ? 1 : 0, c.frame(), "pc " + c.pc());
                sawCallback |= c.pc() == 8;
            }
            if (e instanceof org.bpfplay.engine.verifier.log.VerifierEvent.BranchPopped p) {
                assertEquals(8, p.toPc());
                assertEquals(1, p.frame());
            }
        }
        assertTrue(sawCallback);
    }

    @Test
    void callbackMustReturnZeroOrOne() {
        VerificationResult r = Verifier.verify(loop(2), new VerifierOptions(ProgramType.XDP, 1, PrivilegeMode.ROOT));
        assertFalse(r.accepted());
        assertEquals("At callback return the register R0 has smin=2 smax=2 should have been in [0, 1]", r.message());
    }

    @Test
    void returnRangeMessages() {
        assertNull(CallbackCall.checkReturnRange(RegState.scalar(Scalar.constant(1))));
        assertEquals("At callback return the register R0 has unknown scalar value should have been in [0, 1]",
                CallbackCall.checkReturnRange(RegState.unknownScalar()).message());
        assertEquals("R0 not a scalar value", CallbackCall.checkReturnType(RegState.NOT_INIT).message());
    }

    @Test
    void widenForgetsImpreciseScalarsThatChanged() {
        VerifierState old = new VerifierState();
        old.frames.add(new FuncState(0, -1));
        old.cur().regs[6] = RegState.scalar(Scalar.constant(0));
        old.cur().regs[7] = RegState.scalar(Scalar.constant(0)).withPrecise(true);
        old.cur().regs[8] = RegState.scalar(Scalar.constant(5));
        VerifierState cur = old.copy();
        cur.cur().regs[6] = RegState.scalar(Scalar.constant(1));
        cur.cur().regs[7] = RegState.scalar(Scalar.constant(1));
        RegState same = cur.cur().regs[8];
        CallbackCall.widen(old, cur);
        assertFalse(cur.cur().regs[6].value().isConst(), "changed and imprecise: widened");
        assertEquals(1, cur.cur().regs[7].value().constValue(), "precise in the old state: kept");
        assertSame(same, cur.cur().regs[8], "unchanged: kept");
    }

    @Test
    void forEachRunsOnArraysAndHashesOnly() {
        assertTrue(CallbackCall.forEachSupported(MapType.ARRAY));
        assertTrue(CallbackCall.forEachSupported(MapType.LRU_PERCPU_HASH));
        assertFalse(CallbackCall.forEachSupported(MapType.RINGBUF));
        assertFalse(CallbackCall.forEachSupported(MapType.QUEUE));
    }
}
