package org.bpfplay.engine.runtime;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bpfplay.engine.interp.ExternalState;
import org.bpfplay.engine.maps.BpfMap;
import org.bpfplay.engine.maps.MapEntry;

/*
 * Map contents as debugger state: stepping backwards must also take back what helpers did to maps.
 * A snapshot is each map's user-space dump. Restoring goes through the maps' own API with as little
 * disturbance as possible: entries added since are deleted, missing ones re-added, and surviving
 * entries get their bytes copied back INTO the live value arrays (so value pointers the program holds
 * stay attached to the map, as they would in the kernel). The recorded changes are cut back to the
 * snapshot too, and restoring itself records nothing.
 *
 * Covered: array, percpu_array, hash, percpu_hash, lru_hash, lru_percpu_hash, lpm_trie. Not covered
 * (left as they are): queue/stack, ringbuf, bloom filter, prog_array and the other types; an LRU map's
 * recency order is not restored either.
 */
final class MapsState implements ExternalState {
    private final MapSet maps;

    MapsState(MapSet maps) {
        this.maps = maps;
    }

    private static boolean covered(BpfMap m) {
        switch (m.type()) {
            case ARRAY:
            case PERCPU_ARRAY:
            case HASH:
            case PERCPU_HASH:
            case LRU_HASH:
            case LRU_PERCPU_HASH:
            case LPM_TRIE:
                return true;
            default:
                return false;
        }
    }

    /** Saved: the number of recorded changes, then one dump per map (null when not covered). */
    private record Saved(int changes, List<List<MapEntry>> dumps) {
    }

    @Override
    public Object save() {
        List<List<MapEntry>> dumps = new ArrayList<>();
        for (BpfMap m : maps.maps()) {
            if (!covered(m)) {
                dumps.add(null);
                continue;
            }
            List<MapEntry> copy = new ArrayList<>();
            for (MapEntry e : m.entries()) {
                copy.add(new MapEntry(e.key() == null ? null : e.key().clone(), e.value().clone()));
            }
            dumps.add(copy);
        }
        return new Saved(maps.changes.size(), dumps);
    }

    @Override
    public void restore(Object saved) {
        Saved s = (Saved) saved;
        boolean was = maps.recording;
        maps.recording = false;
        try {
            for (int i = 0; i < s.dumps().size(); i++) {
                if (s.dumps().get(i) != null) {
                    restore(maps.maps().get(i), s.dumps().get(i));
                }
            }
        } finally {
            maps.recording = was;
        }
        while (maps.changes.size() > s.changes()) {
            maps.changes.remove(maps.changes.size() - 1);
        }
    }

    private static void restore(BpfMap m, List<MapEntry> want) {
        HexFormat hex = HexFormat.of();
        Map<String, MapEntry> wanted = new LinkedHashMap<>();
        for (MapEntry e : want) {
            wanted.put(hex.formatHex(e.key()), e);
        }
        boolean array = m.type().name().endsWith("ARRAY");
        for (MapEntry cur : m.entries()) {
            if (!wanted.containsKey(hex.formatHex(cur.key())) && !array) {
                m.userDelete(cur.key());
            }
        }
        int vs = m.spec().valueSize();
        int stride = (vs + 7) / 8 * 8;
        boolean perCpu = m.type().name().startsWith("PERCPU") || m.type().name().startsWith("LRU_PERCPU");
        for (MapEntry e : wanted.values()) {
            boolean exists = m.userLookup(e.key()).value() != null;
            if (!exists || m.type().name().equals("LPM_TRIE")) {
                m.userUpdate(e.key(), e.value(), 0);
                continue;
            }
            int copies = perCpu ? m.cpus() : 1;
            for (int c = 0; c < copies; c++) {
                byte[] live = m.lookup(e.key(), c);
                if (live == null) {
                    m.userUpdate(e.key(), e.value(), 0);
                    break;
                }
                System.arraycopy(e.value(), perCpu ? c * stride : 0, live, 0, vs);
            }
        }
    }
}
