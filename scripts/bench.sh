#!/usr/bin/env bash
# Folder-scale benchmark, measured in one run on this machine (ratios, not absolute times):
#   - 200 Hansard-text transcripts (~15 MB) re-laid from the real speeches in
#     ../shared/corpus/twfy-xml: time against `wc -w` over the same files;
#   - the same folder on 1 thread and on 2;
#   - one 500 KB transcript against one 50 KB transcript;
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

python3 - "$bin" "$work" <<'PY'
import os, subprocess, sys, time
bin, work = sys.argv[1], sys.argv[2]
folder = os.path.join(work, "folder")
files = sorted(os.path.join(folder, f) for f in os.listdir(folder))
size = sum(os.path.getsize(f) for f in files)

def best(cmd, runs=7):
    # The least of several runs: the figure least disturbed by whatever else the machine does.
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - t)
    return min(times)

# The three folder commands take turns, so that each ratio compares runs made under the same
# conditions; each figure is the least of its runs.
wc_cmd = ["wc", "-w"] + files
j2_cmd = [bin, "-q", "-j", "2", "-f", "json", folder]
j1_cmd = [bin, "-q", "-j", "1", "-f", "json", folder]
wc, j2, j1 = (min(ts) for ts in zip(*[[best(c, 1) for c in (wc_cmd, j2_cmd, j1_cmd)] for _ in range(7)]))
small = os.path.join(work, "small", os.listdir(os.path.join(work, "small"))[0])
large = os.path.join(work, "large", os.listdir(os.path.join(work, "large"))[0])
ts = best([bin, "-q", "-f", "json", small], 9)
tl = best([bin, "-q", "-f", "json", large], 9)
# wait4 gives this one child's own resource use (its peak RSS in KB on Linux).
child = subprocess.Popen([bin, "-q", "-f", "json", folder], stdout=subprocess.DEVNULL)
rss_kb = os.wait4(child.pid, 0)[2].ru_maxrss
print(f"folder: {len(files)} transcripts, {size/1e6:.1f} MB")
print(f"wc -w: {wc:.3f}s; debate-summary -j2: {j2:.3f}s; ratio {j2/wc:.2f}x wc -w")
print(f"1 thread: {j1:.3f}s; 2 threads: {j2:.3f}s; speed-up {j1/j2:.2f}x")
print(f"50 KB transcript ({os.path.getsize(small)//1000} KB): {ts*1000:.1f} ms; 500 KB ({os.path.getsize(large)//1000} KB): {tl*1000:.1f} ms; ratio {tl/ts:.2f}x")
print(f"peak RSS of the folder run: {rss_kb/1024:.1f} MB")
PY
