/**
 * Test packets for XDP, TC and socket-filter programs: a one-line description
 * ({@link org.bpfplay.engine.packet.PacketText}) or its JSON form
 * ({@link org.bpfplay.engine.packet.PacketJson}) names the layers, the
 * {@link org.bpfplay.engine.packet.PacketBuilder} turns them into bytes with lengths, type numbers and
 * checksums filled in, the {@link org.bpfplay.engine.packet.Dissector} turns bytes back into named
 * fields for the UI, and {@link org.bpfplay.engine.packet.PcapReader} /
 * {@link org.bpfplay.engine.packet.PcapWriter} move packets in and out of capture files.
 * {@link org.bpfplay.engine.packet.Packets} is the entry point. User mistakes come back as
 * {@link org.bpfplay.engine.packet.PacketError} values, never as exceptions.
 */
package org.bpfplay.engine.packet;
