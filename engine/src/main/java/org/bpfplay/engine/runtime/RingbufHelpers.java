package org.bpfplay.engine.runtime;

import java.util.HashMap;
import java.util.Map;

import org.bpfplay.engine.helpers.HelperId;
import org.bpfplay.engine.interp.HelperCall;
import org.bpfplay.engine.interp.HelperRegistry;
import org.bpfplay.engine.interp.Memory;
import org.bpfplay.engine.interp.Region;
import org.bpfplay.engine.interp.RegionKind;
import org.bpfplay.engine.maps.BpfMap;
import org.bpfplay.engine.maps.PerfEventArray;
import org.bpfplay.engine.maps.RingBuffer;
import org.bpfplay.engine.maps.RingbufSample;

/*
 * The output-channel helpers: perf_event_output, and for ring buffers output (copy and submit), reserve (a pointer to the sample's own memory, a
 * region over RingbufSample.data(), or NULL), submit/discard (given that pointer back) and query.
 * The record layout and the space rules live in maps.RingBuffer.
 */
final class RingbufHelpers {
    private RingbufHelpers() {
    }

    /** A reserved sample and the ring it belongs to. */
    private record Reserved(RingBuffer ring, RingbufSample sample) {
    }

    static void install(HelperRegistry r, MapSet maps, Memory memory) {
        Map<Integer, Reserved> samples = new HashMap<>();
        MapHelpers.reg(r, HelperId.RINGBUF_OUTPUT, c -> {
            RingBuffer rb = ring(c, maps);
            if (rb == null) {
                return 0;
            }
            long size = c.arg(3);
            byte[] data = size < 0 || size > Integer.MAX_VALUE ? new byte[0] : c.readBytes(c.arg(2), (int) size);
            return data == null ? 0 : rb.output(data, size, c.arg(4));
        });
        MapHelpers.reg(r, HelperId.RINGBUF_RESERVE, c -> {
            RingBuffer rb = ring(c, maps);
            RingbufSample s = rb == null ? null : rb.reserve(c.arg(2), c.arg(3));
            if (s == null) {
                return 0;
            }
            int id = memory.add(new Region(rb.name() + " sample", RegionKind.MAP_VALUE, s.data(), true));
            samples.put(id, new Reserved(rb, s));
            return Memory.address(id);
        });
        MapHelpers.reg(r, HelperId.RINGBUF_SUBMIT, c -> release(c, maps, samples, false));
        MapHelpers.reg(r, HelperId.RINGBUF_DISCARD, c -> release(c, maps, samples, true));
        // bpf_perf_event_output(ctx, map, flags, data, size). As a tracing tool would, the run opens an
        // event for every simulated CPU in each perf event array, so output lands instead of -ENOENT.
        for (BpfMap m : maps.maps()) {
            if (m instanceof PerfEventArray p) {
                p.openAllCpus();
            }
        }
        MapHelpers.reg(r, HelperId.PERF_EVENT_OUTPUT, c -> {
            maps.currentPc = c.pc();
            if (!(maps.byHandle(c.arg(2)) instanceof PerfEventArray p)) {
                c.fail("r2 = 0x" + Long.toHexString(c.arg(2)) + " is not a perf event array map");
                return 0;
            }
            long size = c.arg(5);
            byte[] data = size < 0 || size > Integer.MAX_VALUE ? null : c.readBytes(c.arg(4), (int) size);
            return data == null ? 0 : p.output(c.arg(3), data, MapHelpers.CPU);
        });
        MapHelpers.reg(r, HelperId.RINGBUF_QUERY, c -> {
            RingBuffer rb = ring(c, maps);
            return rb == null ? 0 : rb.query(c.arg(2));
        });
    }

    private static long release(HelperCall c, MapSet maps, Map<Integer, Reserved> samples, boolean discard) {
        maps.currentPc = c.pc();
        long a = c.arg(1);
        Reserved s = Memory.offsetOf(a) == 0 ? samples.get((int) Memory.regionIdOf(a)) : null;
        if (s == null || s.sample().released()) {
            c.fail("r1 = 0x" + Long.toHexString(a) + " is not an unreleased sample from bpf_ringbuf_reserve");
            return 0;
        }
        if (discard) {
            s.ring().discard(s.sample(), c.arg(2));
        } else {
            s.ring().submit(s.sample(), c.arg(2));
        }
        return 0;
    }

    private static RingBuffer ring(HelperCall c, MapSet maps) {
        maps.currentPc = c.pc();
        BpfMap m = maps.byHandle(c.arg(1));
        if (!(m instanceof RingBuffer rb)) {
            c.fail("r1 = 0x" + Long.toHexString(c.arg(1)) + " is not a ringbuf map");
            return null;
        }
        return rb;
    }
}
