package org.bpfplay.engine.maps;

import static org.bpfplay.engine.maps.MapFlags.BPF_RB_FORCE_WAKEUP;
import static org.bpfplay.engine.maps.MapFlags.BPF_RB_NO_WAKEUP;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.IdentityHashMap;

/**
 * BPF_MAP_TYPE_RINGBUF (kernel/bpf/ringbuf.c): max_entries bytes of data (a power of 2 and a
 * multiple of the 4096-byte page) shared by producers (programs) and one consumer (user space).
 *
 * Record layout in the ring: an 8-byte header {u32 len; u32 pg_off} then the sample, the whole
 * rounded up to 8 bytes. While reserved, len has the BUSY bit (1 << 31); submit clears it, discard
 * clears it and sets the DISCARD bit (1 << 30). pg_off is the header's page offset from the start
 * of the kernel's ring buffer mapping (3 metadata pages before the data).
 *
 * Reserve fails (NULL; output: -EAGAIN) when the record would put the producer more than
 * size - 1 bytes ahead of the consumer, or more than size - 1 bytes past the oldest record not yet
 * submitted or discarded. bpf_ringbuf_reserve with non-zero flags fails too. Records wrap around
 * the end of the ring (the kernel maps the data twice so samples stay contiguous; here a sample
 * lives in its own buffer while reserved and is copied into the ring on submit/discard).
 */
public final class RingBuffer extends MapBase implements BpfMap {
    public static final int BUSY_BIT = 1 << 31;
    public static final int DISCARD_BIT = 1 << 30;
    public static final int HDR_SZ = 8;
    /** RINGBUF_MAX_RECORD_SZ: UINT_MAX / 4. */
    public static final long MAX_RECORD_SZ = 0xffffffffL / 4;
    private static final int META_PAGES = 3;
    private static final int PAGE_SHIFT = 12;

    private final byte[] data;
    private final long mask;
    private long consumerPos;
    private long producerPos;
    private long pendingPos;
    private final Map<Long, RingbufSample> reserved = new HashMap<>();

    RingBuffer(MapSpec spec, int cpus) {
        super(spec, cpus);
        data = new byte[spec.maxEntries()];
        mask = spec.maxEntries() - 1L;
    }

    private static long roundUp8(long n) {
        return (n + 7) & ~7L;
    }

