#!/usr/bin/env bash
# console-producer next to kcat -P on one broker and the same data, in one run: a release swkafka
# broker on loopback, `seq 1 N | producer` (a pipe, as in the issue), each producer writing into
# a fresh one-partition topic, RUNS runs each, interleaved. Wall seconds; every topic
# is checked to hold exactly N records afterwards. Kafka's and librdkafka's producer defaults
# (acks=all; swkafka idempotent, kcat not).
#
#   benchmarks/console-producer.sh                       # N=5000000 RUNS=3
#   BEFORE=/path/to/older/swkafka benchmarks/console-producer.sh   # adds that binary's producer
#
# Needs .build/release/swkafka (`swift build -c release --product swkafka`) and kcat.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-5000000}
RUNS=${RUNS:-3}
BIN=${BIN:-.build/release/swkafka}
BEFORE=${BEFORE:-}
[[ -x $BIN ]] || { echo "console-producer.sh: $BIN is missing (swift build -c release --product swkafka)" >&2; exit 1; }
command -v kcat >/dev/null || { echo "console-producer.sh: kcat is not installed" >&2; exit 1; }

source benchmarks/lib/broker.sh
start_broker "$BIN"


# run NAME TOPIC COMMAND...: times `seq 1 N | COMMAND`, checks the topic's record count.
run() {
    local name=$1 topic=$2 start end count
    shift 2
    "$BIN" topics --bootstrap-server "$bootstrap" --create --topic "$topic" --partitions 1 >/dev/null
    start=$(date +%s%N)
    seq 1 "$N" | "$@" >/dev/null
    end=$(date +%s%N)
    count=$(kcat -b "$bootstrap" -Q -t "$topic:0:-1" 2>/dev/null | awk '{ print $NF }')
    [[ $count == "$N" ]] || { echo "console-producer.sh: $name left $count records in $topic, not $N" >&2; exit 1; }
    awk -v ns="$((end - start))" 'BEGIN { printf "%.2f\n", ns / 1e9 }' | tee -a "$work/$name"
}

names=(swkafka kcat)
[[ -n $BEFORE ]] && names=(before swkafka kcat)
for ((i = 1; i <= RUNS; i++)); do
    for name in "${names[@]}"; do
        printf '%s run %d: ' "$name" "$i"
        case $name in
            swkafka) run "$name" "t-$name-$i" "$BIN" console-producer --bootstrap-server "$bootstrap" --topic "t-$name-$i" ;;
            before) run "$name" "t-$name-$i" "$BEFORE" console-producer --bootstrap-server "$bootstrap" --topic "t-$name-$i" ;;
            kcat) run "$name" "t-$name-$i" kcat -P -b "$bootstrap" -t "t-$name-$i" ;;
        esac
    done
done
echo
echo "N=$N RUNS=$RUNS broker and producer: $BIN${BEFORE:+, before: $BEFORE}"
for name in "${names[@]}"; do
    printf '%-8s %s  median %s\n' "$name" "$(paste -sd' ' "$work/$name")" "$(median <"$work/$name")"
done
