package org.bpfplay.engine.maps;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The listeners of one map. The interpreter adds one to attach the instruction pc to each change;
 * writes a program makes through a pointer from lookup bypass the map, so the interpreter reports
 * those itself with {@link #valueWritten}.
 */
public final class MapObservers {
    private final String mapName;
    private final List<MapListener> listeners = new CopyOnWriteArrayList<>();

    MapObservers(String mapName) {
        this.mapName = mapName;
    }

    public void add(MapListener l) {
        listeners.add(l);
    }

    public void remove(MapListener l) {
        listeners.remove(l);
    }

    public boolean isEmpty() {
        return listeners.isEmpty();
    }

    /** Reports a store a program made into a value buffer it got from lookup. */
    public void valueWritten(byte[] key, byte[] oldValue, byte[] newValue, int cpu) {
        fire(key, oldValue, newValue, cpu, MapChange.Origin.PROGRAM);
    }

    void fire(byte[] key, byte[] oldValue, byte[] newValue, int cpu, MapChange.Origin origin) {
        if (listeners.isEmpty()) {
            return;
        }
        MapChange c = new MapChange(mapName, copy(key), copy(oldValue), copy(newValue), cpu, origin);
        for (MapListener l : listeners) {
            l.changed(c);
        }
    }

    private static byte[] copy(byte[] b) {
        return b == null ? null : b.clone();
    }
}
