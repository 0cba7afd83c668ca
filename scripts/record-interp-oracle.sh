#!/bin/sh
# Records what the running kernel returns for the interpreter's oracle programs
# (engine/src/test/resources/interp/oracle/*.s), so InterpOracleTest can compare without a kernel.
# For each NAME.s it writes NAME.hex (llvm-mc-19 encoding, one 8-byte slot per line); a
# NAME.hexprog is a hand-encoded program (hex slots, '#' comments) for instructions llvm-mc-19
# cannot write, copied to NAME.hex without comments. For every program it writes NAME.expected ("type=... data=... retval=... data_out=..."). Needs root, llvm-mc-19 and
# /work/shared/tools/kernel-oracle. Usage: scripts/record-interp-oracle.sh
set -eu
dir=$(dirname "$0")/../engine/src/test/resources/interp/oracle
oracle=${KERNEL_ORACLE:-/work/shared/tools/kernel-oracle}
# A 42-byte Ethernet/IPv4/ICMP frame; skb test runs refuse very short packets.
pkt=000102030405060708090a0b080045000054000040004001f7b1c0a80001c0a800020800f7ff00000000
for h in "$dir"/*.hexprog; do
  sed 's/#.*//' "$h" | tr -d ' ' | grep -v '^$' > "$dir/$(basename "$h" .hexprog).hex"
done
for s in "$dir"/*.s "$dir"/*.hexprog; do
  case $s in
    *.s) name=$(basename "$s" .s) ;;
    *) name=$(basename "$s" .hexprog) ;;
  esac
  case $name in
    xdp*) type=xdp ;;
    *) type=sched_cls ;;
  esac
  if [ "${s%.s}" != "$s" ]; then
    # An object file resolves local labels (calls, jumps); its .text is the program.
    tmp=$(mktemp -d)
    llvm-mc-19 -triple bpfel -mcpu=v4 -filetype=obj "$s" -o "$tmp/p.o"
    llvm-objcopy-19 -O binary --only-section=.text "$tmp/p.o" "$tmp/p.bin"
    od -An -v -tx1 -w8 "$tmp/p.bin" | tr -d ' ' > "$dir/$name.hex"
    rm -rf "$tmp"
  fi
  json=$("$oracle" run --type "$type" --data "$pkt" "$dir/$name.hex" --json)
  retval=$(printf '%s' "$json" | python3 -c 'import json,sys; print(json.load(sys.stdin)["retval"])')
  out=$(printf '%s' "$json" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data_out"])')
  printf 'type=%s\ndata=%s\nretval=%s\ndata_out=%s\n' "$type" "$pkt" "$retval" "$out" > "$dir/$name.expected"
  echo "$name: $type retval=$retval"
done
