#!/usr/bin/env bash
# Times the Linux kernel's verifier on the verifier benchmark programs, for comparison with
# VerifierBench (engine/src/jmh). The programs come from the committed, deterministic generator
# org.bpfplay.engine.verifier.VerifierBenchPrograms (engine/src/test/java), which VerifierBench and
# VerifierLimitsTest use too. Each program is loaded as xdp (root) with kernel-oracle at log level
# 4 (statistics only, the counterpart of our level 0) and 5 (level 1 + statistics), RUNS times
# each; the kernel's own "verification time N usec" line is the measure (it excludes the bpf()
# syscall and program setup). Writes engine/src/test/resources/verifier/bench/kernel-verify-times.tsv:
#   program level verdict errno processed total_states peak_states min_usec median_usec runs message
# (message: the error line(s) before the summary, "-" when accepted; for the hostile programs the
# test compares verdict, errno, message and processed insns with ours).
# Usage: scripts/measure-kernel-verify-time.sh [RUNS]   (default 3; needs root, llvm-mc-19, mvn, jq)
set -euo pipefail
cd "$(dirname "$0")/.."
ORACLE=${ORACLE:-/work/shared/tools/kernel-oracle}
RUNS=${1:-3}
OUT=engine/src/test/resources/verifier/bench/kernel-verify-times.tsv
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mvn -q -B -o -pl engine test-compile
java -cp engine/target/classes:engine/target/test-classes org.bpfplay.engine.verifier.VerifierBenchPrograms "$tmp/progs"
mkdir -p "$(dirname "$OUT")"
{
  printf '# kernel %s, %s; recorded by scripts/measure-kernel-verify-time.sh %s\n' "$(uname -r)" "$(date -u +%Y-%m-%d)" "$RUNS"
  printf 'program\tlevel\tverdict\terrno\tprocessed\ttotal_states\tpeak_states\tmin_usec\tmedian_usec\truns\tmessage\n'
  for src in "$tmp"/progs/*.s; do
    name=$(basename "${src%.s}")
    for lvl in 4 5; do
      times=()
      for ((i = 0; i < RUNS; i++)); do
        "$ORACLE" verify --type xdp --mode root --log-level "$lvl" --json "$src" > "$tmp/r.json" || true
        jq -j '.log' "$tmp/r.json" > "$tmp/log"
        times+=("$(sed -n 's/^verification time \([0-9]*\) usec$/\1/p' "$tmp/log")")
      done
      sorted=$(printf '%s\n' "${times[@]}" | sort -n)
      min=$(echo "$sorted" | head -1)
      median=$(echo "$sorted" | sed -n "$(( (RUNS + 1) / 2 ))p")
      verdict=$(jq -r 'if .accepted then "accepted" else "rejected" end' "$tmp/r.json")
      errno=$(jq -r '.errno // "none"' "$tmp/r.json")
      stats=$(sed -n 's/^processed \([0-9]*\) insns .* total_states \([0-9]*\) peak_states \([0-9]*\) .*/\1\t\2\t\3/p' "$tmp/log")
      msg=-
      if [ "$verdict" = rejected ] && [ "$lvl" = 5 ]; then
        # the error line is the one right before "verification time"
        msg=$(grep -B1 '^verification time' "$tmp/log" | head -1)
      fi
      # $stats holds three tab-separated columns
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$lvl" "$verdict" "$errno" "$stats" "$min" "$median" "$RUNS" "$msg"
    done
  done
} > "$OUT.tmp"
mv "$OUT.tmp" "$OUT"
echo "wrote $OUT"
