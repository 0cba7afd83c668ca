package org.bpfplay.engine.packet;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One layer of a packet description, as written: its kind and its explicit fields (all others take
 * defaults or are computed when the packet is built).
 *
 * @param location where the layer name was written, for error messages
 */
public record LayerSpec(LayerKind kind, List<FieldSpec> fields, String location) {
    public LayerSpec {
        fields = List.copyOf(fields);
    }

    /** The one-line syntax of this layer. */
    @Override
    public String toString() {
        if (kind == LayerKind.PAYLOAD) {
            if (fields.isEmpty()) {
                return "payload=\"\"";
            }
            FieldSpec f = fields.get(0);
            return "payload=" + (f.name().equals("text") ? PacketText.quote(f.value()) : f.name() + ":" + f.value());
        }
        if (fields.isEmpty()) {
            return kind.syntax();
        }
        return kind.syntax() + fields.stream().map(FieldSpec::toString).collect(Collectors.joining(",", "(", ")"));
    }
}
