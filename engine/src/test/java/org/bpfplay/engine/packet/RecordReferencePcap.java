package org.bpfplay.engine.packet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Used by scripts/record-packet-tshark.sh (not a test): builds every description of a list file
 * and writes them to an Ethernet pcap for tshark to check.
 */
public final class RecordReferencePcap {
    private RecordReferencePcap() {
    }

    public static void main(String[] args) throws IOException {
        List<byte[]> packets = new ArrayList<>();
        for (String line : descriptions(Path.of(args[0]))) {
            PacketResult r = Packets.build(line);
            if (!r.ok()) {
                System.err.println(line + ": " + r.errors());
                System.exit(1);
            }
            packets.add(r.bytes());
        }
        Files.write(Path.of(args[1]), PcapWriter.write(packets, LinkType.ETHERNET));
    }

    static List<String> descriptions(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line);
            }
        }
        return out;
    }
}
