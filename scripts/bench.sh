#!/usr/bin/env bash
# Benchmarks, measured in one run on this machine (ratios, not absolute times); in each
# comparison the commands take turns, so both sides run under the same conditions, and each
# figure is the median of its runs:
#   - the bundled 4.6 KB sample against `cat` of it (a one-file run is mostly start-up);
#   - one 50 KB transcript against `wc -w` of it;
#   - 200 Hansard-text transcripts (~15 MB) re-laid from the real speeches in
#     ../shared/corpus/twfy-xml, on 2 threads, against `wc -w` over the same files;
#   - the same folder on 1 thread against 2;
#   - one 500 KB transcript against the 50 KB one;
#   - peak RSS of the folder run.
# Usage: scripts/bench.sh [SHARED_DIR]   (default ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${1:-../shared}"
xml=("$shared"/corpus/twfy-xml/*.xml)
[ -e "${xml[0]}" ] || { echo "bench: no TheyWorkForYou XML under $shared/corpus/twfy-xml" >&2; exit 2; }

cargo build --release --quiet --example relay
cargo build --release --quiet
bin=target/release/debate-summary
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

target/release/examples/relay "$work/folder" 200 75000 "${xml[@]}"
target/release/examples/relay "$work/small" 1 50000 "${xml[@]}"
target/release/examples/relay "$work/large" 1 500000 "${xml[@]}"

python3 - "$bin" "$work" samples/westminster-hall-rural-buses.txt <<'PY'
import os, statistics, subprocess, sys, time
bin, work, sample = sys.argv[1], sys.argv[2], sys.argv[3]
folder = os.path.join(work, "folder")
files = sorted(os.path.join(folder, f) for f in os.listdir(folder))
size = sum(os.path.getsize(f) for f in files)
small = os.path.join(work, "small", os.listdir(os.path.join(work, "small"))[0])
large = os.path.join(work, "large", os.listdir(os.path.join(work, "large"))[0])

def once(cmd):
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - t

def turns(cmds, rounds):
    """Each command once per round, in turn; the median of each command's times."""
    times = [[] for _ in cmds]
    for _ in range(rounds):
        for i, c in enumerate(cmds):
            times[i].append(once(c))
    return [statistics.median(t) for t in times]

ds = lambda *a: [bin, "-q", "-f", "json", *a]
cat, one = turns([["cat", sample], ds(sample)], 41)
wc50, t50 = turns([["wc", "-w", small], ds(small)], 31)
t50b, t500 = turns([ds(small), ds(large)], 15)
wc, j2, j1 = turns([["wc", "-w"] + files, ds("-j", "2", folder), ds("-j", "1", folder)], 9)
# wait4 gives this one child's own resource use (its peak RSS in KB on Linux).
child = subprocess.Popen(ds(folder), stdout=subprocess.DEVNULL)
rss_kb = os.wait4(child.pid, 0)[2].ru_maxrss
kb = lambda f: os.path.getsize(f) / 1000
print(f"{kb(sample):.1f} KB sample: cat {cat*1000:.2f} ms; debate-summary {one*1000:.2f} ms; ratio {one/cat:.1f}x cat")
print(f"{kb(small):.0f} KB transcript: wc -w {wc50*1000:.2f} ms; debate-summary {t50*1000:.2f} ms; ratio {t50/wc50:.1f}x wc -w")
print(f"folder: {len(files)} transcripts, {size/1e6:.1f} MB")
print(f"wc -w: {wc:.3f}s; debate-summary -j2: {j2:.3f}s; ratio {j2/wc:.2f}x wc -w")
print(f"1 thread: {j1:.3f}s; 2 threads: {j2:.3f}s; speed-up {j1/j2:.2f}x")
print(f"{kb(small):.0f} KB transcript: {t50b*1000:.1f} ms; {kb(large):.0f} KB: {t500*1000:.1f} ms; ratio {t500/t50b:.2f}x")
print(f"peak RSS of the folder run: {rss_kb/1024:.1f} MB")
PY
