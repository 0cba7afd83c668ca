package org.bpfplay.engine.interp;

import java.util.ArrayList;
import java.util.List;

/**
 * Records, while attached to a {@link Memory}, the old bytes of every store, so a single step can
 * report exactly which memory bytes changed. Detached (null) on the fast path.
 */
final class WriteJournal {
    /** One store: region, offset inside the region, the bytes before. */
    record Entry(int regionId, int offset, byte[] before) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void record(int regionId, int offset, byte[] data, int index, int len) {
        byte[] before = new byte[len];
        System.arraycopy(data, index, before, 0, len);
        entries.add(new Entry(regionId, offset, before));
    }

    List<Entry> entries() {
        return entries;
    }

    void clear() {
        entries.clear();
    }
}
