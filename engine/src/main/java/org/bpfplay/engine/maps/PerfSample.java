package org.bpfplay.engine.maps;

import java.util.HexFormat;

/** One bpf_perf_event_output record: the slot it went to, the CPU that wrote it, the bytes. */
public record PerfSample(int index, int cpu, byte[] data) {
    @Override
    public String toString() {
        return "[" + index + "] cpu " + cpu + " " + HexFormat.of().formatHex(data);
    }
}
