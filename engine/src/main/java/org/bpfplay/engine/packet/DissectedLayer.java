package org.bpfplay.engine.packet;

import java.util.List;
import java.util.Optional;

/**
 * One layer found in packet bytes.
 *
 * @param name   the layer name of the description syntax ("eth", "ipv4", "payload"), or "trailer"
 *               for bytes after the end an IP length announces (Ethernet padding)
 * @param offset first byte of the layer
 * @param length bytes of the header (for payload and trailer: all their bytes)
 */
public record DissectedLayer(String name, int offset, int length, List<PacketField> fields) {
    public DissectedLayer {
        fields = List.copyOf(fields);
    }

    public Optional<PacketField> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    @Override
    public String toString() {
        return name + "@" + offset + "+" + length + " " + fields;
    }
}
