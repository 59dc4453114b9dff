#!/usr/bin/env bash
# Compares swkafka's compression codecs with the gzip, lz4 and zstd command-line tools on the
# same data: swkafka-bench's record corpus (4 MiB of ~1 KiB JSON log records), at the levels
# Kafka uses by default (gzip 6, lz4 fast, zstd 3). One run; every figure is a median of RUNS
# (default 5) timings. Throughput counts uncompressed bytes, in MB/s (10^6 bytes per second).
#
#   benchmarks/codecs.sh            # builds swkafka-bench (release) if it is missing
#   RUNS=9 REBUILD=1 benchmarks/codecs.sh
#
# Columns: "tool" runs the command on the file (process start and page-cache I/O included, output
# to /dev/null); "tool -b" is the tool's own in-memory benchmark mode (lz4 -b, zstd -b), the fair
# comparison with swkafka-bench, which times the library calls alone. gzip has no such mode and
# snappy no command-line tool.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
BIN=.build/release/swkafka-bench
if [[ ! -x $BIN || ${REBUILD:-0} == 1 ]]; then
    SWKAFKA_BENCHMARKS=1 swift build -c release --product swkafka-bench >&2
fi
for tool in gzip lz4 zstd; do
    command -v "$tool" >/dev/null || { echo "codecs.sh: $tool is not installed" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
corpus=$work/records.json
"$BIN" --write-corpus "$corpus"
size=$(stat -c %s "$corpus")

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Median wall time in seconds of RUNS executions of a command (stdout discarded).
time_median() {
    local i start end
    for ((i = 0; i < RUNS; i++)); do
        start=$(date +%s%N)
        "$@" >/dev/null
        end=$(date +%s%N)
        echo "$(( end - start ))e-9"
    done | median
}

mbps() { awk -v b="$size" -v s="$1" 'BEGIN { printf "%.0f", b / s / 1e6 }'; }

# swkafka: medians from the harness's BENCH lines (field 6 is the median MB/s).
echo "swkafka-bench: $RUNS repetitions per codec..." >&2
ours=$("$BIN" --repetitions "$RUNS" codec/gzip/ codec/snappy/ codec/lz4/ codec/zstd/ | grep '^BENCH')
our_rate() { awk -F'\t' -v n="codec/$1/$2" '$2 == n { printf "%.0f", $6 }' <<<"$ours"; }

gzip -6 -c "$corpus" >"$work/c.gz"
lz4 -q -1 -c "$corpus" >"$work/c.lz4"
zstd -q -3 -c "$corpus" >"$work/c.zst"
ratio() { awk -v a="$size" -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.2f", a / b }'; }

echo "command-line tools: $RUNS runs each..." >&2
gzip_c=$(mbps "$(time_median gzip -6 -c "$corpus")")
gzip_d=$(mbps "$(time_median gzip -d -c "$work/c.gz")")
lz4_c=$(mbps "$(time_median lz4 -q -1 -c "$corpus")")
lz4_d=$(mbps "$(time_median lz4 -q -d -c "$work/c.lz4")")
zstd_c=$(mbps "$(time_median zstd -q -3 -c "$corpus")")
zstd_d=$(mbps "$(time_median zstd -q -d -c "$work/c.zst")")

# In-memory modes print lines like "|-records.json : 4194304 -> 977477 (x4.291), 220.4 MB/s, 725.6 MB/s";
# the last line with both speeds is the result (speeds as the tool prints them). Medians of RUNS.
bench_mode() {  # tool level field(1=compress,2=decompress)
    local i
    for ((i = 0; i < RUNS; i++)); do
        "$1" -b"$2" -i1 "$corpus" 2>&1 | tr '\r' '\n' | grep -E ' -> .*MB/s.*MB/s' | tail -1 |
            grep -oE '[0-9.]+ MB/s' | sed -n "$3p" | cut -d' ' -f1
    done | median
}
lz4_bc=$(bench_mode lz4 1 1); lz4_bd=$(bench_mode lz4 1 2)
zstd_bc=$(bench_mode zstd 3 1); zstd_bd=$(bench_mode zstd 3 2)

printf '\ncorpus: %d bytes of JSON records; %s; %s\n\n' "$size" "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" "load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s %6s | %16s %10s %10s | %16s %10s %10s\n' codec ratio "swkafka compress" tool "tool -b" "swkafka decomp." tool "tool -b"
printf '%-8s %6s | %16s %10s %10s | %16s %10s %10s\n' gzip "$(ratio "$work/c.gz")" "$(our_rate gzip compress)" "$gzip_c" - "$(our_rate gzip decompress)" "$gzip_d" -
printf '%-8s %6s | %16s %10s %10s | %16s %10s %10s\n' snappy - "$(our_rate snappy compress)" - - "$(our_rate snappy decompress)" - -
printf '%-8s %6s | %16s %10s %10.0f | %16s %10s %10.0f\n' lz4 "$(ratio "$work/c.lz4")" "$(our_rate lz4 compress)" "$lz4_c" "$lz4_bc" "$(our_rate lz4 decompress)" "$lz4_d" "$lz4_bd"
printf '%-8s %6s | %16s %10s %10.0f | %16s %10s %10.0f\n' zstd "$(ratio "$work/c.zst")" "$(our_rate zstd compress)" "$zstd_c" "$zstd_bc" "$(our_rate zstd decompress)" "$zstd_d" "$zstd_bd"
printf '\nMB/s of uncompressed data, medians of %d. swkafka per 16 KiB batch:\n' "$RUNS"
for codec in gzip snappy lz4 zstd; do
    printf '  %-7s compress %6s  decompress %6s\n' "$codec" "$(our_rate "$codec" compress-16KiB-batches)" "$(our_rate "$codec" decompress-16KiB-batches)"
done
