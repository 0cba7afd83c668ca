package org.bpfplay.engine.packet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Capture files written by editcap and python3 (scripts/record-packet-tshark.sh) in four formats
 * hold the same packets; timestamps are checked against tshark's frame.time_epoch.
 */
class PcapReaderTest {
    private static final List<String> TIMES = PacketResources.lines("shifted-times.tsv");

    private static void assertSamePackets(PcapFile file) {
        assertTrue(file.ok(), file.problems().toString());
        PcapFile original = PcapReader.read(PacketResources.bytes("builder.pcap"), 1000);
        assertEquals(original.packets().size(), file.packets().size());
        assertEquals(TIMES.size(), file.packets().size());
        for (int i = 0; i < file.packets().size(); i++) {
            PcapPacket p = file.packets().get(i);
            assertArrayEquals(original.packets().get(i).data(), p.data());
            String[] t = TIMES.get(i).split("\t");
            assertEquals(t[0], p.seconds() + "." + String.format("%09d", p.nanos()), "packet " + i);
            assertEquals(Integer.parseInt(t[1]), p.originalLength());
            assertEquals(Integer.parseInt(t[2]), p.data().length);
            assertEquals(1, p.linkType());
            assertEquals(i, p.index());
        }
        assertFalse(file.more());
        assertEquals(1, file.linkType());
    }

    @Test
    void microsecondLittleEndian() {
        PcapFile f = PcapReader.read(PacketResources.bytes("shifted-usec.pcap"), 100);
        assertSamePackets(f);
        assertEquals("pcap", f.format());
        assertFalse(f.nanosecond());
        assertFalse(f.bigEndian());
    }

    @Test
    void nanosecondMagic() {
        PcapFile f = PcapReader.read(PacketResources.bytes("shifted-nsec.pcap"), 100);
        assertSamePackets(f);
        assertTrue(f.nanosecond());
    }

    @Test
    void bigEndian() {
        PcapFile f = PcapReader.read(PacketResources.bytes("shifted-be.pcap"), 100);
        assertSamePackets(f);
        assertTrue(f.bigEndian());
    }

    @Test
    void pcapngWithNanosecondResolution() {
        PcapFile f = PcapReader.read(PacketResources.bytes("shifted.pcapng"), 100);
        assertSamePackets(f);
        assertEquals("pcapng", f.format());
    }

    @Test
    void firstNPackets() {
        for (String name : List.of("shifted-usec.pcap", "shifted-be.pcap", "shifted.pcapng")) {
            PcapFile f = PcapReader.read(PacketResources.bytes(name), 3);
            assertEquals(3, f.packets().size(), name);
            assertTrue(f.more(), name);
            assertTrue(f.ok(), name);
        }
        assertFalse(PcapReader.read(PacketResources.bytes("shifted-usec.pcap"), TIMES.size()).more());
    }

    @Test
    void everyTruncationKeepsTheWholePacketsBeforeItAndSaysWhere() {
        for (String name : List.of("shifted-usec.pcap", "shifted-be.pcap", "shifted.pcapng")) {
            byte[] file = PacketResources.bytes(name);
            PcapFile whole = PcapReader.read(file, 1000);
            for (int n = 0; n < file.length; n += 7) {
                PcapFile f = PcapReader.read(Arrays.copyOf(file, n), 1000);
                for (int i = 0; i < f.packets().size(); i++) {
                    assertEquals(whole.packets().get(i), f.packets().get(i));
                }
                boolean cutAtBoundary = f.problems().isEmpty();
                if (!cutAtBoundary) {
                    assertTrue(f.problems().get(0).message().contains("truncated")
                            || f.problems().get(0).message().contains("not a capture file"), f.problems().toString());
                }
            }
        }
    }

    @Test
    void truncationMessage() {
        byte[] file = PacketResources.bytes("shifted-usec.pcap");
        PcapFile f = PcapReader.read(Arrays.copyOf(file, 24 + 16 + 59 + 16 + 10), 100);
        assertEquals(1, f.packets().size());
        assertEquals(List.of(new PacketError("byte 115", "packet 1 truncated: 54 bytes announced, 10 present")), f.problems());
        PcapFile header = PcapReader.read(Arrays.copyOf(file, 20), 100);
        assertEquals("byte 0: pcap file header truncated: 24 bytes needed, 20 present", header.problems().get(0).toString());
    }

    @Test
    void garbageIsNotACaptureFile() {
        PcapFile f = PcapReader.read("hello world, not a pcap".getBytes(), 10);
        assertEquals("byte 0: not a pcap or pcapng file (magic 0x6c6c6568)", f.problems().get(0).toString());
        byte[] huge = PacketResources.bytes("shifted-usec.pcap").clone();
        huge[24 + 8 + 3] = 0x7f; // incl_len of packet 0 becomes about 2 GB
        PcapFile corrupt = PcapReader.read(huge, 10);
        assertTrue(corrupt.problems().get(0).message().contains("corrupt file?"), corrupt.problems().toString());
    }

    @Test
    void writerOutputReadsBackWithTimestampsCountingSeconds() {
        List<byte[]> packets = List.of(PacketResources.build("ipv4 udp"), PacketResources.build("ipv6 tcp"));
        PcapFile f = PcapReader.read(PcapWriter.write(packets, LinkType.RAW), 10);
        assertEquals(101, f.linkType());
        assertEquals(2, f.packets().size());
        assertEquals(1, f.packets().get(1).seconds());
        assertArrayEquals(packets.get(1), f.packets().get(1).data());
        assertEquals(List.of("ipv6", "tcp"), Dissector.dissect(f.packets().get(1).data(),
                LinkType.byNumber(f.linkType()).orElseThrow()).layers().stream().map(DissectedLayer::name).toList());
    }

    @Test
    void bigEndianPcapngWithTwoInterfacesAsTsharkReadsIt() {
        PcapFile f = PcapReader.read(PacketResources.bytes("mixed-be.pcapng"), 100);
        assertTrue(f.ok(), f.problems().toString());
        assertTrue(f.bigEndian());
        List<String> rows = PacketResources.lines("mixed-be.tsv");
        assertEquals(rows.size(), f.packets().size());
        for (int i = 0; i < rows.size(); i++) {
            String[] t = rows.get(i).split("\t");
            PcapPacket p = f.packets().get(i);
            assertEquals(t[0].equals("1") ? 101 : 1, p.linkType(), "packet " + i);
            // tshark shows no time for a simple packet block, which has none; the reader gives 0.
            assertEquals(t[1].isEmpty() ? "0.000000000" : t[1], p.seconds() + "." + String.format("%09d", p.nanos()));
            assertEquals(Integer.parseInt(t[2]), p.originalLength());
            assertEquals(Integer.parseInt(t[3]), p.data().length);
            Dissection d = Dissector.dissect(p.data(), LinkType.byNumber(p.linkType()).orElseThrow());
            List<String> tsharkLayers = List.of(t[4].split(":"));
            for (DissectedLayer l : d.layers()) {
                if (!l.name().equals("payload")) {
                    String name = l.name().equals("ipv4") ? "ip" : l.name();
                    assertTrue(tsharkLayers.contains(name), t[4] + " vs " + d.layers());
                }
            }
        }
    }
}
