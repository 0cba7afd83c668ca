/*
 * run's packet sources (--packet DESCRIPTION, --pcap FILE[:N]) and tail-call targets (--tail MAP:SLOT=FILE),
 * end to end through Main. Packet bytes come from the packet builder itself, so a --packet run must equal a
 * --data run of the built bytes; a capture's packets are checked by a program that returns __sk_buff.len.
 */
package org.bpfplay.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

import org.bpfplay.engine.packet.LinkType;
import org.bpfplay.engine.packet.Packets;
import org.bpfplay.engine.packet.PcapWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunPacketOptionsTest {
    private static final String TCP = "eth ipv4(src=10.0.0.1,dst=10.0.0.2) tcp(dport=80,flags=S) payload=\"GET /\"";

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result main(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main().run(List.of(args), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** socket_filter: r0 = skb->len, which the kernel counts from the network header (14 bytes less). */
    private String lenProgram() throws IOException {
        Path p = dir.resolve("len.s");
        Files.writeString(p, "r0 = *(u32 *)(r1 + 0)\nexit\n");
        return p.toString();
    }

    private static String withoutTiming(String s) {
        return s.replaceAll("(?m)^ns_per_run: .*\n", "").replaceAll("\"ns_per_run\": [0-9]+", "");
    }

    @Test
    void packetRunsLikeDataOfTheBuiltBytes() throws IOException {
        String prog = lenProgram();
        byte[] built = Packets.build(TCP).bytes();
        Result a = main("run", "--packet", TCP, prog);
        Result b = main("run", "--data", HexFormat.of().formatHex(built), prog);
        assertEquals(0, a.code(), a.err());
        assertEquals(withoutTiming(b.out()), withoutTiming(a.out()));
        assertTrue(a.out().startsWith("retval: " + (built.length - 14) + " "), a.out());
    }

    @Test
    void badPacketDescriptionNamesItsColumnAndExits2() throws IOException {
        Result r = main("run", "--packet", "eth ipv4(src=10.0.0.1,dsx=1) tcp", lenProgram());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("column 23: unknown field 'dsx'"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void packetSourcesAreMutuallyExclusive() throws IOException {
        String prog = lenProgram();
        Result r = main("run", "--data", "00", "--packet", TCP, prog);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--packet and --data both give the packet"), r.err());
        Result q = main("run", "--packet", TCP, "--pcap", "x.pcap", prog);
        assertEquals(2, q.code());
        assertTrue(q.err().contains("--pcap and --packet"), q.err());
    }

    private Path capture(int n) throws IOException {
        List<byte[]> packets = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            packets.add(Packets.build("eth ipv4 udp(dport=53) payload=\"" + "x".repeat(i + 1) + "\"").bytes());
        }
        Path f = dir.resolve("c.pcap");
        Files.write(f, PcapWriter.write(packets, LinkType.ETHERNET));
        return f;
    }

    @Test
    void pcapRunsOncePerPacketUpToN() throws IOException {
        Path f = capture(3);
        Result all = main("run", "--pcap", f.toString(), lenProgram());
        assertEquals(0, all.code(), all.err());
        // eth 14 + ipv4 20 + udp 8 = 42 header bytes, then i+1 payload bytes; skb->len excludes eth
        assertTrue(all.out().contains("-- packet 1 (43 bytes)\nretval: 29 "), all.out());
        assertTrue(all.out().contains("-- packet 3 (45 bytes)\nretval: 31 "), all.out());
        Result two = main("run", "--pcap", f + ":2", "--json", lenProgram());
        assertEquals(0, two.code(), two.err());
        String[] lines = two.out().strip().split("\n");
        assertEquals(2, lines.length, two.out());
        assertTrue(two.err().contains("has more than 2 packets; running the first 2"), two.err());
        assertEquals("", all.err());
        assertTrue(lines[1].contains("\"packet\": 2") && lines[1].contains("\"retval\": 30"), lines[1]);
    }

    @Test
    void unreadableCaptureExits2() throws IOException {
        Result r = main("run", "--pcap", dir.resolve("missing.pcap").toString(), lenProgram());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--pcap: cannot read"), r.err());
        Path junk = dir.resolve("junk.pcap");
        Files.write(junk, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24});
        Result j = main("run", "--pcap", junk.toString(), lenProgram());
        assertEquals(2, j.code());
        assertTrue(j.err().contains("is not a readable capture"), j.err());
    }

    @Test
    void emptyCaptureExits2() throws IOException {
        Path f = capture(0);
        Result r = main("run", "--pcap", f.toString(), lenProgram());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("the capture has no packets"), r.err());
    }

    @Test
    void tailLoadsTargetsIntoTheProgArray() throws IOException {
        String maps = ".map jmp prog_array key=4 value=4 max_entries=4\n";
        Path main = dir.resolve("main.s");
        Files.writeString(main, maps + "r6 = r1\nr2 = jmp ll\nr3 = 2\ncall 12\nr0 = 99\nexit\n");
        Path target = dir.resolve("t.s");
        Files.writeString(target, maps + "r0 = 7\nexit\n");
        Result with = main("run", "--packet", TCP, "--tail", "jmp:2=" + target, main.toString());
        assertEquals(0, with.code(), with.err());
        assertTrue(with.out().startsWith("retval: 7 "), with.out());
        assertTrue(with.out().contains("event: tail call jmp[2] -> program 0"), with.out());
        Result empty = main("run", "--packet", TCP, "--tail", "jmp:1=" + target, main.toString());
        assertTrue(empty.out().startsWith("retval: 99 "), empty.out());
        Result none = main("run", "--packet", TCP, main.toString());
        assertTrue(none.out().startsWith("retval: 99 "), none.out());
    }

    @Test
    void badTailOptionIsAUsageError() throws IOException {
        Result r = main("run", "--tail", "jmp=x.s", lenProgram());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("is not MAP:SLOT=FILE"), r.err());
        Path main = dir.resolve("m.s");
        Files.writeString(main, ".map jmp prog_array key=4 value=4 max_entries=4\nr0 = 0\nexit\n");
        Result missing = main("run", "--packet", TCP, "--tail", "jmp:0=" + dir.resolve("nope.s"), main.toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("--tail jmp:0: cannot read"), missing.err());
    }
}
