package org.bpfplay.engine.packet;

import java.util.List;

/**
 * What was read from a capture file.
 *
 * @param format      "pcap" or "pcapng"
 * @param nanosecond  whether a classic pcap file has nanosecond timestamps
 * @param bigEndian   the byte order the file was written in (of its first section for pcapng)
 * @param linkType    the LINKTYPE_* of the file (of the first interface for pcapng; -1 when none)
 * @param packets     the packets read, at most the number asked for
 * @param problems    what was wrong: truncation, bad lengths, unknown magic
 * @param more        true when the file has packets beyond those read
 */
public record PcapFile(String format, boolean nanosecond, boolean bigEndian, int linkType,
                       List<PcapPacket> packets, List<PacketError> problems, boolean more) {
    public PcapFile {
        packets = List.copyOf(packets);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
