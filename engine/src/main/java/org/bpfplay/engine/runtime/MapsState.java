package org.bpfplay.engine.runtime;

import java.util.ArrayList;
import java.util.List;

import org.bpfplay.engine.interp.ExternalState;
import org.bpfplay.engine.maps.BpfMap;

/*
 * Map contents as debugger state: stepping backwards must also take back what helpers did to maps.
 * A snapshot is each map's own {@link BpfMap#snapshot()}: contents, bucket order, queue/stack order,
 * ring buffer bytes and positions, bloom filter bits, prog_array slots, LRU recency lists. Restoring puts
 * values back INTO the live value arrays (so value pointers the program holds stay attached to the map,
 * as they would in the kernel). The recorded changes are cut back to the snapshot too, and restoring
 * itself records nothing.
 */
final class MapsState implements ExternalState {
    private final MapSet maps;

    MapsState(MapSet maps) {
        this.maps = maps;
    }

    /** Saved: the number of recorded changes, then one snapshot per map, in map order. */
    private record Saved(int changes, List<Object> snapshots) {
    }

    @Override
    public Object save() {
        List<Object> snapshots = new ArrayList<>();
        for (BpfMap m : maps.maps()) {
            snapshots.add(m.snapshot());
        }
        return new Saved(maps.changes.size(), snapshots);
    }

    @Override
    public void restore(Object saved) {
        Saved s = (Saved) saved;
        boolean was = maps.recording;
        maps.recording = false;
        try {
            for (int i = 0; i < s.snapshots().size(); i++) {
                maps.maps().get(i).restore(s.snapshots().get(i));
            }
        } finally {
            maps.recording = was;
        }
        while (maps.changes.size() > s.changes()) {
            maps.changes.remove(maps.changes.size() - 1);
        }
    }
}
