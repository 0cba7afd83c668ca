package org.bpfplay.engine.maps;

import java.util.Arrays;

/**
 * One entry as user space sees it: the key (null for maps without keys such as queues) and the
 * value, for per-CPU maps every CPU's value each rounded up to 8 bytes.
 */
public record MapEntry(byte[] key, byte[] value) {
    @Override
    public boolean equals(Object o) {
        return o instanceof MapEntry e && Arrays.equals(key, e.key) && Arrays.equals(value, e.value);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(key) + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return MapChange.hex(key) + "=" + MapChange.hex(value);
    }
}
