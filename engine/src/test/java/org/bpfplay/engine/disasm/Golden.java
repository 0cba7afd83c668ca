package org.bpfplay.engine.disasm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.bpfplay.engine.isa.Encoding;
import org.bpfplay.engine.isa.Instruction;

/** Reads the golden tables recorded by scripts/record-disasm-golden.sh (tab-separated, # comments). */
final class Golden {
    private Golden() {
    }

    static List<String[]> rows(String resource) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Golden.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        }
        return rows;
    }

    /** The one instruction encoded in 16 or 32 hex digits. */
    static Instruction insn(String hex) {
        return Encoding.decode(HexFormat.of().parseHex(hex)).instructions().get(0);
    }
}
