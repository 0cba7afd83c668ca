package org.bpfplay.backend.session;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs tasks one at a time, in submission order, on a shared pool: each session's engine commands must
 * not overlap (the engine state is per session and single-threaded), but sessions must not need a thread
 * each while idle.
 */
final class SerialExecutor implements Executor {
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private final Executor pool;

    SerialExecutor(Executor pool) {
        this.pool = pool;
    }

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
        schedule();
    }

    private void schedule() {
        if (running.compareAndSet(false, true)) {
            try {
                pool.execute(this::runAll);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                running.set(false);
                throw e;
            }
        }
    }

    private void runAll() {
        try {
            for (Runnable task; (task = tasks.poll()) != null; ) {
                task.run();
            }
        } finally {
            running.set(false);
        }
        if (!tasks.isEmpty()) {
            schedule();
        }
    }
}
