#!/usr/bin/env bash
# The packaged app's first window under a real X server (Xvfb, openbox, JavaFX on GTK): from the
# launch command to the window mapped (xdotool), each run a fresh process on a fresh copy of a
# data directory. For docs/benchmarks.md, after `./mvnw -Pdist package` and the benchmark's bulk
# load (target/bench/pristine-n30000, made by ./mvnw -Pbench ... PackagedBenchmark).
#
# Usage: dist/bench-x11.sh [DATA_DIR [RUNS]]
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-target/bench/pristine-n30000}
runs=${2:-5}
orbit=target/dist/image/Orbit/bin/Orbit
display=:78
work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT

Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
export DISPLAY=$display
for _ in $(seq 50); do
    xdotool getdisplaygeometry >/dev/null 2>&1 && break
    sleep 0.1
done
openbox >/dev/null 2>&1 &
pids+=($!)
sleep 1

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq "$runs"); do
    rm -rf "$work/data"
    mkdir -p "$work/data"
    cp "$data/orbit.mv.db" "$work/data/"
    t0=$(date +%s%N)
    "$orbit" --data-dir "$work/data" --today 2026-11-26 >"$work/orbit.log" 2>&1 &
    pid=$!
    wid=$(timeout 60 xdotool search --sync --onlyvisible --name '^Orbit$' | head -1)
    echo "run $run: launch to window mapped $(( ($(date +%s%N) - t0) / 1000000 )) ms"
    sleep 3
    xdotool windowactivate --sync "$wid" key --clearmodifiers ctrl+q 2>/dev/null || true
    for _ in $(seq 150); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
