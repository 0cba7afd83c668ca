#!/usr/bin/env bash
# Records tshark's (Wireshark's) independent verdicts on packets written by the bpfplay packet
# builder, and capture files in other formats/byte orders for the pcap reader tests.
#
#   scripts/record-packet-tshark.sh
#
# Input:   engine/src/test/resources/packet/reference-packets.txt (one-line descriptions)
# Outputs (engine/src/test/resources/packet/):
#   builder.pcap          the builder's packets (little-endian, microseconds) as written by PcapWriter
#   tshark-fields.tsv     per packet: tshark's checksum statuses (with checksum validation enabled),
#                         calculated checksums and length/type fields, comma-separated when a field
#                         occurs twice (tunnels, stacked VLANs). Status numbers are Wireshark's
#                         proto_checksum_enum_e: 0 bad, 1 good, 2 unverified, 3 not present, 4 illegal.
#   shifted-usec.pcap     builder.pcap with timestamps shifted by editcap -t 1700000000.123456
#   shifted-nsec.pcap     the same converted by editcap -F nsecpcap (nanosecond magic)
#   shifted.pcapng        the same converted by editcap -F pcapng (from the nsec file: if_tsresol 9)
#   shifted-be.pcap       shifted-usec.pcap rewritten big-endian by python3's struct module
#   shifted-times.tsv     tshark's frame.time_epoch / frame.len / frame.cap_len for shifted-usec.pcap
# Needs: mvn (offline), java, tshark + editcap (Debian package tshark), python3.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIR="$ROOT/engine/src/test/resources/packet"
cd "$ROOT"
mvn -q -B -o -pl engine test-compile
java -cp engine/target/classes:engine/target/test-classes org.bpfplay.engine.packet.RecordReferencePcap \
    "$DIR/reference-packets.txt" "$DIR/builder.pcap"

FIELDS=(frame.number ip.checksum.status ip.checksum_calculated tcp.checksum.status tcp.checksum_calculated
        udp.checksum.status udp.checksum_calculated icmp.checksum.status icmpv6.checksum.status
        eth.type vlan.id ip.len ip.proto ip.hdr_len ipv6.plen ipv6.nxt tcp.hdr_len tcp.flags udp.length
        ip.checksum tcp.checksum udp.checksum icmp.checksum icmpv6.checksum)
ARGS=()
for f in "${FIELDS[@]}"; do ARGS+=(-e "$f"); done
{
    printf '%s\t' "${FIELDS[@]}" | sed 's/\t$//'
    echo
    tshark -r "$DIR/builder.pcap" -n -o ip.check_checksum:TRUE -o tcp.check_checksum:TRUE \
        -o udp.check_checksum:TRUE -T fields -E separator=/t -E occurrence=a -E aggregator=, "${ARGS[@]}" 2>/dev/null
} > "$DIR/tshark-fields.tsv"

editcap -F pcap -t 1700000000.123456 "$DIR/builder.pcap" "$DIR/shifted-usec.pcap"
editcap -F nsecpcap "$DIR/shifted-usec.pcap" "$DIR/shifted-nsec.pcap"
editcap -F pcapng "$DIR/shifted-nsec.pcap" "$DIR/shifted.pcapng"
python3 - "$DIR/shifted-usec.pcap" "$DIR/shifted-be.pcap" <<'PY'
import struct, sys
data = open(sys.argv[1], 'rb').read()
magic, vmaj, vmin, zone, sig, snap, link = struct.unpack('<IHHiIII', data[:24])
out = [struct.pack('>IHHiIII', magic, vmaj, vmin, zone, sig, snap, link)]
o = 24
while o < len(data):
    sec, usec, incl, orig = struct.unpack('<IIII', data[o:o + 16])
    out.append(struct.pack('>IIII', sec, usec, incl, orig) + data[o + 16:o + 16 + incl])
    o += 16 + incl
open(sys.argv[2], 'wb').write(b''.join(out))
PY
tshark -r "$DIR/shifted-usec.pcap" -T fields -E separator=/t -e frame.time_epoch -e frame.len -e frame.cap_len \
    2>/dev/null > "$DIR/shifted-times.tsv"
echo "recorded $(($(wc -l < "$DIR/tshark-fields.tsv") - 1)) packets"

# A big-endian pcapng written by python3 with two interfaces (Ethernet with microseconds, raw IP
# with 2^-10 s units), enhanced and simple packet blocks, a name resolution block to skip, and a
# snaplen-cut packet; tshark's reading of it is recorded next to it.
python3 - "$DIR/builder.pcap" "$DIR/mixed-be.pcapng" <<'PY'
import struct, sys
src = open(sys.argv[1], 'rb').read()
pkts, o = [], 24
while o < len(src):
    incl = struct.unpack('<I', src[o + 8:o + 12])[0]
    pkts.append(src[o + 16:o + 16 + incl])
    o += 16 + incl
def pad(b):
    return b + b'\0' * (-len(b) % 4)
def block(t, body):
    n = 12 + len(body)
    return struct.pack('>II', t, n) + body + struct.pack('>I', n)
def opt(code, val):
    return struct.pack('>HH', code, len(val)) + pad(val)
out = block(0x0A0D0D0A, struct.pack('>IHHq', 0x1A2B3C4D, 1, 0, -1) + opt(1, b'bpfplay test') + opt(0, b''))
out += block(1, struct.pack('>HHI', 1, 0, 65535))
out += block(1, struct.pack('>HHI', 101, 0, 65535) + opt(9, bytes([0x8a])) + opt(0, b''))
def epb(iface, ts, data, orig=None):
    orig = len(data) if orig is None else orig
    return block(6, struct.pack('>IIIII', iface, ts >> 32, ts & 0xffffffff, len(data), orig) + pad(data))
out += epb(0, 1700000000 * 10**6 + 250000, pkts[0])
out += block(4, struct.pack('>HH', 0, 0))
out += epb(1, (1700000001 << 10) + 512, pkts[2][14:])
out += block(3, struct.pack('>I', len(pkts[3])) + pad(pkts[3]))
out += epb(0, 1700000002 * 10**6 + 1, pkts[4][:20], len(pkts[4]))
open(sys.argv[2], 'wb').write(out)
PY
tshark -r "$DIR/mixed-be.pcapng" -T fields -E separator=/t -e frame.interface_id -e frame.time_epoch -e frame.len \
    -e frame.cap_len -e frame.protocols 2>/dev/null > "$DIR/mixed-be.tsv"
