#!/bin/sh
# Records which program types may call which helper, per privilege mode, from the running kernel,
# for engine/src/test/java/org/bpfplay/engine/helpers/HelperAccessOracleTest.java.
# Each program is "call N; exit" with r1-r5 unset: the verifier either refuses the helper for that
# type ("program of this type cannot use helper", "unknown func", or for get_func_ip "func ... not
# supported for program type") or goes on to check the arguments / return (the helper is available).
# A program type the mode may not load at all counts as "no". Output:
#   engine/src/test/resources/helpers/access-kernel.txt: lines "MODE TYPE HELPER_ID yes|no"
set -eu
cd "$(dirname "$0")/.."
ORACLE=${ORACLE:-/work/shared/tools/kernel-oracle}
OUT=engine/src/test/resources/helpers/access-kernel.txt
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
IDS="1 2 3 4 5 6 7 8 9 10 11 12 14 15 16 23 25 26 27 28 31 35 42 44 45 46 54 65 84 85 86 87 88 89 93 94 95 96 98 99 112 113 114 115 118 125 130 131 132 133 134 160 164 165 173 177 181"
for id in $IDS; do printf '\tcall %d\n\texit\n' "$id" > "$TMP/h$id.s"; done
{
echo "# recorded by scripts/record-helpers-access.sh from the running kernel ($(uname -r))"
for mode in root cap_bpf; do
  for type in socket_filter sched_cls xdp cgroup_skb kprobe tracepoint raw_tracepoint perf_event; do
    files=""
    for id in $IDS; do files="$files $TMP/h$id.s"; done
    # shellcheck disable=SC2086
    "$ORACLE" verify --type "$type" --mode "$mode" --log-level 1 --json $files > "$TMP/out.json" 2>/dev/null || true
    python3 - "$TMP/out.json" "$mode" "$type" "$IDS" <<'PY'
import json, re, sys
path, mode, ptype, ids = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4].split()
text = open(path).read()
dec, pos, objs = json.JSONDecoder(), 0, []
while pos < len(text):
    while pos < len(text) and text[pos].isspace():
        pos += 1
    if pos >= len(text):
        break
    o, pos = dec.raw_decode(text, pos)
    objs.append(o)
by_prog = {}
for o in objs:
    m = re.search(r"/h(\d+)\.s$", o.get("program", ""))
    if m:
        by_prog[m.group(1)] = o
for i in ids:
    o = by_prog.get(i)
    log = (o or {}).get("log") or ""
    msg = (o or {}).get("message") or ""
    # available unless the verifier does not know it for this type, or refuses it for this type
    ok = o is not None and log.strip() != "" and not any(
        m in log for m in ("unknown func", "cannot use helper", "not supported for program type"))
    print(mode, ptype, i, "yes" if ok else "no")
PY
  done
done
} > "$OUT.tmp"
mv "$OUT.tmp" "$OUT"
grep -c . "$OUT"
