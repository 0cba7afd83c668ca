package org.bpfplay.engine.runtime;

import java.util.List;
import java.util.Map;

import org.bpfplay.engine.interp.Fault;
import org.bpfplay.engine.interp.RunResult;
import org.bpfplay.engine.maps.MapEntry;

/**
 * What a run produced. Either {@code error} is set (the run could not start, like a failing
 * BPF_PROG_TEST_RUN) and the rest is empty, or {@code result} holds how the program ended.
 *
 * @param error   why the run did not start, or null
 * @param result  the interpreter's result (status, full r0, fault, instruction count), or null
 * @param dataOut the packet after the run as test_run returns it, or null for types without a packet
 * @param maps    every map's contents after the run, in kernel dump order, by map name
 * @param changes map changes made by the program, with the pc of the helper call (stores through value
 *                pointers are not included)
 * @param events  side effects worth showing (redirect decisions, tail calls)
 */
public record RunOutcome(RunError error, RunResult result, byte[] dataOut, Map<String, List<MapEntry>> maps,
                         List<MapChangeAt> changes, List<String> events, List<String> trace) {

    static RunOutcome failed(RunError error) {
        return new RunOutcome(error, null, null, Map.of(), List.of(), List.of(), List.of());
    }

    public boolean ok() {
        return error == null;
    }

    /** The full 64-bit r0 at exit. */
    public long r0() {
        return result == null ? 0 : result.r0();
    }

    /** What BPF_PROG_TEST_RUN reports: the low 32 bits of r0, unsigned. */
    public long retval() {
        return r0() & 0xffffffffL;
    }

    public Fault fault() {
        return result == null ? null : result.fault();
    }

    public long instructions() {
        return result == null ? 0 : result.instructions();
    }
}
