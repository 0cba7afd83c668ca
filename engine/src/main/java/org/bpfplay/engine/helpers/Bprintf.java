package org.bpfplay.engine.helpers;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.bpfplay.engine.maps.Errno;

/**
 * The printf engine of trace_printk, trace_vprintk and snprintf: the checks of the kernel's
 * bpf_bprintf_prepare (kernel/bpf/helpers.c) followed by the formatting bstr_printf does with what
 * prepare accepted (lib/vsprintf.c).
 *
 * Accepted: "%%"; flags from "0+- " and a width; d i u x X with l/ll (int-sized without, so %d
 * prints the low 32 bits sign-extended); c; s; p, pK, px, ps, pS (pointer value), pks, pus, pB,
 * pi4 pI4 pi6 pI6 (read through the {@link Source}). Anything else, more conversions than
 * arguments, or an ASCII control character other than whitespace, is -EINVAL. Arguments are
 * marshalled into a 512-byte buffer (MAX_BPRINTF_BIN_ARGS) as prepare does; running out is -ENOSPC,
 * and %s strings are cut to what is left of it.
 *
 * Plain %p and %pK print a hash, as the kernel does (kptr_restrict=0); ours is a fixed function of
 * the pointer and the world's seed (the kernel's siphash key is random per boot), in the same shape:
 * 16 hex digits of which the top 8 are zero. NULL prints as 16 zeros.
 */
public final class Bprintf {
    /** MAX_BPRINTF_BIN_ARGS. */
    public static final int BIN_ARGS = 512;
    public static final int EINVAL = Errno.EINVAL.number;
    public static final int ENOSPC = Errno.ENOSPC.number;
    public static final int EFAULT = Errno.EFAULT.number;

    /** Where %s, %pks, %pus and %pI4 read memory from. */
    public interface Source {
        /**
         * Reads a NUL-terminated string of at most max bytes including the NUL ({@code kind} 's', 'k' or
         * 'u'); returns its bytes without the NUL (cut to max - 1), or null if the address faults.
         */
        byte[] string(long address, int max, char kind);

        /** Reads exactly n bytes, or null. */
        byte[] bytes(long address, int n);
    }

    /** The formatted text (untruncated), or the negative errno in {@code error}. */
    public record Result(int error, byte[] text) {
        public boolean ok() {
            return error == 0;
        }

        public String string() {
            return new String(text, StandardCharsets.UTF_8);
        }
    }

    private final long hashKey;

    public Bprintf(long hashKey) {
        this.hashKey = hashKey;
    }

    private static Result error(int errno) {
        return new Result(-errno, new byte[0]);
    }

    /** Formats fmt (which must hold a NUL within its bytes) with numArgs of args. */
    public Result format(byte[] fmtBytes, long[] args, int numArgs, Source src) {
        int end = -1;
        for (int k = 0; k < fmtBytes.length; k++) {
            if (fmtBytes[k] == 0) {
                end = k;
                break;
            }
        }
        if (end < 0) {
            return error(EINVAL);
        }
        byte[] f = new byte[end + 3];
        System.arraycopy(fmtBytes, 0, f, 0, end);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int bin = 0;
        int spec = 0;
        for (int i = 0; i < end; i++) {
            int c = f[i] & 0xff;
            if (c < 0x80 && !isPrint(c) && !isSpace(c)) {
                return error(EINVAL);
            }
            if (c != '%') {
                out.write(c);
                continue;
            }
            if (f[i + 1] == '%') {
                out.write('%');
                i++;
                continue;
            }
            if (spec >= numArgs) {
                return error(EINVAL);
            }
            i++;
            if ((f[i] & 0x80) != 0) {
                return error(EINVAL);
            }
            boolean left = false;
            boolean zero = false;
            boolean plus = false;
            boolean space = false;
            while (f[i] == '0' || f[i] == '+' || f[i] == '-' || f[i] == ' ') {
                left |= f[i] == '-';
                zero |= f[i] == '0';
                plus |= f[i] == '+';
                space |= f[i] == ' ';
                i++;
            }
            int width = -1;
            if (f[i] >= '1' && f[i] <= '9') {
                width = 0;
                while (f[i] >= '0' && f[i] <= '9') {
                    width = width * 10 + (f[i] - '0');
                    i++;
                }
            }
            long arg = args[spec];
            if (f[i] == 'p') {
                int next = f[i + 1] & 0xff;
                String text;
                if (next == 0 || isSpace(next) || isPunct(next)) {
                    text = hashed(arg, width, left, zero);
                } else if ((next == 'k' || next == 'u') && f[i + 2] == 's') {
                    i += 2;
                    if (!strEnds(f, i)) {
                        return error(EINVAL);
                    }
                    if (bin == BIN_ARGS) {
                        return error(ENOSPC);
                    }
                    byte[] s = src.string(arg, BIN_ARGS - bin, (char) next);
                    bin += s == null ? 1 : s.length + 1;
                    out.writeBytes(s == null ? new byte[0] : s);
                    spec++;
                    continue;
                } else if (next == 'K' || next == 'x' || next == 's' || next == 'S') {
                    i++;
                    text = next == 'x' ? pad(hex(arg, 16), width, left, zero)
                            : next == 'K' ? hashed(arg, width, left, zero)
                            : pad("0x" + Long.toHexString(arg), width, left, false);
                } else if (next == 'B') {
                    i++;
                    String s = "0x" + Long.toHexString(arg);
                    bin += s.length() + 1;
                    out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
                    spec++;
                    continue;
                } else if ((next == 'i' || next == 'I') && (f[i + 2] == '4' || f[i + 2] == '6')) {
                    i += 2;
                    int n = f[i] == '4' ? 4 : 16;
                    if (BIN_ARGS - bin < n) {
                        return error(ENOSPC);
                    }
                    byte[] ip = src.bytes(arg, n);
                    String s = ip(ip == null ? new byte[n] : ip, next == 'I');
                    bin += s.length() + 1;
                    out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
                    spec++;
                    continue;
                } else {
                    return error(EINVAL);
                }
                bin = (bin + 3) & ~3;
                if (BIN_ARGS - bin < 8) {
                    return error(ENOSPC);
                }
                bin += 8;
                out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
                spec++;
                continue;
            }
            if (f[i] == 's') {
                if (!strEnds(f, i)) {
                    return error(EINVAL);
                }
                if (bin == BIN_ARGS) {
                    return error(ENOSPC);
                }
                byte[] s = src.string(arg, BIN_ARGS - bin, 's');
                bin += s == null ? 1 : s.length + 1;
                out.writeBytes(pad(s == null ? new byte[0] : s, width, left));
                spec++;
                continue;
            }
            if (f[i] == 'c') {
                if (bin == BIN_ARGS) {
                    return error(ENOSPC);
                }
                bin++;
                out.writeBytes(pad(new byte[] {(byte) arg}, width, left));
                spec++;
                continue;
            }
            int size = 4;
            if (f[i] == 'l') {
                size = 8;
                i++;
                if (f[i] == 'l') {
                    i++;
                }
            }
            char conv = (char) f[i];
            if (conv != 'i' && conv != 'd' && conv != 'u' && conv != 'x' && conv != 'X') {
                return error(EINVAL);
            }
            bin = (bin + 3) & ~3;
            if (BIN_ARGS - bin < size) {
                return error(ENOSPC);
            }
            bin += size;
            long v = size == 4 ? (conv == 'd' || conv == 'i' ? (long) (int) arg : arg & 0xffff_ffffL) : arg;
            String digits;
            String sign = "";
            if (conv == 'd' || conv == 'i') {
                digits = v < 0 ? Long.toUnsignedString(-v) : Long.toString(v);
                sign = v < 0 ? "-" : plus ? "+" : space ? " " : "";
            } else if (conv == 'u') {
                digits = Long.toUnsignedString(v);
            } else {
                digits = Long.toHexString(v);
                if (conv == 'X') {
                    digits = digits.toUpperCase(java.util.Locale.ROOT);
                }
            }
            out.writeBytes(number(sign, digits, width, left, zero).getBytes(StandardCharsets.US_ASCII));
            spec++;
        }
        return new Result(0, out.toByteArray());
    }

