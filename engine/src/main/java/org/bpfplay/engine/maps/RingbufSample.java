package org.bpfplay.engine.maps;

/**
 * A record a program reserved with bpf_ringbuf_reserve: {@link #data()} is the memory the program
 * writes (exactly the requested size), until it hands the sample back with submit or discard.
 */
public final class RingbufSample {
    private final long position;
    private final byte[] data;
    private boolean released;

    RingbufSample(long position, int size) {
        this.position = position;
        this.data = new byte[size];
    }

    /** The producer position of the record's 8-byte header. */
    public long position() {
        return position;
    }

    /** The live sample memory. */
    public byte[] data() {
        return data;
    }

    /** Whether submit or discard has been called. */
    public boolean released() {
        return released;
    }

    void release() {
        released = true;
    }

    /** For the debugger putting a ring buffer back. */
    void setReleased(boolean released) {
        this.released = released;
    }
}
