#!/bin/sh
# Records what BPF_PROG_TEST_RUN returns for the socket helpers (sk_lookup_tcp/udp, skc_lookup_tcp,
# sk_fullsock, tcp_sock, get_listener_sock, sk_release) for
# engine/src/test/java/org/bpfplay/engine/runtime/SockHelpersTest.java.
# Programs: engine/src/test/resources/runtime/sock-helpers/*.s, each run as TYPE on one IPv4/TCP packet.
# Output: engine/src/test/resources/runtime/sock-helpers.txt, lines "PROGRAM TYPE DATA RETVAL".
set -eu
cd "$(dirname "$0")/.."
ORACLE=${ORACLE:-/work/shared/tools/kernel-oracle}
DIR=engine/src/test/resources/runtime/sock-helpers
OUT=engine/src/test/resources/runtime/sock-helpers.txt
DATA=00000000000000000000000008004500002800000000400600000000000000000000000000000000000000000000000000000000
{
echo "# recorded by scripts/record-sock-helper-runs.sh from the running kernel ($(uname -r))"
for f in "$DIR"/*.s; do
  for type in sched_cls xdp; do
    # the skb->sk programs only load as tc programs
    case "$(basename "$f")" in *skb-sk.s) [ "$type" = sched_cls ] || continue ;; esac
    ret=$("$ORACLE" run --type "$type" --data "$DATA" "$f" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["retval"])')
    echo "$(basename "$f") $type $DATA $ret"
  done
done
} > "$OUT.tmp"
mv "$OUT.tmp" "$OUT"
cat "$OUT"
