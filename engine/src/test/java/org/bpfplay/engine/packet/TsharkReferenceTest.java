package org.bpfplay.engine.packet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The builder's packets against Wireshark: tshark-fields.tsv holds tshark's checksum verdicts and
 * length/type fields for builder.pcap (scripts/record-packet-tshark.sh). Each description must
 * still build exactly the recorded bytes, the intact packets must have been judged good by tshark,
 * and the dissector must agree with tshark on every verdict, calculated checksum and length.
 */
class TsharkReferenceTest {
    private static final List<String> DESCRIPTIONS = PacketResources.descriptions();

    private static List<Map<String, String>> rows() {
        List<String> lines = PacketResources.lines("tshark-fields.tsv");
        String[] header = lines.get(0).split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < cells.length ? cells[i] : "");
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void recordedPcapHoldsExactlyTheBuildersBytes() {
        PcapFile file = PcapReader.read(PacketResources.bytes("builder.pcap"), 1000);
        assertTrue(file.ok(), file.problems().toString());
        assertEquals(DESCRIPTIONS.size(), file.packets().size());
        for (int i = 0; i < DESCRIPTIONS.size(); i++) {
            assertArrayEquals(file.packets().get(i).data(), PacketResources.build(DESCRIPTIONS.get(i)), DESCRIPTIONS.get(i));
        }
        assertArrayEquals(PacketResources.bytes("builder.pcap"), PcapWriter.write(
                DESCRIPTIONS.stream().map(PacketResources::build).toList(), LinkType.ETHERNET));
    }

