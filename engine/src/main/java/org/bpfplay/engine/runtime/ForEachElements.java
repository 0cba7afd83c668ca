package org.bpfplay.engine.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.bpfplay.engine.helpers.MapElements;
import org.bpfplay.engine.interp.Memory;
import org.bpfplay.engine.interp.Region;
import org.bpfplay.engine.interp.RegionKind;
import org.bpfplay.engine.maps.BpfMap;
import org.bpfplay.engine.maps.MapType;

/*
 * The elements bpf_for_each_map_elem visits in a run's maps, as the kernel's map_for_each_callback
 * walks them: arrays by index 0..max_entries-1, hash maps in bucket order (the order get_next_key
 * gives from the start). The value address is the LIVE value region (the same one lookup hands
 * out), so the callback's writes change the map; the key is a read-only region holding the key,
 * made once per map and key and reused, so repeated walks do not grow memory.
 */
final class ForEachElements implements MapElements {
    private final MapSet maps;
    private final Memory memory;
    private final Map<String, Long> keyAddresses = new HashMap<>();

    ForEachElements(MapSet maps, Memory memory) {
        this.maps = maps;
        this.memory = memory;
    }

    @Override
    public List<Element> elements(long mapPointer) {
        BpfMap m = maps.byHandle(mapPointer);
        if (m == null || !walkable(m.spec().type())) {
            return null;
        }
        List<Element> out = new ArrayList<>();
        int keySize = m.spec().keySize();
        byte[] key = null;
        // get_next_key never cycles, but a bound keeps a broken map from hanging the run.
        long limit = 2L * m.spec().maxEntries() + 16;
        for (long n = 0; n < limit; n++) {
            byte[] next = new byte[keySize];
            if (m.getNextKey(key, next) != 0) {
                break;
            }
            byte[] value = m.lookup(next, MapHelpers.CPU);
            if (value != null) {
                out.add(new Element(keyAddress(m, next), maps.valueAddress(m, next, value)));
            }
            key = next;
        }
        return out;
    }

    private static boolean walkable(MapType t) {
        switch (t) {
            case ARRAY:
            case PERCPU_ARRAY:
            case HASH:
            case PERCPU_HASH:
            case LRU_HASH:
            case LRU_PERCPU_HASH:
                return true;
            default:
                return false;
        }
    }

    private long keyAddress(BpfMap m, byte[] key) {
        String k = m.name() + "/" + HexFormat.of().formatHex(key);
        Long a = keyAddresses.get(k);
        if (a == null) {
            int id = memory.add(new Region(m.name() + " key", RegionKind.READ_ONLY, key.clone(), false));
            a = Memory.address(id);
            keyAddresses.put(k, a);
        }
        return a;
    }
}
