package org.bpfplay.engine.helpers;

import org.bpfplay.engine.interp.HelperCall;

/**
 * trace_printk (6), trace_vprintk (177) and snprintf (165), following kernel/trace/bpf_trace.c and
 * kernel/bpf/helpers.c: the format is checked and formatted by {@link Bprintf}; trace output goes
 * to a 1024-byte buffer (MAX_BPRINTF_BUF) so a trace line holds at most 1023 bytes, while the
 * return value is the untruncated length. snprintf returns the length plus one (for the NUL) and
 * writes at most str_size - 1 bytes and a NUL.
 */
final class PrintHelpers {
    /** MAX_BPRINTF_BUF. */
    static final int BUF = 1024;
    /** MAX_TRACE_PRINTK_VARARGS. */
    static final int PRINTK_ARGS = 3;
    /** MAX_BPRINTF_VARARGS. */
    static final int VARARGS = 12;
    /** How far snprintf's ARG_PTR_TO_CONST_STR format is searched for its NUL. */
    static final int MAX_CONST_STR = 1 << 16;

    private final WorldState state;
    private final ProbeSpace space;
    private final Bprintf bprintf;

    PrintHelpers(WorldState state, ProbeSpace space) {
        this.state = state;
        this.space = space;
        this.bprintf = new Bprintf(state.world().seed());
    }

    long tracePrintk(HelperCall c) {
        long size = c.arg(2) & 0xffff_ffffL;
        if (size > MAX_CONST_STR) {
            c.fail("format size " + size + " is too large");
            return 0;
        }
        byte[] fmt = c.readBytes(c.arg(1), (int) size);
        if (fmt == null) {
            return 0;
        }
        return emit(c, fmt, new long[] {c.arg(3), c.arg(4), c.arg(5)}, PRINTK_ARGS);
    }

    long traceVprintk(HelperCall c) {
        long size = c.arg(2) & 0xffff_ffffL;
        long dataLen = c.arg(4) & 0xffff_ffffL;
        if ((dataLen & 7) != 0 || dataLen > VARARGS * 8 || dataLen != 0 && c.arg(3) == 0) {
            return -Bprintf.EINVAL;
        }
        if (size > MAX_CONST_STR) {
            c.fail("format size " + size + " is too large");
            return 0;
        }
        byte[] fmt = c.readBytes(c.arg(1), (int) size);
        long[] args = readArgs(c, c.arg(3), (int) dataLen);
        if (fmt == null || args == null) {
            return 0;
        }
        return emit(c, fmt, args, args.length);
    }

    long snprintf(HelperCall c) {
        long str = c.arg(1);
        long strSize = c.arg(2) & 0xffff_ffffL;
        long dataLen = c.arg(5) & 0xffff_ffffL;
        if ((dataLen & 7) != 0 || dataLen > VARARGS * 8 || dataLen != 0 && c.arg(4) == 0) {
            return -Bprintf.EINVAL;
        }
        String fmt = c.readCString(c.arg(3), MAX_CONST_STR);
        long[] args = readArgs(c, c.arg(4), (int) dataLen);
        if (fmt == null || args == null) {
            return 0;
        }
        byte[] fmtBytes = (fmt + "\0").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Bprintf.Result r = bprintf.format(fmtBytes, args, args.length, space.source(c.memory(), c.pc()));
        if (!r.ok()) {
            return r.error();
        }
        if (strSize > 0) {
            if (strSize > ProbeReads.MAX_SIZE) {
                c.fail("buffer size " + strSize + " is larger than any buffer");
                return 0;
            }
            int n = (int) Math.min(r.text().length, strSize - 1);
            byte[] out = new byte[n + 1];
            System.arraycopy(r.text(), 0, out, 0, n);
            if (!c.writeBytes(str, out)) {
                return 0;
            }
        }
        return r.text().length + 1L;
    }

    private long emit(HelperCall c, byte[] fmt, long[] args, int numArgs) {
        Bprintf.Result r = bprintf.format(fmt, args, numArgs, space.source(c.memory(), c.pc()));
        if (!r.ok()) {
            return r.error();
        }
        byte[] text = r.text();
        byte[] shown = text.length < BUF ? text : java.util.Arrays.copyOf(text, BUF - 1);
        state.trace(new String(shown, java.nio.charset.StandardCharsets.UTF_8));
        return text.length;
    }

    /** dataLen / 8 little-endian u64 arguments, or null after a fault. */
    private static long[] readArgs(HelperCall c, long address, int dataLen) {
        if (dataLen == 0) {
            return new long[0];
        }
        byte[] b = c.readBytes(address, dataLen);
        if (b == null) {
            return null;
        }
        long[] out = new long[dataLen / 8];
        for (int i = 0; i < out.length; i++) {
            long v = 0;
            for (int k = 7; k >= 0; k--) {
                v = v << 8 | (b[i * 8 + k] & 0xff);
            }
            out[i] = v;
        }
        return out;
    }
}