    @Test
    void tsharkFoundEveryComputedChecksumGood() {
        List<Map<String, String>> rows = rows();
        assertEquals(DESCRIPTIONS.size(), rows.size());
        int checked = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (DESCRIPTIONS.get(i).contains("csum=")) {
                continue;
            }
            for (String proto : List.of("ip", "tcp", "udp", "icmp", "icmpv6")) {
                String status = rows.get(i).get(proto + ".checksum.status");
                for (String s : status.isEmpty() ? new String[0] : status.split(",")) {
                    assertEquals("1", s, DESCRIPTIONS.get(i) + ": tshark " + proto + " checksum status");
                    checked++;
                }
            }
        }
        assertTrue(checked >= 30, "checked " + checked);
    }

    @TestFactory
    List<DynamicTest> dissectorAgreesWithTshark() {
        List<Map<String, String>> rows = rows();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < DESCRIPTIONS.size(); i++) {
            String d = DESCRIPTIONS.get(i);
            Map<String, String> row = rows.get(i);
            tests.add(DynamicTest.dynamicTest(d, () -> compare(d, row)));
        }
        return tests;
    }

    private static Map<String, String> quotedDatagramDropped(Map<String, String> row) {
        Map<String, String> out = new HashMap<>();
        row.forEach((k, v) -> out.put(k, k.startsWith("ip.") && v.contains(",") ? v.substring(0, v.indexOf(',')) : v));
        out.put("udp.checksum.status", "");
        out.put("udp.checksum_calculated", "");
        out.put("udp.checksum", "");
        out.put("udp.length", "");
        return out;
    }

    private static void compare(String description, Map<String, String> givenRow) {
        Map<String, String> row = givenRow;
        Dissection dis = Dissector.dissect(PacketResources.build(description));
        assertTrue(dis.problems().isEmpty(), dis.problems().toString());
        Map<String, List<DissectedLayer>> byName = new HashMap<>();
        for (DissectedLayer l : dis.layers()) {
            byName.computeIfAbsent(l.name(), k -> new ArrayList<>()).add(l);
        }
        if (dis.layer("icmp").map(l -> !l.field("type").orElseThrow().value().equals("8")
                && !l.field("type").orElseThrow().value().equals("0")).orElse(false)) {
            // tshark also dissects the datagram quoted in an ICMP error; the dissector leaves it as payload.
            row = quotedDatagramDropped(row);
        }
        checkStatus(row, "ip", "ip.checksum_calculated", byName.get("ipv4"));
        checkStatus(row, "tcp", "tcp.checksum_calculated", byName.get("tcp"));
        checkStatus(row, "udp", "udp.checksum_calculated", byName.get("udp"));
        checkStatus(row, "icmp", null, byName.get("icmp"));
        checkStatus(row, "icmpv6", null, byName.get("icmpv6"));
        assertEquals(row.get("eth.type"), values(byName.get("eth"), "type"));
        assertEquals(row.get("vlan.id"), values(byName.get("vlan"), "id"));
        assertEquals(row.get("ip.len"), values(byName.get("ipv4"), "len"));
        assertEquals(row.get("ip.proto"), values(byName.get("ipv4"), "proto"));
        assertEquals(row.get("ipv6.plen"), values(byName.get("ipv6"), "plen"));
        assertEquals(row.get("ipv6.nxt"), values(byName.get("ipv6"), "nh"));
        assertEquals(row.get("udp.length"), values(byName.get("udp"), "len"));
        assertEquals(row.get("ip.checksum"), values(byName.get("ipv4"), "csum"));
        assertEquals(row.get("tcp.checksum"), values(byName.get("tcp"), "csum"));
        assertEquals(row.get("udp.checksum"), values(byName.get("udp"), "csum"));
        assertEquals(row.get("icmp.checksum"), values(byName.get("icmp"), "csum"));
        assertEquals(row.get("icmpv6.checksum"), values(byName.get("icmpv6"), "csum"));
        String hdr = row.get("ip.hdr_len");
        if (!hdr.isEmpty()) {
            List<String> ihl = new ArrayList<>();
            for (String h : hdr.split(",")) {
                ihl.add(String.valueOf(Integer.parseInt(h) / 4));
            }
            assertEquals(String.join(",", ihl), values(byName.get("ipv4"), "ihl"));
        }
        if (!row.get("tcp.flags").isEmpty()) {
            int flags = Integer.decode(row.get("tcp.flags"));
            assertEquals(TcpFlag.format(flags & 0xff), values(byName.get("tcp"), "flags"));
            assertEquals(String.valueOf(Integer.parseInt(row.get("tcp.hdr_len")) / 4), values(byName.get("tcp"), "off"));
        }
    }

    /** tshark statuses: 0 bad, 1 good, 3 not present (UDP zero over IPv4), 4 illegal (UDP zero over IPv6). */
    private static void checkStatus(Map<String, String> row, String proto, String calculatedField, List<DissectedLayer> layers) {
        String status = row.get(proto + ".checksum.status");
        List<String> statuses = status.isEmpty() ? List.of() : List.of(status.split(","));
        List<String> calculated = calculatedField == null || row.get(calculatedField).isEmpty()
                ? List.of() : List.of(row.get(calculatedField).split(","));
        List<DissectedLayer> ls = layers == null ? List.of() : layers;
        assertEquals(statuses.size(), ls.size(), proto + " layers");
        for (int i = 0; i < ls.size(); i++) {
            String note = ls.get(i).field("csum").orElseThrow().note();
            switch (statuses.get(i)) {
                case "1": assertEquals("correct", note, proto); break;
                case "0":
                case "4": assertTrue(note.startsWith("wrong"), proto + ": " + note); break;
                case "3": assertTrue(note.startsWith("none"), proto + ": " + note); break;
                default: throw new AssertionError("unexpected tshark status " + statuses.get(i));
            }
            if (statuses.get(i).equals("0") && i < calculated.size()) {
                assertEquals("wrong, should be " + calculated.get(i), note, proto);
            }
        }
    }

    private static String values(List<DissectedLayer> layers, String field) {
        if (layers == null) {
            return "";
        }
        List<String> out = new ArrayList<>();
        for (DissectedLayer l : layers) {
            out.add(l.field(field).orElseThrow().value());
        }
        return String.join(",", out);
    }
}
