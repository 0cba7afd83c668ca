package org.bpfplay.engine.maps;

import static org.bpfplay.engine.maps.MapTestSupport.create;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RingBufferTest {
    private static int u32At(byte[] d, int p) {
        return (d[p] & 0xff) | (d[p + 1] & 0xff) << 8 | (d[p + 2] & 0xff) << 16 | (d[p + 3] & 0xff) << 24;
    }

    @Test
    void recordLayoutHeaderBitsAndAlignment() {
        RingBuffer rb = (RingBuffer) create("rb:ringbuf:0:0:4096", 1);
        RingbufSample a = rb.reserve(5, 0);
        assertNotNull(a);
        byte[] raw = rb.rawData();
        assertEquals(5 | RingBuffer.BUSY_BIT, u32At(raw, 0));
        assertEquals(3, u32At(raw, 4), "pg_off: 3 metadata pages before the data");
        assertEquals(16, rb.producerPos(), "8-byte header + 5 bytes, rounded up to 8");
        RingbufSample b = rb.reserve(8, 0);
        a.data()[0] = 42;
        rb.discard(b, 0);
        raw = rb.rawData();
        assertEquals(8 | RingBuffer.DISCARD_BIT, u32At(raw, 16));
        assertTrue(rb.consume().isEmpty(), "the first record is still busy");
        rb.submit(a, 0);
        assertEquals(42, rb.rawData()[8]);
        List<RingbufRecord> got = rb.consume();
        assertEquals(1, got.size(), "the discarded record is skipped");
        assertEquals(5, got.get(0).length());
        assertEquals(32, rb.consumerPos());
    }

    @Test
    void overflowAndABusyRecordHoldingBackTheProducer() {
        RingBuffer rb = (RingBuffer) create("rb:ringbuf:0:0:4096", 1);
        assertNull(rb.reserve(4089, 0), "8 + 4089 rounded is 4104 > 4096");
        assertNull(rb.reserve(4088, 0), "a record may not fill the ring completely");
        RingbufSample held = rb.reserve(8, 0);
        assertEquals(0, rb.output(new byte[4000], 4000, 0));
        assertEquals(-Errno.EAGAIN.number, rb.output(new byte[100], 100, 0));
        assertEquals(-Errno.EINVAL.number, rb.output(new byte[1], 1, 4));
        assertNull(rb.reserve(8, 1), "reserve flags must be 0");
        rb.submit(held, 0);
        assertEquals(2, rb.consume().size());
        assertEquals(0, rb.output(new byte[100], 100, 0), "after consuming there is room again (wrapping)");
        RingbufRecord r = rb.records().get(0);
        assertFalse(r.busy());
        assertEquals(rb.producerPos() - rb.consumerPos(), rb.query(MapFlags.BPF_RB_AVAIL_DATA));
        assertEquals(4096, rb.query(MapFlags.BPF_RB_RING_SIZE));
        assertEquals(0, rb.query(42));
    }

    @Test
    void helpersForOtherMapsAreNotSupported() {
        BpfMap rb = create("rb:ringbuf:0:0:4096", 1);
        assertNull(rb.lookup(new byte[0], 0));
        assertEquals(-Errno.ENOTSUPP.number, rb.userLookup(new byte[0]).errno());
    }
}
