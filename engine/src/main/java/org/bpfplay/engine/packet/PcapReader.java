package org.bpfplay.engine.packet;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the first packets of a capture file: classic libpcap (either byte order, microsecond or
 * nanosecond magic) and pcapng (section header, interface description with if_tsresol, enhanced
 * and simple packet blocks; other blocks are skipped). A damaged file yields the packets before the
 * damage and a problem saying where and what.
 */
public final class PcapReader {
    /** Larger records are treated as corruption rather than allocated. */
    static final int MAX_RECORD = 1 << 24;

    private final byte[] f;
    private final int max;
    private boolean big;
    private final List<PcapPacket> packets = new ArrayList<>();
    private final List<PacketError> problems = new ArrayList<>();
    private boolean more;

    private PcapReader(byte[] file, int maxPackets) {
        this.f = file;
        this.max = maxPackets;
    }

    public static PcapFile read(byte[] file, int maxPackets) {
        PcapReader r = new PcapReader(file, Math.max(0, maxPackets));
        if (file.length < 4) {
            return new PcapFile("pcap", false, false, -1, List.of(),
                    List.of(PacketError.atByte(0, "not a capture file: " + file.length + " bytes")), false);
        }
        long magicLe = r.le32(0);
        if (magicLe == 0x0a0d0d0aL) {
            return r.pcapng();
        }
        return r.pcap(magicLe);
    }

    private PcapFile pcap(long magicLe) {
        boolean nanos;
        if (magicLe == 0xa1b2c3d4L || magicLe == 0xa1b23c4dL) {
            big = false;
            nanos = magicLe == 0xa1b23c4dL;
        } else if (magicLe == 0xd4c3b2a1L || magicLe == 0x4d3cb2a1L) {
            big = true;
            nanos = magicLe == 0x4d3cb2a1L;
        } else {
            problems.add(PacketError.atByte(0, String.format("not a pcap or pcapng file (magic 0x%08x)", magicLe)));
            return new PcapFile("pcap", false, false, -1, packets, problems, false);
        }
        if (f.length < 24) {
            problems.add(PacketError.atByte(0, "pcap file header truncated: 24 bytes needed, " + f.length + " present"));
            return new PcapFile("pcap", nanos, big, -1, packets, problems, false);
        }
        int link = (int) (u32(20) & 0xffff); // upper bits carry FCS information
        int o = 24;
        while (o < f.length) {
            if (packets.size() >= max) {
                more = true;
                break;
            }
            int index = packets.size();
            if (o + 16 > f.length) {
                problems.add(PacketError.atByte(o, "packet " + index + " record header truncated: 16 bytes needed, "
                        + (f.length - o) + " present"));
                break;
            }
            long sec = u32(o);
            long frac = u32(o + 4);
            long incl = u32(o + 8);
            long orig = u32(o + 12);
            if (incl > MAX_RECORD) {
                problems.add(PacketError.atByte(o + 8, "packet " + index + " claims " + incl + " captured bytes (corrupt file?)"));
                break;
            }
            if (o + 16 + incl > f.length) {
                problems.add(PacketError.atByte(o + 16, "packet " + index + " truncated: " + incl + " bytes announced, "
                        + (f.length - o - 16) + " present"));
                break;
            }
            long ns = nanos ? frac : frac * 1000;
            packets.add(new PcapPacket(index, sec, ns, (int) Math.min(orig, Integer.MAX_VALUE), link,
                    Arrays.copyOfRange(f, o + 16, o + 16 + (int) incl)));
            o += 16 + (int) incl;
        }
        return new PcapFile("pcap", nanos, big, link, packets, problems, more);
    }

    /** One pcapng interface: link type and timestamp units per second. */
    private record Interface(int linkType, BigInteger unitsPerSecond) {
    }

