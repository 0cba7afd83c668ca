package org.bpfplay.engine.packet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads the recorded test data under src/test/resources/packet. */
final class PacketResources {
    private PacketResources() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = PacketResources.class.getResourceAsStream("/packet/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource packet/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(String name) {
        return List.of(new String(bytes(name), StandardCharsets.UTF_8).split("\n"));
    }

    static List<String> descriptions() {
        List<String> out = new ArrayList<>();
        for (String line : lines("reference-packets.txt")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line);
            }
        }
        return out;
    }

    static byte[] build(String description) {
        PacketResult r = Packets.build(description);
        if (!r.ok()) {
            throw new AssertionError(description + ": " + r.errors());
        }
        return r.bytes();
    }
}
