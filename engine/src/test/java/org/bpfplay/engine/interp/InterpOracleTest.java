package org.bpfplay.engine.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bpfplay.engine.isa.Encoding;
import org.bpfplay.engine.isa.Program;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the programs of src/test/resources/interp/oracle (llvm-mc encodings) and compares r0 and
 * the packet afterwards with what the running kernel returned for them, as recorded by
 * scripts/record-interp-oracle.sh (BPF_PROG_TEST_RUN, sched_cls or xdp).
 */
class InterpOracleTest {
    private static final List<String> NAMES = List.of("calls", "ldabs", "ldabs_oob", "ldind_neg", "xdpctx", "xdpwrite", "xdp_acqrel");

    static String resource(String name) throws IOException {
        try (InputStream in = InterpOracleTest.class.getResourceAsStream("/interp/oracle/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    /** Sets up packet and context as the program type does; returns the packet region id. */
    static int setUp(Machine m, String type, byte[] packet) {
        Memory mem = m.memory();
        int pkt = mem.add(new Region("packet", RegionKind.PACKET, packet, true));
        if (type.equals("xdp")) {
            Region ctx = new Region("xdp_md", RegionKind.CONTEXT, new byte[24], 0, 24, false, List.of(
                    new VirtualField("data", 0, 4), new VirtualField("data_end", 4, 4),
                    new VirtualField("data_meta", 8, 4)));
            ctx.setVirtual("data", Memory.address(pkt));
            ctx.setVirtual("data_end", Memory.address(pkt, packet.length));
            ctx.setVirtual("data_meta", Memory.address(pkt));
            m.setRegister(1, Memory.address(mem.add(ctx)));
        } else {
            m.setRegister(1, Memory.address(mem.add(new Region("__sk_buff", RegionKind.CONTEXT, new byte[192], false))));
            m.setPacketRegion(pkt);
        }
        return pkt;
    }

    @TestFactory
    Stream<DynamicTest> kernelRecorded() {
        return NAMES.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            String hex = resource(name + ".hex").replaceAll("\\s", "");
            Map<String, String> exp = resource(name + ".expected").lines().filter(l -> l.contains("="))
                    .collect(Collectors.toMap(l -> l.substring(0, l.indexOf('=')), l -> l.substring(l.indexOf('=') + 1)));
            Encoding.Decoded d = Encoding.decode(HexFormat.of().parseHex(hex));
            assertTrue(d.ok(), d.errors().toString());
            Machine m = new Machine(Program.of(d.instructions()), new Memory(), new HelperRegistry());
            byte[] packet = HexFormat.of().parseHex(exp.get("data"));
            setUp(m, exp.get("type"), packet);
            RunResult r = m.run(Budget.instructions(100_000_000));
            assertTrue(r.exited(), r::toString);
            assertEquals(Long.parseLong(exp.get("retval")), r.r0() & 0xffff_ffffL);
            assertEquals(exp.get("data_out"), HexFormat.of().formatHex(packet));
        }));
    }
}
