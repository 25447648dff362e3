#!/usr/bin/env bash
# Times two builds of debate-summary against each other, to decide whether a change is
# faster: both binaries take turns on the same inputs (so both run under the same machine
# conditions), and each figure is the median of its rounds. Inputs: the 200-transcript folder
# of scripts/bench.sh on one thread, and its 50 KB transcript.
#
# Instruction counts are not enough: a change that cut them by 5% ran 2–7% slower (it kept
# whole sentences in hash maps), so keep a speed change only when this says it is faster.
#
# Usage: scripts/compare.sh OLD_BINARY NEW_BINARY [ROUNDS] [SHARED_DIR]
#   e.g. git worktree add /tmp/old HEAD~1 && (cd /tmp/old && cargo build --release)
#        scripts/compare.sh /tmp/old/target/release/debate-summary target/release/debate-summary
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: scripts/compare.sh OLD_BINARY NEW_BINARY [ROUNDS] [SHARED_DIR]" >&2; exit 2; }
old=$(realpath "$1")
new=$(realpath "$2")
rounds="${3:-15}"
cd "$(dirname "$0")/.."
shared="${4:-../shared}"
xml=("$shared"/corpus/twfy-xml/*.xml)
[ -e "${xml[0]}" ] || { echo "compare: no TheyWorkForYou XML under $shared/corpus/twfy-xml" >&2; exit 2; }

cargo build --release --quiet --example relay
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
target/release/examples/relay "$work/folder" 200 75000 "${xml[@]}"
target/release/examples/relay "$work/small" 1 50000 "${xml[@]}"

python3 - "$old" "$new" "$rounds" "$work" <<'PY'
import os, statistics, subprocess, sys, time
old, new, rounds, work = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
small = os.path.join(work, "small", os.listdir(os.path.join(work, "small"))[0])
folder = os.path.join(work, "folder")

def once(cmd):
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - t

for name, args, unit, scale in [
    ("folder, 1 thread", ["-j", "1", folder], "s", 1),
    ("50 KB transcript", [small], "ms", 1000),
]:
    times = {old: [], new: []}
    for _ in range(rounds):
        for b in (old, new):
            times[b].append(once([b, "-q", "-f", "json", *args]))
    a, b = (statistics.median(times[x]) for x in (old, new))
    print(f"{name}: old {a*scale:.3f} {unit}, new {b*scale:.3f} {unit}, new/old {b/a:.3f}")
PY
