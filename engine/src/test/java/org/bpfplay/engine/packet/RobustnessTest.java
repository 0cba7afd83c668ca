package org.bpfplay.engine.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Damaged input of every kind gives results or errors, never exceptions (fixed seeds, small loops). */
class RobustnessTest {
    @Test
    void mutatedDescriptionsNeverThrow() {
        Random r = new Random(1);
        String alphabet = "()=,\" :.x0123456789abcdefhlnpstuvSAP\\{}[]";
        List<String> seeds = PacketResources.descriptions();
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder(seeds.get(r.nextInt(seeds.size())));
            int edits = 1 + r.nextInt(3);
            for (int e = 0; e < edits && sb.length() > 0; e++) {
                int at = r.nextInt(sb.length());
                switch (r.nextInt(3)) {
                    case 0: sb.deleteCharAt(at); break;
                    case 1: sb.insert(at, alphabet.charAt(r.nextInt(alphabet.length()))); break;
                    default: sb.setCharAt(at, alphabet.charAt(r.nextInt(alphabet.length())));
                }
            }
            PacketResult result = Packets.build(sb.toString());
            if (!result.ok()) {
                assertEquals(0, result.bytes().length);
                for (PacketError err : result.errors()) {
                    assertTrue(!err.location().isEmpty() && !err.message().isEmpty(), err.toString());
                }
            } else {
                Packets.dissect(result.bytes());
            }
        }
    }

    @Test
    void mutatedJsonNeverThrows() {
        Random r = new Random(2);
        String json = "{\"layers\":[{\"layer\":\"eth\"},{\"layer\":\"ipv6\",\"src\":\"fd00::1\"},"
                + "{\"layer\":\"udp\",\"dport\":53},{\"layer\":\"payload\",\"text\":\"a\\u0041\\n\"}]}";
        assertTrue(Packets.build(json).ok());
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder(json);
            int at = r.nextInt(sb.length());
            if (r.nextBoolean()) {
                sb.deleteCharAt(at);
            } else {
                sb.insert(at, "{}[]\",:0-e.u\\ntf"
                        .charAt(r.nextInt(16)));
            }
            Packets.build(sb.toString());
        }
    }

    @Test
    void randomBytesDissectAndRandomFilesRead() {
        Random r = new Random(3);
        byte[] real = PacketResources.build("eth vlan ipv4 ipv6 tcp(options=hex:0204) payload=len:40");
        byte[] file = PacketResources.bytes("shifted.pcapng");
        for (int i = 0; i < 2000; i++) {
            byte[] p = real.clone();
            for (int k = 0; k < 3; k++) {
                p[r.nextInt(p.length)] = (byte) r.nextInt(256);
            }
            for (LinkType t : LinkType.values()) {
                Dissector.dissect(p, t);
            }
            byte[] f = file.clone();
            for (int k = 0; k < 2; k++) {
                f[r.nextInt(f.length)] = (byte) r.nextInt(256);
            }
            PcapReader.read(f, 100);
        }
    }
}
