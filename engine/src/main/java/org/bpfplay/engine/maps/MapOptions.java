package org.bpfplay.engine.maps;

/**
 * What BPF_MAP_CREATE takes besides the {@link MapSpec}: the number of simulated CPUs (the
 * kernel's possible CPUs), {@code map_extra} (the bloom filter's hash count in its low 4 bits)
 * and, for the map-in-map types, the inner map template (the kernel's inner_map_fd).
 */
public record MapOptions(int cpus, long mapExtra, MapSpec innerTemplate) {
    public static MapOptions cpus(int cpus) {
        return new MapOptions(cpus, 0, null);
    }

    public MapOptions withMapExtra(long extra) {
        return new MapOptions(cpus, extra, innerTemplate);
    }

    public MapOptions withInner(MapSpec inner) {
        return new MapOptions(cpus, mapExtra, inner);
    }
}
