#!/bin/sh
# Records the Linux verifier's level-2 logs for the scalar test programs.
# Each engine/src/test/resources/verifier/scalar/programs/NAME.s is loaded as a socket_filter by
# the running kernel (through kernel-oracle, as root) and its log is written to
# engine/src/test/resources/verifier/scalar/logs/NAME.log. The first line of each log records the
# kernel release; ScalarLogReplayTest replays every log with the Java scalar domain.
# Usage (from the repository root): scripts/record-scalar-golden.sh [NAME...]
set -eu
ORACLE=${ORACLE:-/work/shared/tools/kernel-oracle}
DIR=engine/src/test/resources/verifier/scalar
mkdir -p "$DIR/logs"
if [ "$#" -eq 0 ]; then
    set -- $(cd "$DIR/programs" && ls *.s | sed 's/\.s$//')
fi
for name in "$@"; do
    out="$DIR/logs/$name.log"
    {
        echo "# kernel $(uname -r); kernel-oracle verify --type socket_filter --log-level 2 $name.s"
        "$ORACLE" verify --type socket_filter --log-level 2 "$DIR/programs/$name.s" | grep -v '^load_ns:' || true
    } > "$out"
    echo "$name: $(grep -c '' "$out") lines, $(tail -1 "$out")"
done
