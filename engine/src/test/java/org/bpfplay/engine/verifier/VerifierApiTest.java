package org.bpfplay.engine.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.Random;

import org.bpfplay.engine.isa.AluOp;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.JumpOp;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.isa.Register;
import org.bpfplay.engine.isa.Size;
import org.bpfplay.engine.maps.Errno;
import org.bpfplay.engine.progtype.ProgramType;
import org.bpfplay.engine.verifier.log.VerifierEvent;
import org.junit.jupiter.api.Test;

/** The public API: result fields, the event stream, log levels, and robustness on garbage input. */
class VerifierApiTest {

    /** r2 = ctx->ingress_ifindex; if r2 > 10 goto +1; exit; r0 = *(u8 *)(r2 + 0); exit (kernel: xdp/br_fail_in_branch). */
    private static Program failingBranch() {
        return Program.of(
                Instruction.load(Size.W, Register.R2, Register.R1, 12),
                AluOp.MOV.imm(Register.R0, 0),
                JumpOp.JGT.imm(Register.R2, 10, 1),
                Instruction.exit(),
                Instruction.load(Size.B, Register.R0, Register.R2, 0),
                Instruction.exit());
    }

    @Test
    void rejectionCarriesMessageInsnPathAndEvents() throws IOException {
        VerificationResult r = Verifier.verify(failingBranch(), VerifierOptions.of(ProgramType.XDP, 1));
        assertFalse(r.accepted());
        assertEquals(Errno.EACCES, r.errno());
        assertEquals("R2 invalid mem access 'scalar'", r.message());
        assertEquals(4, r.failingInsn());
        assertEquals(5, r.processedInsns());
        String kernel = new String(Files.readAllBytes(
                Paths.get("src/test/resources/verifier/corpus/xdp/br_fail_in_branch.l1.log")));
        assertEquals(kernel, r.log());
        VerifierEvent.Rejected rej = (VerifierEvent.Rejected) r.events().get(r.events().size() - 1);
        assertEquals(List.of(0, 1, 2, 4), rej.path());
        assertTrue(r.events().stream().anyMatch(e -> e instanceof VerifierEvent.BranchPushed b && b.toPc() == 4));
        assertTrue(r.events().stream().anyMatch(e -> e instanceof VerifierEvent.BranchPopped));
    }

    /**
     * Tracing types need CAP_PERFMON to load: `kernel-oracle verify --mode cap_bpf --type kprobe` on any
     * program exits 3, "bpf() not permitted" (EPERM from BPF_PROG_LOAD, no verifier log), while
     * networking types verify (scripts/record-verifier-corpus.sh --mode cap_bpf records them).
     */
    @Test
    void capBpfAloneCannotLoadTracingTypes() {
        Program p = Program.of(AluOp.MOV.imm(Register.R0, 0), Instruction.exit());
        for (ProgramType t : ProgramType.values()) {
            VerificationResult r = Verifier.verify(p, new VerifierOptions(t, 1, PrivilegeMode.CAP_BPF));
            VerificationResult root = Verifier.verify(p, new VerifierOptions(t, 1, PrivilegeMode.ROOT));
            assertTrue(root.accepted(), t + " as root");
            if (t.needsPerfmon()) {
                assertFalse(r.accepted(), t.toString());
                assertEquals(Errno.EPERM, r.errno());
                assertEquals("", r.log());
                assertTrue(r.message().contains("needs CAP_PERFMON"), r.message());
            } else {
                assertTrue(r.accepted(), t.toString());
            }
        }
        assertEquals(4, java.util.Arrays.stream(ProgramType.values()).filter(ProgramType::needsPerfmon).count());
    }

    @Test
    void levelZeroHasNoLogAndLevelTwoHasTheHeader() {
        Program p = Program.of(AluOp.MOV.imm(Register.R0, 1), Instruction.exit());
        VerificationResult r0 = Verifier.verify(p, VerifierOptions.of(ProgramType.SOCKET_FILTER, 0));
        assertTrue(r0.accepted());
        assertEquals("", r0.log());
        VerificationResult r2 = Verifier.verify(p, VerifierOptions.of(ProgramType.SOCKET_FILTER, 2));
        assertTrue(r2.log().startsWith("func#0 @0\nLive regs before insn:\n"), r2.log());
        assertTrue(r2.log().endsWith("processed 2 insns (limit 1000000) max_states_per_insn 0 total_states 0 "
                + "peak_states 0 mark_read 0\n"));
        assertEquals(2, r2.events().stream().filter(e -> e instanceof VerifierEvent.InsnChecked).count());
    }

    @Test
    void structuralErrorsHaveNoTrace() {
        Program p = Program.of(AluOp.MOV.imm(Register.R0, 0), Instruction.exit(), Instruction.exit());
        VerificationResult r = Verifier.verify(p, VerifierOptions.of(ProgramType.XDP, 1));
        assertEquals(Errno.EINVAL, r.errno());
        assertEquals("unreachable insn 2\nprocessed 0 insns (limit 1000000) max_states_per_insn 0 total_states 0 "
                + "peak_states 0 mark_read 0\n", r.log());
    }

    @Test
    void randomBytesNeverCrashAndStayBounded() {
        Random rnd = new Random(42);
        int[] opcodes = {0x07, 0x0f, 0xb7, 0xbf, 0x61, 0x63, 0x62, 0x79, 0x7b, 0x05, 0x15, 0x25, 0x2d, 0xa5,
            0x95, 0x85, 0x18, 0xc3, 0xdb, 0x04, 0x84, 0xd4, 0xdc, 0x16, 0x66, 0x71, 0x91, 0xbc, 0xff, 0x00};
        for (int n = 0; n < 1500; n++) {
            int len = 1 + rnd.nextInt(12);
            byte[] code = new byte[len * 8];
            for (int i = 0; i < len; i++) {
                code[i * 8] = (byte) opcodes[rnd.nextInt(opcodes.length)];
                code[i * 8 + 1] = (byte) (rnd.nextInt(11) | (rnd.nextInt(11) << 4));
                code[i * 8 + 2] = (byte) (rnd.nextInt(9) - 4);
                code[i * 8 + 3] = (byte) (rnd.nextInt(8) == 0 ? 0xff : 0);
                code[i * 8 + 4] = (byte) (rnd.nextBoolean() ? rnd.nextInt(16) : -8 * rnd.nextInt(8));
            }
            code[(len - 1) * 8] = (byte) 0x95;
            code[(len - 1) * 8 + 1] = 0;
            for (ProgramType t : VerifierOptions.SUPPORTED_TYPES) {
                VerificationResult r = Verifier.verify(code, VerifierOptions.of(t, 2));
                assertNotNull(r.log());
                assertTrue(r.accepted() || r.errno() != null);
            }
        }
    }
}
