package org.bpfplay.engine.verifier;

import java.util.List;

import org.bpfplay.engine.maps.Errno;
import org.bpfplay.engine.verifier.log.VerifierEvent;

/**
 * The verdict and everything that explains it.
 *
 * @param accepted        whether the program would load
 * @param errno           the load's errno when rejected, else null
 * @param message         the error line(s) the kernel prints (without trailing newline), else null
 * @param failingInsn     the pc of the instruction that failed, or -1 (also -1 for structural errors)
 * @param log             the log text at the requested level
 * @param processedInsns  the {@code processed N insns} count
 * @param totalStates     checkpoints stored
 * @param peakStates      most checkpoints alive at once
 * @param maxStatesPerInsn longest checkpoint list seen at one instruction
 * @param events          the structured event stream
 */
public record VerificationResult(boolean accepted, Errno errno, String message, int failingInsn, String log,
                                 int processedInsns, int totalStates, int peakStates, int maxStatesPerInsn,
                                 List<VerifierEvent> events) {

    /** The kernel's last log line. */
    public String summaryLine() {
        return "processed " + processedInsns + " insns (limit 1000000) max_states_per_insn " + maxStatesPerInsn
                + " total_states " + totalStates + " peak_states " + peakStates + " mark_read 0";
    }
}
