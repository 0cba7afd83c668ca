package org.bpfplay.engine.jit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bpfplay.engine.runtime.MapHelperRow;

/**
 * One recorded kernel run of the differential corpora (diff/run and diff/maps-helpers, recorded with
 * kernel-oracle by scripts/record-kernel-runs.sh and scripts/record-kernel-map-runs.py): the fields
 * the JIT's differential test needs, read with one pattern per field (plain strings, integers,
 * string lists, and the map dumps as "KEYHEX VALUEHEX" sets; maps the kernel could not dump are absent).
 */
record KernelRow(String file, String type, String packet, byte[] data, byte[] ctx, List<String> maps,
                 List<String> inits, int cpus, byte[] insns, long retval, byte[] dataOut,
                 Map<String, TreeSet<String>> dumps) {

    static List<KernelRow> load(String resource) throws IOException {
        try (InputStream in = KernelRow.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing");
            }
            List<KernelRow> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    out.add(parse(line));
                }
            }
            return out;
        }
    }

    static KernelRow parse(String line) {
        String cpus = num(line, "cpus");
        return new KernelRow(str(line, "file"), str(line, "type"), str(line, "packet"), hex(str(line, "data")),
                hex(str(line, "ctx")), list(line, "maps"), list(line, "inits"), cpus == null ? 1 : Integer.parseInt(cpus),
                hex(str(line, "insns")), Long.parseLong(num(line, "retval")), hex(str(line, "data_out")), MapHelperRow.dumps(line));
    }

    String name() {
        return file + " [" + packet + "]";
    }

    private static String str(String line, String key) {
        Matcher m = Pattern.compile("\"" + key + "\": \"([^\"]*)\"").matcher(line);
        return m.find() ? m.group(1) : null;
    }

    private static String num(String line, String key) {
        Matcher m = Pattern.compile("\"" + key + "\": (-?[0-9]+)").matcher(line);
        return m.find() ? m.group(1) : null;
    }

    private static List<String> list(String line, String key) {
        Matcher m = Pattern.compile("\"" + key + "\": \\[([^\\]]*)\\]").matcher(line);
        List<String> out = new ArrayList<>();
        if (m.find()) {
            Matcher s = Pattern.compile("\"([^\"]*)\"").matcher(m.group(1));
            while (s.find()) {
                out.add(s.group(1));
            }
        }
        return out;
    }

    private static byte[] hex(String s) {
        return s == null ? null : HexFormat.of().parseHex(s);
    }
}
