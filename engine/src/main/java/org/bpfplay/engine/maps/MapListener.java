package org.bpfplay.engine.maps;

/** Told about every change to a map's contents, synchronously, while the operation runs. */
@FunctionalInterface
public interface MapListener {
    void changed(MapChange change);
}
