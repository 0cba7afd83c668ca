package org.bpfplay.backend.run;

import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.bpfplay.backend.system.Limits;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.progtype.ProgramType;
import org.bpfplay.engine.verifier.PrivilegeMode;
import org.bpfplay.engine.verifier.VerificationResult;
import org.bpfplay.engine.verifier.Verifier;
import org.bpfplay.engine.verifier.VerifierOptions;
import org.bpfplay.engine.verifier.log.VerifierEvent;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * The ONE place where the backend runs the verifier, for {@code POST /api/verify} and the session's
 * {@code verify}: reads the settings, counts visits per instruction while the events pass by, and
 * stops the run when the caller cancels it or it exceeds {@code bpfplay.limits.cpu-time}.
 */
@Component
public class VerifierRuns {
    /** Most characters of log text an answer carries (the kernel's own buffer is 16 MiB; browsers choke earlier). */
    public static final int MAX_LOG_CHARS = 1 << 21;

    private final Limits limits;

    public VerifierRuns(Limits limits) {
        this.limits = limits;
    }

    /** What to verify with: program type, log level (0..2), privilege mode. */
    public record Settings(ProgramType type, int logLevel, PrivilegeMode mode) {
        public VerifierOptions options() {
            return new VerifierOptions(type, logLevel, mode);
        }

        /** {@code {programType: "xdp", logLevel: 2, mode: "root"}} as the wire spells them. */
        public String describe() {
            return type.oracleName + ", log level " + logLevel + ", " + mode.name().toLowerCase(Locale.ROOT);
        }
    }

    /** Thrown for bad settings; the message names the field and the accepted values. */
    public static final class BadSettings extends RuntimeException {
        private final String field;

        BadSettings(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** Reads {@code programType} (default xdp), {@code logLevel} (default {@code defaultLevel}), {@code mode} (default root). */
    public static Settings settings(JsonNode body, int defaultLevel) {
        ProgramType type = ProgramType.XDP;
        JsonNode t = body.get("programType");
        if (t != null && !t.isNull()) {
            type = t.isString() ? ProgramType.byName(t.stringValue()) : null;
            if (type == null || !VerifierOptions.SUPPORTED_TYPES.contains(type)) {
                throw new BadSettings("programType", "'programType' must be one of the types the verifier knows: "
                        + supportedTypes() + (type == null ? "" : " (" + type.oracleName + " is not verified yet)"));
            }
        }
        int level = defaultLevel;
        JsonNode l = body.get("logLevel");
        if (l != null && !l.isNull()) {
            if (!l.isIntegralNumber() || l.asInt() < 0 || l.asInt() > 2) {
                throw new BadSettings("logLevel", "'logLevel' must be 0, 1 or 2 (the kernel's log_level)");
            }
            level = l.asInt();
        }
        PrivilegeMode mode = PrivilegeMode.ROOT;
        JsonNode m = body.get("mode");
        if (m != null && !m.isNull()) {
            mode = null;
            for (PrivilegeMode pm : PrivilegeMode.values()) {
                if (m.isString() && pm.name().equalsIgnoreCase(m.stringValue())) {
                    mode = pm;
                }
            }
            if (mode == null) {
                throw new BadSettings("mode", "'mode' must be one of " + modes());
            }
        }
        return new Settings(type, level, mode);
    }

    static String supportedTypes() {
        StringBuilder sb = new StringBuilder();
        for (ProgramType t : ProgramType.values()) {
            if (VerifierOptions.SUPPORTED_TYPES.contains(t)) {
                sb.append(sb.length() == 0 ? "" : ", ").append(t.oracleName);
            }
        }
        return sb.toString();
    }

    static String modes() {
        StringBuilder sb = new StringBuilder();
        for (PrivilegeMode pm : PrivilegeMode.values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(pm.name().toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    /** Why a run stopped before its verdict. */
    public enum Stop {
        CANCELLED("cancelled"), TIME_LIMIT("time limit");

        public final String wire;

        Stop(String wire) {
            this.wire = wire;
        }
    }

    /**
     * The verdict (null when stopped), how often each pc was checked, and why it stopped (null when
     * it finished).
     */
    public record Outcome(VerificationResult result, int[] visits, Stop stopped, long nanos) {
    }

    private static final class Stopped extends RuntimeException {
        final Stop why;

        Stopped(Stop why) {
            super(why.wire, null, false, false);
            this.why = why;
        }
    }

    /**
     * Verifies {@code program}; every event goes to {@code listener} (may be null) as it happens. The
     * run stops when {@code cancelled} turns true (checked every 256 events) or after
     * {@code bpfplay.limits.cpu-time} of this thread's CPU time. The result keeps no events (the listener has them).
     */
    public Outcome verify(Program program, Settings settings, Consumer<VerifierEvent> listener, BooleanSupplier cancelled) {
        int[] visits = new int[program.slotCount()];
        long start = System.nanoTime();
        long cpuStart = cpuNow();
        long budget = limits.cpuTime().toNanos();
        int[] n = {0};
        Consumer<VerifierEvent> counting = e -> {
            if (e instanceof VerifierEvent.InsnChecked s && s.pc() >= 0 && s.pc() < visits.length) {
                visits[s.pc()]++;
            } else if (e instanceof VerifierEvent.Rejected r && r.pc() >= 0 && r.pc() < visits.length) {
                visits[r.pc()]++;   // checked too, and failed
            }
            if ((++n[0] & 0xff) == 0) {
                if (cancelled.getAsBoolean()) {
                    throw new Stopped(Stop.CANCELLED);
                }
                if (cpuNow() - cpuStart > budget) {
                    throw new Stopped(Stop.TIME_LIMIT);
                }
            }
            if (listener != null) {
                listener.accept(e);
            }
        };
        try {
            VerificationResult r = Verifier.verify(program, settings.options(), counting, 0);
            return new Outcome(r, visits, null, System.nanoTime() - start);
        } catch (Stopped s) {
            return new Outcome(null, visits, s.why, System.nanoTime() - start);
        }
    }

    /**
     * This thread's CPU time: a client reading slowly holds the run back (back-pressure) without using
     * its budget. Wall time where the JVM cannot measure CPU time.
     */
    private static long cpuNow() {
        java.lang.management.ThreadMXBean t = java.lang.management.ManagementFactory.getThreadMXBean();
        return t.isCurrentThreadCpuTimeSupported() ? t.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** The log text, cut to {@link #MAX_LOG_CHARS} (with a note) when longer. */
    public static String cappedLog(String log) {
        if (log.length() <= MAX_LOG_CHARS) {
            return log;
        }
        return log.substring(0, MAX_LOG_CHARS) + "\n[log cut at " + MAX_LOG_CHARS + " characters]\n";
    }
}