    private int readU32(long pos) {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            v |= (data[(int) ((pos + i) & mask)] & 0xff) << (8 * i);
        }
        return v;
    }

    private void writeU32(long pos, int v) {
        for (int i = 0; i < 4; i++) {
            data[(int) ((pos + i) & mask)] = (byte) (v >>> (8 * i));
        }
    }

    /** bpf_ringbuf_reserve: the sample to fill, or null when it does not fit (or flags != 0). */
    public RingbufSample reserve(long size, long flags) {
        if (flags != 0) {
            return null;
        }
        return reserve(size);
    }

    private RingbufSample reserve(long size) {
        if (size < 0 || size > MAX_RECORD_SZ) {
            return null;
        }
        long len = roundUp8(size + HDR_SZ);
        if (len > data.length) {
            return null;
        }
        // Skip past records already submitted or discarded: they no longer hold the producer back.
        while (producerPos - pendingPos > 0) {
            int hdrLen = readU32(pendingPos);
            if ((hdrLen & BUSY_BIT) != 0) {
                break;
            }
            pendingPos += roundUp8((hdrLen & ~DISCARD_BIT) + HDR_SZ);
        }
        long newProd = producerPos + len;
        if (newProd - consumerPos > mask || newProd - pendingPos > mask) {
            return null;
        }
        long pos = producerPos;
        writeU32(pos, (int) size | BUSY_BIT);
        writeU32(pos + 4, META_PAGES + (int) ((pos & mask) >> PAGE_SHIFT));
        producerPos = newProd;
        RingbufSample s = new RingbufSample(pos, (int) size);
        reserved.put(pos, s);
        return s;
    }

    /** bpf_ringbuf_submit. The flags only choose wake-ups, which bpfplay does not model. */
    public void submit(RingbufSample sample, long flags) {
        commit(sample, false);
    }

    /** bpf_ringbuf_discard. */
    public void discard(RingbufSample sample, long flags) {
        commit(sample, true);
    }

    private void commit(RingbufSample s, boolean discard) {
        if (s.released() || reserved.remove(s.position()) == null) {
            return; // the verifier makes a double release impossible
        }
        s.release();
        byte[] d = s.data();
        for (int i = 0; i < d.length; i++) {
            data[(int) ((s.position() + HDR_SZ + i) & mask)] = d[i];
        }
        int len = readU32(s.position()) ^ BUSY_BIT;
        if (discard) {
            len |= DISCARD_BIT;
        }
        writeU32(s.position(), len);
        observers.fire(null, null, discard ? null : d.clone(), -1, MapChange.Origin.PROGRAM);
    }

    /** bpf_ringbuf_output: reserve, copy, submit; -EINVAL for unknown flags, -EAGAIN when full. */
    public int output(byte[] sample, long size, long flags) {
        if ((flags & ~(BPF_RB_NO_WAKEUP | BPF_RB_FORCE_WAKEUP)) != 0) {
            return Errno.EINVAL.neg();
        }
        RingbufSample s = reserve(size);
        if (s == null) {
            return Errno.EAGAIN.neg();
        }
        System.arraycopy(sample, 0, s.data(), 0, (int) Math.min(size, sample.length));
        commit(s, false);
        return 0;
    }

    /** bpf_ringbuf_query: BPF_RB_AVAIL_DATA, _RING_SIZE, _CONS_POS, _PROD_POS; anything else 0. */
    public long query(long flags) {
        if (flags == MapFlags.BPF_RB_AVAIL_DATA) {
            return producerPos - consumerPos;
        } else if (flags == MapFlags.BPF_RB_RING_SIZE) {
            return data.length;
        } else if (flags == MapFlags.BPF_RB_CONS_POS) {
            return consumerPos;
        } else if (flags == MapFlags.BPF_RB_PROD_POS) {
            return producerPos;
        }
        return 0;
    }

    public long consumerPos() {
        return consumerPos;
    }

    public long producerPos() {
        return producerPos;
    }

    /** The raw data area (read-only use: what user space mmaps). */
    public byte[] rawData() {
        return data.clone();
    }

    /** Every record between the consumer and the producer, busy ones included, without consuming. */
    public List<RingbufRecord> records() {
        List<RingbufRecord> out = new ArrayList<>();
        long pos = consumerPos;
        while (pos < producerPos) {
            RingbufRecord r = recordAt(pos);
            out.add(r);
            pos += roundUp8(r.length() + HDR_SZ);
        }
        return out;
    }

    private RingbufRecord recordAt(long pos) {
        int hdr = readU32(pos);
        int len = hdr & ~(BUSY_BIT | DISCARD_BIT);
        boolean busy = (hdr & BUSY_BIT) != 0;
        byte[] bytes = new byte[busy ? 0 : len];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = data[(int) ((pos + HDR_SZ + i) & mask)];
        }
        return new RingbufRecord(pos, len, busy, (hdr & DISCARD_BIT) != 0, bytes);
    }

    /**
     * What a user-space consumer (libbpf's ring_buffer__consume) does: walks from the consumer
     * position, stops at the first busy record, skips discarded ones, returns the submitted ones
     * and moves the consumer position past everything it walked over.
     */
    public List<RingbufRecord> consume() {
        List<RingbufRecord> out = new ArrayList<>();
        while (consumerPos < producerPos) {
            RingbufRecord r = recordAt(consumerPos);
            if (r.busy()) {
                break;
            }
            if (!r.discarded()) {
                out.add(r);
            }
            consumerPos += roundUp8(r.length() + HDR_SZ);
        }
        return out;
    }

    /** The records waiting for the consumer, submitted ones only, as key-less entries. */
    @Override
    public List<MapEntry> entries() {
        List<MapEntry> out = new ArrayList<>();
        for (RingbufRecord r : records()) {
            if (!r.busy() && !r.discarded()) {
                out.add(new MapEntry(null, r.data()));
            }
        }
        return out;
    }

    /** Consumes everything consumable. */
    @Override
    public void clear() {
        consume();
    }

    /** The ring bytes, the three positions, and the reserved samples with their released flags. */
    @Override
    public Object snapshot() {
        Map<Long, RingbufSample> res = new HashMap<>(reserved);
        Map<RingbufSample, Boolean> released = new IdentityHashMap<>();
        for (RingbufSample s : res.values()) {
            released.put(s, s.released());
        }
        return new Object[] {data.clone(), new long[] {consumerPos, producerPos, pendingPos}, res, released};
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        Object[] s = (Object[]) snapshot;
        System.arraycopy((byte[]) s[0], 0, data, 0, data.length);
        long[] pos = (long[]) s[1];
        consumerPos = pos[0];
        producerPos = pos[1];
        pendingPos = pos[2];
        reserved.clear();
        reserved.putAll((Map<Long, RingbufSample>) s[2]);
        for (Map.Entry<RingbufSample, Boolean> e : ((Map<RingbufSample, Boolean>) s[3]).entrySet()) {
            e.getKey().setReleased(e.getValue());
        }
    }
}
