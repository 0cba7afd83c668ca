package org.bpfplay.engine.helpers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.bpfplay.engine.progtype.ProgramType;
import org.junit.jupiter.api.Test;

/** {@link HelperAccess} against the kernel's answers per type and mode (scripts/record-helpers-access.sh). */
class HelperAccessOracleTest {
    @Test
    void accessMatchesKernel() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/helpers/access-kernel.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> wrong = new ArrayList<>();
        int n = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split(" ");
            Privilege p = f[0].equals("root") ? Privilege.ROOT : Privilege.CAP_BPF;
            ProgramType t = ProgramType.byName(f[1]);
            HelperId id = HelperId.byId(Long.parseLong(f[2]));
            boolean kernel = f[3].equals("yes");
            if (HelperAccess.allowed(id, t, p) != kernel) {
                wrong.add(line);
            }
            n++;
        }
        assertTrue(n >= 700, n + " cases");
        assertEquals(List.of(), wrong);
    }
}
