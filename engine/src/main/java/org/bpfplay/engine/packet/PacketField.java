package org.bpfplay.engine.packet;

/**
 * One field of a dissected layer, for the UI.
 *
 * @param name   the field name, the same the packet description uses ("dport", "csum")
 * @param offset first byte of the field in the packet (bit fields name their containing bytes)
 * @param length bytes the field occupies (whole bytes covering it)
 * @param value  the value in description syntax ("80", "10.0.0.1", "0x0800", "SA", "hex:0204")
 * @param note   extra words, "" when none: checksum verdicts ("correct", "wrong, should be 0x1c46"),
 *               names of well-known values ("IPv4", "echo request")
 */
public record PacketField(String name, int offset, int length, String value, String note) {
    @Override
    public String toString() {
        return name + "=" + value + (note.isEmpty() ? "" : " (" + note + ")");
    }
}
