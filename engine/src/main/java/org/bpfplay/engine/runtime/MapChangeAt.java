package org.bpfplay.engine.runtime;

import org.bpfplay.engine.maps.MapChange;

/** A map change with the pc of the instruction (the helper call) that made it; pc -1 = before the run. */
public record MapChangeAt(int pc, MapChange change) {
    @Override
    public String toString() {
        return "pc " + pc + ": " + change;
    }
}