    /** %s and %pks must be followed by the end, whitespace or punctuation. */
    private static boolean strEnds(byte[] f, int i) {
        int n = f[i + 1] & 0xff;
        return n == 0 || isSpace(n) || isPunct(n);
    }

    private static String number(String sign, String digits, int width, boolean left, boolean zero) {
        int padLen = Math.max(0, width - sign.length() - digits.length());
        if (left) {
            return sign + digits + " ".repeat(padLen);
        }
        return zero ? sign + "0".repeat(padLen) + digits : " ".repeat(padLen) + sign + digits;
    }

    private static String pad(String s, int width, boolean left, boolean zero) {
        return number("", s, width, left, zero);
    }

    private static byte[] pad(byte[] s, int width, boolean left) {
        int n = Math.max(0, width - s.length);
        byte[] out = new byte[s.length + n];
        java.util.Arrays.fill(out, (byte) ' ');
        System.arraycopy(s, 0, out, left ? 0 : n, s.length);
        return out;
    }

    private static String hex(long v, int digits) {
        String h = Long.toHexString(v);
        return "0".repeat(Math.max(0, digits - h.length())) + h;
    }

    /** A pointer printed the %p way: error pointers and NULL as they are, others hashed to 32 bits. */
    private String hashed(long p, int width, boolean left, boolean zero) {
        long shown = p;
        if (p != 0 && Long.compareUnsigned(p, -4095L) < 0) {
            long z = (p ^ hashKey) * 0xbf58_476d_1ce4_e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d0_49bb_1331_11ebL;
            shown = (z ^ (z >>> 31)) & 0xffff_ffffL;
        }
        return width < 0 ? hex(shown, 16) : pad(Long.toHexString(shown), width, left, zero);
    }

    /** %pI4 1.2.3.4, %pi4 001.002.003.004, %pI6 0011:2233:..., %pi6 00112233... (lib/vsprintf.c). */
    private static String ip(byte[] a, boolean upper) {
        StringBuilder sb = new StringBuilder();
        if (a.length == 4) {
            for (int k = 0; k < 4; k++) {
                sb.append(k == 0 ? "" : ".").append(upper ? Integer.toString(a[k] & 0xff)
                        : String.format("%03d", a[k] & 0xff));
            }
            return sb.toString();
        }
        for (int k = 0; k < 16; k += 2) {
            sb.append(k == 0 || !upper ? "" : ":").append(String.format("%02x%02x", a[k] & 0xff, a[k + 1] & 0xff));
        }
        return sb.toString();
    }

    static boolean isPrint(int c) {
        return c >= 0x20 && c < 0x7f;
    }

    static boolean isSpace(int c) {
        return c == ' ' || c >= 0x09 && c <= 0x0d;
    }

    static boolean isPunct(int c) {
        return isPrint(c) && c != ' ' && !Character.isLetterOrDigit(c);
    }
}
