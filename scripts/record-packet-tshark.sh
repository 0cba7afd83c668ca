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
