package org.bpfplay.engine.runtime;

import org.bpfplay.engine.interp.HelperRegistry;

/**
 * A set of helpers to make available in every run (e.g. the clock, random numbers, trace_printk of
 * org.bpfplay.engine.helpers). Installed after the runtime's own map and packet helpers, so a library may
 * also replace one. The input gives the run's seed and CPU count for deterministic helpers.
 */
@FunctionalInterface
public interface HelperLibrary {
    void install(HelperRegistry registry, RunInput input);
}
