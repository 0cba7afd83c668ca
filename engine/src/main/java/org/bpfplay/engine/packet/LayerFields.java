package org.bpfplay.engine.packet;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bpfplay.engine.text.HexText;

/**
 * Typed access to the fields written for one layer, recording an error (and returning the default)
 * for every bad value: "tcp dport 70000 does not fit in 16 bits".
 */
final class LayerFields {
    private final LayerSpec spec;
    private final List<PacketError> errors;
    private final Map<String, FieldSpec> byName = new HashMap<>();

    LayerFields(LayerSpec spec, List<PacketError> errors) {
        this.spec = spec;
        this.errors = errors;
        for (FieldSpec f : spec.fields()) {
            if (!spec.kind().fields().contains(f.name())) {
                error(f, "unknown field '" + f.name() + "' in " + spec.kind());
            } else if (byName.putIfAbsent(f.name(), f) != null) {
                error(f, spec.kind() + " " + f.name() + " is given twice");
            }
        }
    }

    boolean has(String name) {
        return byName.containsKey(name);
    }

    /** An unsigned number of at most {@code bits} bits: decimal, 0x hex or 0b binary. */
    long number(String name, int bits, long dflt) {
        FieldSpec f = byName.get(name);
        if (f == null) {
            return dflt;
        }
        String s = f.value().strip().replace("_", "");
        int radix = 10;
        String digits = s;
        if (s.startsWith("0x") || s.startsWith("0X")) {
            radix = 16;
            digits = s.substring(2);
        } else if (s.startsWith("0b") || s.startsWith("0B")) {
            radix = 2;
            digits = s.substring(2);
        }
        if (digits.isEmpty() || digits.length() > 40) {
            error(f, what(name) + " needs a number, got '" + f.value() + "'");
            return dflt;
        }
        long v = 0;
        boolean tooBig = false;
        for (int i = 0; i < digits.length(); i++) {
            int d = Character.digit(digits.charAt(i), radix);
            if (d < 0) {
                error(f, what(name) + " needs a " + (radix == 10 ? "decimal" : radix == 16 ? "hex" : "binary")
                        + " number, got '" + f.value() + "'");
                return dflt;
            }
            if (v > (Long.MAX_VALUE - d) / radix) {
                tooBig = true;
            } else {
                v = v * radix + d;
            }
        }
        if (tooBig || (bits < 63 && v >>> bits != 0)) {
            error(f, what(name) + " " + f.value().strip() + " does not fit in " + bits + (bits == 1 ? " bit" : " bits"));
            return dflt;
        }
        return v;
    }

    /** -1 when absent (the builder computes it), else the explicit value. */
    long override(String name, int bits) {
        return number(name, bits, -1);
    }

    byte[] mac(String name, byte[] dflt) {
        FieldSpec f = byName.get(name);
        if (f == null) {
            return dflt;
        }
        return Addresses.parseMac(f.value().strip()).orElseGet(() -> {
            error(f, "bad MAC address '" + f.value() + "' for " + what(name) + " (write 02:00:00:00:00:01)");
            return dflt;
        });
    }

    byte[] ipv4(String name, byte[] dflt) {
        FieldSpec f = byName.get(name);
        if (f == null) {
            return dflt;
        }
        return Addresses.parseIpv4(f.value().strip()).orElseGet(() -> {
            error(f, "bad IPv4 address '" + f.value() + "' for " + what(name) + " (write 10.0.0.1)");
            return dflt;
        });
    }

    byte[] ipv6(String name, byte[] dflt) {
        FieldSpec f = byName.get(name);
        if (f == null) {
            return dflt;
        }
        return Addresses.parseIpv6(f.value().strip()).orElseGet(() -> {
            error(f, "bad IPv6 address '" + f.value() + "' for " + what(name) + " (write fd00::1)");
            return dflt;
        });
    }

    /** Hex bytes, written "hex:0204..." or just "0204...". */
    byte[] hex(String name) {
        FieldSpec f = byName.get(name);
        if (f == null) {
            return new byte[0];
        }
        String s = f.value().strip();
        if (s.startsWith("hex:")) {
            s = s.substring(4);
        }
        HexText.Parsed hex = HexText.parse(s);
        if (!hex.ok()) {
            error(f, "bad hex for " + what(name) + ": " + hex.problem());
            return new byte[0];
        }
        return hex.bytes();
    }

    /** TCP flags as letters (S A P F R U E C, any order) or as a number. */
    int tcpFlags(int dflt) {
        FieldSpec f = byName.get("flags");
        if (f == null) {
            return dflt;
        }
        String s = f.value().strip();
        if (!s.isEmpty() && Character.isDigit(s.charAt(0))) {
            return (int) number("flags", 8, dflt);
        }
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            int bit = TcpFlag.bitOf(s.charAt(i));
            if (bit == 0) {
                error(f, "unknown tcp flag '" + s.charAt(i) + "' (flags: " + TcpFlag.letters() + ")");
                return dflt;
            }
            v |= bit;
        }
        return v;
    }

    /** The payload bytes: text (UTF-8), hex, or len:N (bytes 00 01 02 ... counting). */
    byte[] payload() {
        if (byName.size() != 1) {
            errors.add(new PacketError(spec.location(), "a payload has exactly one of text, hex or len"));
            return new byte[0];
        }
        if (has("text")) {
            return byName.get("text").value().getBytes(StandardCharsets.UTF_8);
        }
        if (has("hex")) {
            return hex("hex");
        }
        int n = (int) number("len", 16, 0);
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            out[i] = (byte) i;
        }
        return out;
    }

    void error(String field, String message) {
        FieldSpec f = byName.get(field);
        errors.add(new PacketError(f != null ? f.location() : spec.location(), message));
    }

    private void error(FieldSpec f, String message) {
        errors.add(new PacketError(f.location(), message));
    }

    private String what(String name) {
        return spec.kind() + " " + name;
    }
}
