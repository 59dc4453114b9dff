# Shared by the shell benchmarks: `source benchmarks/lib/broker.sh`, then `start_broker BIN`.
# start_broker starts BIN as a single-node broker (broker and controller) on two free loopback
# ports with its log dir in $work (a temp dir made here), waits for it to be ready and sets
# $bootstrap; the broker is stopped and $work removed when the script exits.

work=$(mktemp -d)
broker_pid=""
cleanup() {
    [[ -n $broker_pid ]] && kill "$broker_pid" 2>/dev/null && wait "$broker_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

start_broker() {
    local bin=$1 port cport
    port=$(free_port)
    cport=$(free_port)
    "$bin" server-start --override node.id=1 --override process.roles=broker,controller \
        --override "listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$cport" \
        --override "advertised.listeners=PLAINTEXT://127.0.0.1:$port" \
        --override "controller.quorum.voters=1@127.0.0.1:$cport" --override "log.dirs=$work/data" \
        >"$work/broker.log" 2>&1 &
    broker_pid=$!
    bootstrap=127.0.0.1:$port
    for _ in $(seq 1 100); do
        grep -q "Kafka Server started" "$work/broker.log" && return 0
        sleep 0.1
    done
    cat "$work/broker.log" >&2
    return 1
}

# The median of the numbers on stdin, one per line.
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