    private PcapFile pcapng() {
        List<Interface> ifaces = new ArrayList<>();
        boolean firstBig = false;
        int firstLink = -1;
        int o = 0;
        boolean sawSection = false;
        while (o < f.length) {
            if (o + 12 > f.length) {
                problems.add(PacketError.atByte(o, "pcapng block header truncated: " + (f.length - o) + " bytes left"));
                break;
            }
            long type = le32(o);
            if (type == 0x0a0d0d0aL) {
                long bom = le32(o + 8);
                if (bom == 0x1a2b3c4dL) {
                    big = false;
                } else if (bom == 0x4d3c2b1aL) {
                    big = true;
                } else {
                    problems.add(PacketError.atByte(o + 8, String.format("pcapng section has a bad byte-order magic 0x%08x", bom)));
                    break;
                }
                if (!sawSection) {
                    firstBig = big;
                    sawSection = true;
                }
                ifaces.clear();
            } else if (!sawSection) {
                problems.add(PacketError.atByte(o, "pcapng file does not start with a section header"));
                break;
            }
            type = u32(o);
            long len = u32(o + 4);
            if (len < 12 || len % 4 != 0 || len > MAX_RECORD) {
                problems.add(PacketError.atByte(o + 4, "pcapng block length " + len + " is invalid"));
                break;
            }
            if (o + len > f.length) {
                problems.add(PacketError.atByte(o, "pcapng block truncated: " + len + " bytes announced, " + (f.length - o) + " present"));
                break;
            }
            int body = o + 8;
            int bodyEnd = o + (int) len - 4;
            if (u32(bodyEnd) != len) {
                problems.add(PacketError.atByte(bodyEnd, "pcapng block length at the end (" + u32(bodyEnd)
                        + ") differs from the start (" + len + ")"));
                break;
            }
            if (type == 1) {
                if (bodyEnd - body < 8) {
                    problems.add(PacketError.atByte(body, "pcapng interface block too short"));
                    break;
                }
                int link = u16(body);
                ifaces.add(new Interface(link, tsresol(body + 8, bodyEnd)));
                if (firstLink < 0) {
                    firstLink = link;
                }
            } else if (type == 6 || type == 3) {
                if (packets.size() >= max) {
                    more = true;
                    break;
                }
                if (!packet(type, body, bodyEnd, ifaces)) {
                    break;
                }
            }
            o += (int) len;
        }
        return new PcapFile("pcapng", false, firstBig, firstLink, packets, problems, more);
    }

    private boolean packet(long type, int body, int bodyEnd, List<Interface> ifaces) {
        int index = packets.size();
        long ifId;
        long ts;
        long captured;
        long orig;
        int data;
        if (type == 6) {
            if (bodyEnd - body < 20) {
                problems.add(PacketError.atByte(body, "pcapng enhanced packet block " + index + " too short"));
                return false;
            }
            ifId = u32(body);
            ts = u32(body + 4) << 32 | u32(body + 8);
            captured = u32(body + 12);
            orig = u32(body + 16);
            data = body + 20;
        } else {
            ifId = 0;
            ts = 0;
            orig = u32(body);
            data = body + 4;
            captured = Math.min(orig, bodyEnd - data);
        }
        if (ifId >= ifaces.size()) {
            problems.add(PacketError.atByte(body, "packet " + index + " names interface " + ifId + ", which is not described"));
            return false;
        }
        if (data + captured > bodyEnd) {
            problems.add(PacketError.atByte(data, "packet " + index + " truncated: " + captured + " bytes announced, "
                    + (bodyEnd - data) + " in the block"));
            return false;
        }
        Interface in = ifaces.get((int) ifId);
        BigInteger[] qr = new BigInteger(Long.toUnsignedString(ts)).divideAndRemainder(in.unitsPerSecond());
        long nanos = qr[1].multiply(BigInteger.valueOf(1_000_000_000L)).divide(in.unitsPerSecond()).longValue();
        packets.add(new PcapPacket(index, qr[0].longValue(), nanos, (int) Math.min(orig, Integer.MAX_VALUE),
                in.linkType(), Arrays.copyOfRange(f, data, data + (int) captured)));
        return true;
    }

    /** Finds if_tsresol (option 9) among the interface options; microseconds by default. */
    private BigInteger tsresol(int o, int end) {
        while (o + 4 <= end) {
            int code = u16(o);
            int len = u16(o + 2);
            if (code == 0 || o + 4 + len > end) {
                break;
            }
            if (code == 9 && len >= 1) {
                int v = f[o + 4] & 0xff;
                return (v & 0x80) == 0 ? BigInteger.TEN.pow(Math.min(v, 30)) : BigInteger.TWO.pow(Math.min(v & 0x7f, 63));
            }
            o += 4 + (len + 3) / 4 * 4;
        }
        return BigInteger.valueOf(1_000_000);
    }

    private long le32(int o) {
        return (f[o] & 0xffL) | (f[o + 1] & 0xffL) << 8 | (f[o + 2] & 0xffL) << 16 | (f[o + 3] & 0xffL) << 24;
    }

    private long u32(int o) {
        if (!big) {
            return le32(o);
        }
        return (f[o] & 0xffL) << 24 | (f[o + 1] & 0xffL) << 16 | (f[o + 2] & 0xffL) << 8 | (f[o + 3] & 0xffL);
    }

    private int u16(int o) {
        return big ? (f[o] & 0xff) << 8 | (f[o + 1] & 0xff) : (f[o] & 0xff) | (f[o + 1] & 0xff) << 8;
    }
}
