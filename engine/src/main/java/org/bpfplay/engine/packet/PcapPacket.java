package org.bpfplay.engine.packet;

/**
 * One captured packet.
 *
 * @param index          0-based position in the file
 * @param seconds        timestamp, seconds since the epoch
 * @param nanos          timestamp, nanoseconds within the second
 * @param originalLength the length on the wire (may exceed the captured {@code data})
 * @param linkType       the LINKTYPE_* number of its interface ({@link LinkType#byNumber})
 */
public record PcapPacket(int index, long seconds, long nanos, int originalLength, int linkType, byte[] data) {
    public PcapPacket {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PcapPacket q && index == q.index && seconds == q.seconds && nanos == q.nanos
                && originalLength == q.originalLength && linkType == q.linkType && java.util.Arrays.equals(data, q.data);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(data) * 31 + index;
    }

    @Override
    public String toString() {
        return "#" + index + " " + seconds + "." + String.format("%09d", nanos) + " link " + linkType + " "
                + data.length + "/" + originalLength + " bytes";
    }
}
