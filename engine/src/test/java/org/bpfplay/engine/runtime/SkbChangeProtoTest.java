/*
 * bpf_skb_change_proto against the kernel's answers (runtime/skb-change-proto.jsonl, recorded by
 * scripts/record-skb-change-proto.sh): return codes, skb->len and protocol, direct and LD_ABS access
 * after the frame grows or shrinks, and data_out; and the debugger stepping back over the change.
 */
package org.bpfplay.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bpfplay.engine.asm.AsmResult;
import org.bpfplay.engine.asm.Assembler;
import org.bpfplay.engine.interp.Debugger;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.progtype.ProgramType;
import org.junit.jupiter.api.Test;

class SkbChangeProtoTest {
    private static final String DIR = "/runtime/skb-change-proto/";

    private record Row(String program, String packet, byte[] data, long retval, byte[] dataOut) {
        String name() {
            return program + " [" + packet + "]";
        }
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = SkbChangeProtoTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String field(String line, String key) {
        Matcher m = Pattern.compile("\"" + key + "\": \"?([^\",]*)").matcher(line);
        assertTrue(m.find(), key + " in " + line);
        return m.group(1);
    }

    private static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : text("/runtime/skb-change-proto.jsonl").split("\n")) {
            if (!line.isBlank()) {
                HexFormat h = HexFormat.of();
                rows.add(new Row(field(line, "program"), field(line, "packet"), h.parseHex(field(line, "data")),
                        Long.parseLong(field(line, "retval")), h.parseHex(field(line, "data_out"))));
            }
        }
        return rows;
    }

    private static Program program(String file) throws IOException {
        AsmResult a = Assembler.assemble(text(DIR + file));
        assertTrue(a.ok(), file + ": " + a.errors());
        return a.program();
    }

    @Test
    void matchesTheKernel() throws IOException {
        List<Row> rows = rows();
        assertEquals(30, rows.size());
        for (Row row : rows) {
            RunOutcome o = new ProgramRun().run(program(row.program()), RunInput.of(ProgramType.SCHED_CLS, row.data()));
            assertTrue(o.ok(), row.name() + ": " + o.error());
            assertNull(o.fault(), row.name());
            assertEquals(row.retval(), o.retval() & 0xffffffffL, row.name());
            assertArrayEquals(row.dataOut(), o.dataOut(), row.name());
        }
    }

    @Test
    void steppingBackRestoresTheFrame() throws IOException {
        for (Row row : rows()) {
            if (!row.program().startsWith("ldabs") && !row.program().startsWith("direct")) {
                continue;
            }
            Execution e = new ProgramRun().prepare(program(row.program()),
                    RunInput.of(ProgramType.SCHED_CLS, row.data())).execution();
            Debugger d = e.debugger();
            d.runToEnd();
            assertEquals(row.retval(), e.outcome().retval() & 0xffffffffL, row.name());
            d.goTo(3);
            // before the call: the frame as given, with its length
            assertArrayEquals(row.data(), e.outcome().dataOut(), row.name());
            d.runToEnd();
            assertEquals(row.retval(), e.outcome().retval() & 0xffffffffL, row.name() + " after stepping back");
            assertArrayEquals(row.dataOut(), e.outcome().dataOut(), row.name() + " after stepping back");
            d.goTo(0);
            assertArrayEquals(row.data(), e.outcome().dataOut(), row.name());
            d.runToEnd();
            assertEquals(row.retval(), e.outcome().retval() & 0xffffffffL, row.name() + " from the start");
            // with a snapshot at every step, rewinding lands on saved states after the change as well
            Execution fine = new ProgramRun().prepare(program(row.program()),
                    RunInput.of(ProgramType.SCHED_CLS, row.data())).execution();
            Debugger every = new Debugger(fine.machine(), fine.input().budget(), 1000, 1);
            every.runToEnd();
            long end = every.position();
            every.goTo(5);
            assertArrayEquals(row.dataOut(), fine.outcome().dataOut(), row.name() + " rewound to after the call");
            every.goTo(2);
            assertArrayEquals(row.data(), fine.outcome().dataOut(), row.name() + " rewound to before the call");
            every.goTo(end);
            assertEquals(row.retval(), fine.outcome().retval() & 0xffffffffL, row.name() + " forward again");
            assertArrayEquals(row.dataOut(), fine.outcome().dataOut(), row.name() + " forward again");
        }
    }
}
