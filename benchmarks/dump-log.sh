#!/usr/bin/env bash
# Throughput of `swkafka dump-log` on a large segment: SIZE_MIB (default 512) MiB of ~1 KiB JSON
# records in 16 KiB batches, written by swkafka-bench with RecordBatchBuilder, read from the page
# cache, output to /dev/null. Modes: the default (batch lines only: framing and a CRC-32C per
# batch), --deep-iteration (a line per record) and --print-data-log (keys and payloads too); then
# --deep-iteration on an lz4 and a zstd segment of the same records. MB/s = segment bytes (10^6)
# per second of wall time, median of RUNS (default 3) runs, process start included.
#
#   benchmarks/dump-log.sh
#   SIZE_MIB=1024 RUNS=5 REBUILD=1 benchmarks/dump-log.sh
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
SIZE_MIB=${SIZE_MIB:-512}
BENCH=.build/release/swkafka-bench
SWKAFKA=.build/release/swkafka
if [[ ! -x $BENCH || ! -x $SWKAFKA || ${REBUILD:-0} == 1 ]]; then
    # One release build makes both products.
    SWKAFKA_BENCHMARKS=1 swift build -c release >&2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
segment=$work/00000000000000000000.log
"$BENCH" --write-segment "$segment" "$SIZE_MIB" >&2

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Median wall time in seconds of RUNS runs of dump-log with the given options on a file.
time_median() {
    local file=$1 i start end
    shift
    cat "$file" >/dev/null  # into the page cache
    for ((i = 0; i < RUNS; i++)); do
        start=$(date +%s%N)
        "$SWKAFKA" dump-log --files "$file" "$@" >/dev/null
        end=$(date +%s%N)
        echo "$(( end - start ))e-9"
    done | median
}

report() {  # label file options...
    local label=$1 file=$2 size seconds
    shift 2
    size=$(stat -c %s "$file")
    seconds=$(time_median "$file" "$@")
    awk -v l="$label" -v b="$size" -v s="$seconds" 'BEGIN { printf "%-34s %8.2f s %8.0f MB/s\n", l, s, b / s / 1e6 }'
}

printf '\nsegment: %d MiB, %s; %s\n\n' "$SIZE_MIB" "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" \
    "load $(cut -d' ' -f1-3 /proc/loadavg)"
report "default (batches)" "$segment"
report "--deep-iteration" "$segment" --deep-iteration
report "--print-data-log" "$segment" --print-data-log
report "--format json --deep-iteration" "$segment" --format json --deep-iteration
rm -f "$segment"
for codec in lz4 zstd; do
    packed=$work/00000000000000000001.log
    "$BENCH" --write-segment "$packed" "$SIZE_MIB" "$codec" >&2
    report "$codec: default (batches)" "$packed"
    report "$codec: --deep-iteration" "$packed" --deep-iteration
    rm -f "$packed"
done
printf '\nMB/s of segment bytes (10^6/s), medians of %d runs, output to /dev/null.\n' "$RUNS"
