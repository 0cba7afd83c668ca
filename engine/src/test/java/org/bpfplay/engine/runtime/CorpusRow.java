/*
 * One row of the differential corpus (diff/run/*.jsonl): the few fields the harness needs, read with a
 * pattern per field (values there are plain strings without escapes, or integers).
 */
package org.bpfplay.engine.runtime;

import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

record CorpusRow(String file, String type, String packet, byte[] data, byte[] ctx, byte[] insns, Long retval,
                 byte[] dataOut, String error) {

    static CorpusRow parse(String line) {
        return new CorpusRow(str(line, "file"), str(line, "type"), str(line, "packet"), hex(str(line, "data")),
                hex(str(line, "ctx")), hex(str(line, "insns")), num(line, "retval"), hex(str(line, "data_out")),
                str(line, "error"));
    }

    String name() {
        return file + " [" + packet + "]";
    }

    private static String str(String line, String key) {
        Matcher m = Pattern.compile("\"" + key + "\": \"([^\"]*)\"").matcher(line);
        return m.find() ? m.group(1) : null;
    }

    private static Long num(String line, String key) {
        Matcher m = Pattern.compile("\"" + key + "\": (-?[0-9]+)").matcher(line);
        return m.find() ? Long.valueOf(m.group(1)) : null;
    }

    private static byte[] hex(String s) {
        return s == null ? null : HexFormat.of().parseHex(s);
    }
}
