package org.bpfplay.engine.verifier;

import java.util.List;
import java.util.Set;

import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.progtype.ProgramType;

/**
 * How to verify: the program type (decides context access and return rules), the log level
 * (0 none, 1 failing path + summary, 2 every path), the privilege mode, and the maps a ld_imm64
 * with src=1/2 and imm=K refers to (the K-th; empty: the maps the Program declares).
 */
public record VerifierOptions(ProgramType progType, int logLevel, PrivilegeMode mode, List<MapSpec> maps) {
    /** The program types whose rules (context access, return values) the verifier knows. */
    public static final Set<ProgramType> SUPPORTED_TYPES = Set.of(ProgramType.SOCKET_FILTER, ProgramType.SCHED_CLS,
            ProgramType.XDP, ProgramType.KPROBE, ProgramType.TRACEPOINT, ProgramType.RAW_TRACEPOINT,
            ProgramType.PERF_EVENT, ProgramType.CGROUP_SKB);

    public VerifierOptions {
        if (!SUPPORTED_TYPES.contains(progType)) {
            throw new IllegalArgumentException("the verifier handles " + supportedNames() + ", not " + progType);
        }
        if (logLevel < 0 || logLevel > 2) {
            throw new IllegalArgumentException("log level must be 0, 1 or 2: " + logLevel);
        }
        maps = List.copyOf(maps);
    }

    /** Options without maps of their own (a Program's declared maps are used). */
    public VerifierOptions(ProgramType progType, int logLevel, PrivilegeMode mode) {
        this(progType, logLevel, mode, List.of());
    }

    /** The supported types' names, in the kernel's enum order, for messages. */
    public static String supportedNames() {
        StringBuilder sb = new StringBuilder();
        for (ProgramType t : ProgramType.values()) {
            if (SUPPORTED_TYPES.contains(t)) {
                sb.append(sb.length() == 0 ? "" : ", ").append(t.oracleName);
            }
        }
        return sb.toString();
    }

    public static VerifierOptions of(ProgramType type, int logLevel) {
        return new VerifierOptions(type, logLevel, PrivilegeMode.ROOT);
    }

    /** The same options with these maps (for raw bytes, whose ld_imm64 map indexes name them). */
    public VerifierOptions withMaps(List<MapSpec> newMaps) {
        return new VerifierOptions(progType, logLevel, mode, newMaps);
    }
}
