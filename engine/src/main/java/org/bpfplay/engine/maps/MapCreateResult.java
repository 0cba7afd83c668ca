package org.bpfplay.engine.maps;

/**
 * The outcome of {@link BpfMaps#create}: the map, or the errno BPF_MAP_CREATE would fail with plus
 * a message naming the map and the rule it broke.
 */
public record MapCreateResult(BpfMap map, int errno, String message) {
    static MapCreateResult ok(BpfMap map) {
        return new MapCreateResult(map, 0, null);
    }

    static MapCreateResult error(MapSpec spec, Errno e, String why) {
        return new MapCreateResult(null, e.neg(),
                "map " + spec.name() + ": BPF_MAP_CREATE failed: " + e.message + " (" + why + ")");
    }

    public boolean ok() {
        return map != null;
    }

    @Override
    public String toString() {
        return ok() ? "created " + map.spec() : message;
    }
}
