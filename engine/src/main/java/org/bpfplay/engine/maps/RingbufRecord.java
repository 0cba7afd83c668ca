package org.bpfplay.engine.maps;

import java.util.HexFormat;

/**
 * A record in the ring as a consumer sees it: the position of its header, the length field without
 * the flag bits, whether it is still BUSY (reserved, not yet submitted or discarded) or DISCARDED,
 * and its bytes (empty while busy).
 */
public record RingbufRecord(long position, int length, boolean busy, boolean discarded, byte[] data) {
    @Override
    public String toString() {
        return "@" + position + " len " + length + (busy ? " busy" : "") + (discarded ? " discarded" : "")
                + (busy ? "" : " " + HexFormat.of().formatHex(data));
    }
}
