package org.bpfplay.engine.packet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The layers found in a packet and what was missing or inconsistent (truncation, bad lengths). */
public record Dissection(List<DissectedLayer> layers, List<PacketError> problems) {
    public Dissection {
        layers = List.copyOf(layers);
        problems = List.copyOf(problems);
    }

    public Optional<DissectedLayer> layer(String name) {
        return layers.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    /**
     * The packet as a one-line description with every field explicit, which builds back the same
     * bytes (trailers excepted, and layers the dissector could not finish).
     */
    public String toDescription() {
        List<String> parts = new ArrayList<>();
        for (DissectedLayer l : layers) {
            LayerKind kind = LayerKind.bySyntax(l.name()).orElse(null);
            if (kind == null) {
                continue;
            }
            if (kind == LayerKind.PAYLOAD) {
                parts.add("payload=" + l.field("hex").map(PacketField::value).orElse("hex:"));
                continue;
            }
            List<String> fs = new ArrayList<>();
            for (PacketField f : l.fields()) {
                if (kind.fields().contains(f.name())) {
                    fs.add(f.name() + "=" + f.value());
                }
            }
            parts.add(kind.syntax() + (fs.isEmpty() ? "" : "(" + String.join(",", fs) + ")"));
        }
        return String.join(" ", parts);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (DissectedLayer l : layers) {
            sb.append(l).append('\n');
        }
        for (PacketError p : problems) {
            sb.append("! ").append(p).append('\n');
        }
        return sb.toString();
    }
}
