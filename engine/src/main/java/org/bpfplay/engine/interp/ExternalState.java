package org.bpfplay.engine.interp;

/**
 * State that lives outside the machine's memory regions but changes during a run (map contents
 * kept in their own structures, a helper's random generator). The debugger saves it with every
 * snapshot and restores it before re-executing, so that stepping backwards replays helpers
 * identically.
 */
public interface ExternalState {
    /** A copy of the current state; must not share mutable parts with the live state. */
    Object save();

    /** Puts back a state returned by {@link #save()}. */
    void restore(Object saved);
}
