#!/usr/bin/env bash
# producer-perf-test and consumer-perf-test on one release swkafka broker, next to librdkafka doing
# the same work in the same run: RUNS rounds, each producing N records of SIZE bytes (acks=1,
# linger.ms=5, unthrottled) into a fresh topic of PARTITIONS partitions with producer-perf-test,
# then with confluent-kafka (Python), then reading the producer-perf-test topic back with
# consumer-perf-test (a fresh group) and with kcat. Prints every tool's raw lines, then the
# medians. Every topic is checked to hold exactly N records.
#
#   benchmarks/perf-tools.sh | tee benchmarks/raw/$(date +%F)-perf-tools.txt
#   N=200000 RUNS=1 benchmarks/perf-tools.sh            # a quick look
#   PRODUCER_PROPS="acks=1 linger.ms=5 batch.size=1048576" benchmarks/perf-tools.sh   # other producer settings
#
# Needs .build/release/swkafka (`swift build -c release --product swkafka`), kcat, and a Python
# with confluent-kafka ($PYTHON, default python3).
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-2000000}
SIZE=${SIZE:-1024}
RUNS=${RUNS:-3}
PARTITIONS=${PARTITIONS:-1}
BIN=${BIN:-.build/release/swkafka}
PYTHON=${PYTHON:-python3}
PRODUCER_PROPS=${PRODUCER_PROPS:-acks=1 linger.ms=5}
[[ -x $BIN ]] || { echo "perf-tools.sh: $BIN is missing (swift build -c release --product swkafka)" >&2; exit 1; }
command -v kcat >/dev/null || { echo "perf-tools.sh: kcat is not installed" >&2; exit 1; }
"$PYTHON" -c 'import confluent_kafka' 2>/dev/null || { echo "perf-tools.sh: $PYTHON has no confluent_kafka" >&2; exit 1; }

source benchmarks/lib/broker.sh
start_broker "$BIN"

cat >"$work/confluent_produce.py" <<'PY'
import random, sys, time
from confluent_kafka import Producer
bootstrap, topic, n, size = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
payloads = [bytes(random.choice(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(size)) for _ in range(64)]
p = Producer({"bootstrap.servers": bootstrap, "acks": 1, "linger.ms": 5, "log_level": 3})
failed = 0
def done(err, msg):
    global failed
    if err is not None:
        failed += 1
start = time.monotonic()
for i in range(n):
    while True:
        try:
            p.produce(topic, payloads[i & 63], callback=done)
            break
        except BufferError:
            p.poll(0.001)
    if i & 1023 == 0:
        p.poll(0)
p.flush()
elapsed = time.monotonic() - start
print(f"confluent-kafka produce: {n} records, {elapsed:.3f} s, {n / elapsed:.1f} records/sec, "
      f"{n * size / elapsed / 1048576:.2f} MB/sec, {failed} failed")
sys.exit(1 if failed else 0)
PY

count_of() {
    local topic=$1 total=0 p c
    for p in $(seq 0 $((PARTITIONS - 1))); do
        c=$(kcat -b "$bootstrap" -Q -t "$topic:$p:-1" 2>/dev/null | awk '{ print $NF }')
        total=$((total + c))
    done
    echo "$total"
}
check_count() {
    local c
    c=$(count_of "$1")
    [[ $c == "$N" ]] || { echo "perf-tools.sh: $1 holds $c records, not $N" >&2; exit 1; }
}

echo "# perf-tools.sh $(date -u +%FT%TZ) N=$N SIZE=$SIZE PARTITIONS=$PARTITIONS RUNS=$RUNS bin=$BIN producer props: $PRODUCER_PROPS"
echo "# $(uptime)"
for run in $(seq 1 "$RUNS"); do
    topic=perf-$run
    "$BIN" topics --bootstrap-server "$bootstrap" --create --topic "$topic" --partitions "$PARTITIONS" >/dev/null
    echo "## run $run: producer-perf-test"
    "$BIN" producer-perf-test --topic "$topic" --num-records "$N" --record-size "$SIZE" --throughput -1 \
        --producer-props "bootstrap.servers=$bootstrap" $PRODUCER_PROPS | tee "$work/p$run"
    check_count "$topic"
    tail -1 "$work/p$run" | awk -F'[ (]' '{ print $4 }' >>"$work/p.rps"
    tail -1 "$work/p$run" | sed -E 's/.*\(([0-9.]+) MB\/sec.*/\1/' >>"$work/p.mbs"
    tail -1 "$work/p$run" | sed -E 's/.* ([0-9]+) ms 99th.*/\1/' >>"$work/p.p99"

    ctopic=perf-confluent-$run
    "$BIN" topics --bootstrap-server "$bootstrap" --create --topic "$ctopic" --partitions "$PARTITIONS" >/dev/null
    echo "## run $run: confluent-kafka producer"
    "$PYTHON" "$work/confluent_produce.py" "$bootstrap" "$ctopic" "$N" "$SIZE" | tee "$work/c$run"
    check_count "$ctopic"
    sed -E 's/.* ([0-9.]+) records\/sec.*/\1/' "$work/c$run" >>"$work/c.rps"
    sed -E 's/.* ([0-9.]+) MB\/sec.*/\1/' "$work/c$run" >>"$work/c.mbs"

    echo "## run $run: consumer-perf-test"
    "$BIN" consumer-perf-test --bootstrap-server "$bootstrap" --topic "$topic" --messages "$N" \
        --group "perf-tools-$run-$$" | tee "$work/k$run"
    tail -1 "$work/k$run" | awk -F', ' '{ print $4 }' >>"$work/k.mbs"
    tail -1 "$work/k$run" | awk -F', ' '{ print $6 }' >>"$work/k.rps"

    echo "## run $run: kcat -C"
    start=$(date +%s%N)
    got=$(kcat -C -b "$bootstrap" -t "$topic" -o beginning -c "$N" -e -q -f '\n' | wc -l)
    end=$(date +%s%N)
    [[ $got == "$N" ]] || { echo "perf-tools.sh: kcat read $got records, not $N" >&2; exit 1; }
    awk -v ns="$((end - start))" -v n="$N" -v size="$SIZE" \
        'BEGIN { s = ns / 1e9; printf "kcat consume: %d records, %.3f s, %.1f records/sec, %.2f MB/sec\n", n, s, n / s, n * size / s / 1048576 }' |
        tee "$work/kc$run"
    sed -E 's/.* ([0-9.]+) records\/sec.*/\1/' "$work/kc$run" >>"$work/kc.rps"
    sed -E 's/.* ([0-9.]+) MB\/sec.*/\1/' "$work/kc$run" >>"$work/kc.mbs"
done
echo "# $(uptime)"
echo "## medians of $RUNS"
printf 'producer-perf-test       %12s records/sec %8s MB/sec  p99 %s ms\n' "$(median <"$work/p.rps")" "$(median <"$work/p.mbs")" "$(median <"$work/p.p99")"
printf 'confluent-kafka produce  %12s records/sec %8s MB/sec\n' "$(median <"$work/c.rps")" "$(median <"$work/c.mbs")"
printf 'consumer-perf-test       %12s records/sec %8s MB/sec\n' "$(median <"$work/k.rps")" "$(median <"$work/k.mbs")"
printf 'kcat consume             %12s records/sec %8s MB/sec\n' "$(median <"$work/kc.rps")" "$(median <"$work/kc.mbs")"
