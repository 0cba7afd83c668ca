package org.bpfplay.engine.helpers;

import java.util.List;

import org.bpfplay.engine.interp.HelperCall;
import org.bpfplay.engine.maps.Errno;

/**
 * loop (181) and for_each_map_elem (164) from kernel/bpf/bpf_iter.c and the maps'
 * map_for_each_callback: flags must be 0 (-EINVAL), bpf_loop runs at most BPF_MAX_LOOPS times
 * (-E2BIG), and a callback returning non-zero stops the walk. bpf_loop returns the number of
 * callbacks run; for_each_map_elem the number of elements visited (the stopping one included).
 */
final class CallbackHelpers {
    /** BPF_MAX_LOOPS. */
    static final long MAX_LOOPS = 8L * 1024 * 1024;
    static final int E2BIG = Errno.E2BIG.number;

    private Callbacks callbacks;
    private MapElements maps;

    void connect(Callbacks newCallbacks, MapElements newMaps) {
        this.callbacks = newCallbacks;
        this.maps = newMaps;
    }

    long loop(HelperCall c) {
        long nr = c.arg(1) & 0xffff_ffffL;
        long fn = c.arg(2);
        long ctx = c.arg(3);
        if (c.arg(4) != 0) {
            return -Bprintf.EINVAL;
        }
        if (nr > MAX_LOOPS) {
            return -E2BIG;
        }
        if (callbacks == null) {
            c.fail("callbacks into the program are not available in this runtime");
            return 0;
        }
        for (long i = 0; i < nr; i++) {
            Callbacks.Outcome o = callbacks.invoke(fn, i, ctx, 0, 0, 0);
            if (!o.completed()) {
                return 0;
            }
            if (o.r0() != 0) {
                return i + 1;
            }
        }
        return nr;
    }

    long forEachMapElem(HelperCall c) {
        long map = c.arg(1);
        long fn = c.arg(2);
        long ctx = c.arg(3);
        if (c.arg(4) != 0) {
            return -Bprintf.EINVAL;
        }
        if (callbacks == null || maps == null) {
            c.fail("callbacks into the program are not available in this runtime");
            return 0;
        }
        List<MapElements.Element> elements = maps.elements(map);
        if (elements == null) {
            c.fail("0x" + Long.toHexString(map) + " is not a map that for_each_map_elem can walk");
            return 0;
        }
        long n = 0;
        for (MapElements.Element e : elements) {
            n++;
            Callbacks.Outcome o = callbacks.invoke(fn, map, e.keyAddress(), e.valueAddress(), ctx, 0);
            if (!o.completed()) {
                return 0;
            }
            if (o.r0() != 0) {
                break;
            }
        }
        return n;
    }
}
