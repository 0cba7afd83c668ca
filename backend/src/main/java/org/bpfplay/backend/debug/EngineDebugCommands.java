package org.bpfplay.backend.debug;

import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.bpfplay.backend.run.Assembly;
import org.bpfplay.backend.run.EngineRuns;
import org.bpfplay.backend.run.VerifierRuns;
import org.bpfplay.backend.session.DebugCommandSession;
import org.bpfplay.backend.session.DebugCommands;
import org.bpfplay.backend.session.SessionOutput;
import org.bpfplay.backend.system.Limits;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The engine plugged into the session socket: assembler, verifier (streamed, see {@link VerifyJobs}),
 * the runtime (program types, maps) and the debugger.
 * Long runs share one bounded pool (as many threads as cores): a busy server answers {@code overloaded}
 * rather than starting unbounded threads.
 */
@Component
public class EngineDebugCommands implements DebugCommands, DisposableBean {
    /** The engine commands of the protocol (docs/protocol.md, "Engine commands"). */
    static final Set<String> TYPES = Set.of("load", "step", "stepBack", "continue", "runTo", "setBreakpoints",
            "reset", "changeInput", "run", "trace", "verify", "setMapEntry");

    private final Limits limits;
    private final Assembly assembly;
    private final EngineRuns runs;
    private final ThreadPoolExecutor runner;

    private final VerifierRuns verifier;

    public EngineDebugCommands(Limits limits, Assembly assembly, EngineRuns runs, VerifierRuns verifier) {
        this.verifier = verifier;
        this.limits = limits;
        this.assembly = assembly;
        this.runs = runs;
        int cores = Math.max(2, Runtime.getRuntime().availableProcessors());
        AtomicInteger n = new AtomicInteger();
        this.runner = new ThreadPoolExecutor(cores, cores, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(limits.wsMaxSessions()),
                r -> {
                    Thread t = new Thread(r, "bpfplay-run-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        runner.allowCoreThreadTimeOut(true);
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public Set<String> types() {
        return TYPES;
    }

    @Override
    public DebugCommandSession open(SessionOutput output) {
        return new DebugRun(output, limits, assembly, runs, runner, verifier);
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }
}
