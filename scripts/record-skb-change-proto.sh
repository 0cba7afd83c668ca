#!/usr/bin/env bash
# Records what the real kernel answers for bpf_skb_change_proto (helper 31) in sched_cls programs, so the
# runtime's implementation can be compared with it where no kernel is available.
#
# Programs: engine/src/test/resources/runtime/skb-change-proto/*.s (LLVM BPF assembly, `call 31`).
# Packets: an IPv4/UDP frame, an IPv6/UDP frame and an ARP frame (below). Every program runs on every packet.
# Output: engine/src/test/resources/runtime/skb-change-proto.jsonl, one JSON object per program+packet:
#   program (file name), packet (name), data (hex), retval (u32 as the kernel reports it), data_out (hex),
#   command (the kernel-oracle command line, run from the programs' directory); and RECORDED line in
#   skb-change-proto/RECORDED.md with kernel version and date.
#
# Usage: scripts/record-skb-change-proto.sh   (needs root/CAP_BPF, llvm-mc-19, python3)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$root/engine/src/test/resources/runtime/skb-change-proto"
out="$root/engine/src/test/resources/runtime/skb-change-proto.jsonl"
oracle="${KERNEL_ORACLE:-/work/shared/tools/kernel-oracle}"
[ -x "$oracle" ] || { echo "record-skb-change-proto: no kernel-oracle at $oracle" >&2; exit 2; }
cd "$dir"
python3 - "$oracle" "$out" <<'PY'
import json, subprocess, sys
oracle, out = sys.argv[1], sys.argv[2]
packets = {
    # Ethernet + IPv4 (20) + UDP (8) + 9 payload bytes
    "ipv4": "001122334455665544332211080045000025000000004011000000c0a8010a0a0000019c4000350011000041424344454647484a",
    # Ethernet + IPv6 (40) + UDP (8) + 4 payload bytes
    "ipv6": "00112233445566554433221186dd60000000000c1140fe800000000000000000000000000001fe8000000000000000000000000000029c400035000c000041424344",
    # Ethernet + ARP request
    "arp": "ffffffffffff665544332211080600010800060400016655443322110a0000010000000000000a000002",
}
import glob
rows = []
for prog in sorted(glob.glob("*.s")):
    for name, data in packets.items():
        argv = [oracle, "run", "--type", "sched_cls", "--data", data, prog, "--json"]
        p = subprocess.run(argv, capture_output=True, text=True)
        d = json.loads(p.stdout)
        if not d["accepted"]:
            sys.exit(f"{prog}: rejected: {d['log'][-400:]}")
        rows.append({"program": prog, "packet": name, "data": data, "retval": d["retval"],
                     "data_out": d["data_out"], "command": " ".join(["kernel-oracle"] + argv[1:])})
with open(out, "w") as f:
    for r in rows:
        f.write(json.dumps(r) + "\n")
PY
printf 'Recorded by scripts/record-skb-change-proto.sh on %s, kernel %s\n' "$(date -u +%Y-%m-%dT%H:%MZ)" "$(uname -r)" > RECORDED.md
