"""Many partitions on one node: creation, full Metadata latency, memory and fds, and a restart with
recovery of a clean shutdown.

    python benchmarks/broker/manypartitions.py --swkafka-bin PATH [--partitions 10000] [--topics 100]

prints progress lines and one `RESULT {json}` line. `measure(swkafka_bin, partitions)` returns the
same dict for the benchmark suite. Keys:

- `create_s`: CreateTopics for all topics (confluent-kafka admin client, one request per 10 topics)
  until every partition has a leader in Metadata.
- `metadata_full_ms_p50` / `_p99`: a raw Metadata v4 request for all topics on one open connection,
  round trip including reading the whole answer (≥20 samples after 2 warm-ups).
- `rss_mb`, `fds`: the broker's VmRSS and open file descriptors after creation and a few writes.
- `startup_ms`: after SIGTERM (clean shutdown) and a new exec on the same log dir, exec to the first
  Metadata answer that lists a broker.
- `all_online_ms`: exec to every partition having a leader in Metadata and answering ListOffsets
  (latest, raw v1 request for all partitions) with no error.
- `rss_after_restart_mb`, `fds_after_restart`: the same figures once all partitions are online.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import struct
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import brokers as brk  # noqa: E402

REPO = Path(__file__).resolve().parents[2]


# ---------------------------------------------------------------------------------------------
# Raw requests on one connection.


class Conn:
    """One blocking connection that sends a request and reads its whole answer."""

    def __init__(self, port: int, timeout: float = 10.0):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.corr = 0

    def close(self):
        self.sock.close()

    def call(self, api_key: int, version: int, body: bytes) -> bytes:
        self.corr += 1
        client_id = b"manypartitions"
        header = struct.pack(">hhih", api_key, version, self.corr, len(client_id)) + client_id
        frame = header + body
        self.sock.sendall(struct.pack(">i", len(frame)) + frame)
        (size,) = struct.unpack(">i", brk._read_exact(self.sock, 4))
        resp = brk._read_exact(self.sock, size)
        (corr,) = struct.unpack_from(">i", resp, 0)
        if corr != self.corr:
            raise ConnectionError(f"correlation id {corr} != {self.corr}")
        return resp[4:]


def _str(data: bytes, pos: int) -> tuple[str | None, int]:
    (n,) = struct.unpack_from(">h", data, pos)
    pos += 2
    if n < 0:
        return None, pos
    return data[pos:pos + n].decode(), pos + n


METADATA_ALL_V4 = struct.pack(">i", -1) + b"\x00"  # topics null = all, allow_auto_topic_creation false


def parse_metadata_v4(data: bytes) -> dict[str, list[tuple[int, int, int]]]:
    """topic -> [(partition, error, leader)] from a Metadata v4 response body."""
    pos = 4  # throttle
    (nb,) = struct.unpack_from(">i", data, pos)
    pos += 4
    for _ in range(max(nb, 0)):
        pos += 4
        _, pos = _str(data, pos)
        pos += 4
        _, pos = _str(data, pos)
    _, pos = _str(data, pos)  # cluster id
    pos += 4  # controller id
    (nt,) = struct.unpack_from(">i", data, pos)
    pos += 4
    topics = {}
    for _ in range(max(nt, 0)):
        (terr,) = struct.unpack_from(">h", data, pos)
        pos += 2
        name, pos = _str(data, pos)
        pos += 1  # is_internal
        (np_,) = struct.unpack_from(">i", data, pos)
        pos += 4
        parts = []
        for _ in range(max(np_, 0)):
            err, idx, leader = struct.unpack_from(">hii", data, pos)
            pos += 10
            for _ in range(2):  # replicas, isr
                (n,) = struct.unpack_from(">i", data, pos)
                pos += 4 + 4 * max(n, 0)
            parts.append((idx, err, leader))
        topics[name] = parts
    return topics


def list_offsets_v1(topics: dict[str, list[int]]) -> bytes:
    body = struct.pack(">ii", -1, len(topics))
    for name, parts in topics.items():
        nb = name.encode()
        body += struct.pack(">h", len(nb)) + nb + struct.pack(">i", len(parts))
        for p in parts:
            body += struct.pack(">iq", p, -1)
    return body


def parse_list_offsets_v1(data: bytes) -> list[tuple[str, int, int, int]]:
    """[(topic, partition, error, offset)]"""
    pos = 0
    (nt,) = struct.unpack_from(">i", data, pos)
    pos += 4
    out = []
    for _ in range(max(nt, 0)):
        name, pos = _str(data, pos)
        (np_,) = struct.unpack_from(">i", data, pos)
        pos += 4
        for _ in range(max(np_, 0)):
            idx, err, _ts, off = struct.unpack_from(">ihqq", data, pos)
            pos += 22
            out.append((name, idx, err, off))
    return out


# ---------------------------------------------------------------------------------------------


def fd_count(pid: int) -> int:
    try:
        return len(os.listdir(f"/proc/{pid}/fd"))
    except OSError:
        return -1


def all_online(port: int, names: list[str], partitions_per_topic: int) -> tuple[bool, str]:
    """Every partition of `names` has a leader in Metadata and answers ListOffsets without error."""
    conn = Conn(port)
    try:
        md = parse_metadata_v4(conn.call(3, 4, METADATA_ALL_V4))
        for name in names:
            parts = md.get(name)
            if parts is None or len(parts) != partitions_per_topic:
                return False, f"{name}: {0 if parts is None else len(parts)} partitions in Metadata"
            for idx, err, leader in parts:
                if err != 0 or leader < 0:
                    return False, f"{name}-{idx}: error {err} leader {leader}"
        lo = parse_list_offsets_v1(conn.call(2, 1, list_offsets_v1({n: list(range(partitions_per_topic)) for n in names})))
        if len(lo) != len(names) * partitions_per_topic:
            return False, f"ListOffsets answered {len(lo)} partitions"
        bad = [x for x in lo if x[2] != 0]
        if bad:
            return False, f"ListOffsets {len(bad)} partitions with errors, e.g. {bad[0]}"
        return True, ""
    finally:
        conn.close()


def metadata_latency(port: int, samples: int = 21) -> tuple[float, float, int]:
    conn = Conn(port)
    try:
        size = 0
        for _ in range(2):
            size = len(conn.call(3, 4, METADATA_ALL_V4))
        times = []
        for _ in range(samples):
            t0 = time.perf_counter()
            conn.call(3, 4, METADATA_ALL_V4)
            times.append((time.perf_counter() - t0) * 1000)
    finally:
        conn.close()
    times.sort()
    p99 = times[min(len(times) - 1, int(round(0.99 * (len(times) - 1))))]
    return statistics.median(times), p99, size


def measure(swkafka_bin: str, partitions: int = 10000, topics: int = 100, log=print, keep: bool = False) -> dict:
    from confluent_kafka import Producer
    from confluent_kafka.admin import AdminClient, NewTopic

    topics = max(1, min(topics, partitions))
    per_topic = partitions // topics
    names = [f"mp-{i:04d}" for i in range(topics)]
    spec = brk.swkafka_spec(swkafka_bin, REPO)
    workdir = Path(tempfile.mkdtemp(prefix="manypartitions-"))
    result: dict = {"kind": "manypartitions", "partitions": per_topic * topics, "topics": topics}
    b = brk.start(spec, workdir, "mp")
    try:
        b.wait_ready(60)
        log(f"started in {b.ready_after * 1000:.1f} ms (empty dir)")
        quiet = {"bootstrap.servers": b.bootstrap, "log_level": 3}
        admin = AdminClient(quiet)
        t0 = time.perf_counter()
        for i in range(0, topics, 10):
            futures = admin.create_topics(
                [NewTopic(n, per_topic, 1) for n in names[i:i + 10]], request_timeout=120, operation_timeout=120)
            for f in futures.values():
                f.result(timeout=180)
        deadline = time.perf_counter() + 300
        while True:
            ok, why = all_online(b.port, names, per_topic)
            if ok:
                break
            if time.perf_counter() > deadline:
                raise RuntimeError(f"partitions not online after creation: {why}")
            time.sleep(0.1)
        result["create_s"] = time.perf_counter() - t0
        log(f"created {topics} x {per_topic} partitions in {result['create_s']:.2f} s")

        # A few records in some partitions, so the restart has segments with data to recover.
        p = Producer({**quiet, "linger.ms": 5, "acks": "all"})
        for i, name in enumerate(names[: max(1, topics // 10)]):
            for part in range(0, per_topic, 7):
                p.produce(name, value=b"x" * 100, partition=part)
        left = p.flush(60)
        if left:
            raise RuntimeError(f"{left} records not delivered")
        del p, admin  # no client reconnects while the broker is down

        p50, p99, size = metadata_latency(b.port)
        result.update(metadata_full_ms_p50=p50, metadata_full_ms_p99=p99, metadata_bytes=size)
        time.sleep(1.0)
        result.update(rss_mb=b.rss_mb(), fds=fd_count(b.pid), threads=b.status_kb("Threads"))
        log(f"full Metadata ({size} bytes) p50 {p50:.1f} ms p99 {p99:.1f} ms; RSS {result['rss_mb']:.1f} MB, "
            f"{result['fds']} fds, {result['threads']} threads")

        t0 = time.perf_counter()
        rc = b.stop(120)
        result["shutdown_s"] = time.perf_counter() - t0
        log(f"stopped (exit {rc}) in {result['shutdown_s']:.2f} s")

        # Restart on the same log dir and ports.
        log_path = b.data_dir.parent / "broker-restart.log"
        argv = spec.argv(spec.binary, b.port, _controller_port(b), b.data_dir)
        import subprocess

        with open(log_path, "wb") as lf:
            t0 = time.perf_counter()
            proc = subprocess.Popen(argv, stdout=lf, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                    cwd=b.data_dir.parent, start_new_session=True)
        b = brk.RunningBroker(spec, proc, b.port, b.data_dir, log_path, t0)
        b.wait_ready(120)
        result["startup_ms"] = b.ready_after * 1000
        deadline = time.perf_counter() + 120
        while True:
            try:
                ok, why = all_online(b.port, names, per_topic)
            except (OSError, ConnectionError, struct.error) as e:
                ok, why = False, repr(e)
            if ok:
                break
            if time.perf_counter() > deadline:
                raise RuntimeError(f"partitions not online after restart: {why}")
            time.sleep(0.01)
        result["all_online_ms"] = (time.perf_counter() - t0) * 1000
        time.sleep(1.0)
        result.update(rss_after_restart_mb=b.rss_mb(), fds_after_restart=fd_count(b.pid),
                      threads_after_restart=b.status_kb("Threads"))
        p50, p99, _ = metadata_latency(b.port)
        result.update(metadata_full_ms_p50_after_restart=p50, metadata_full_ms_p99_after_restart=p99)
        log(f"restart: first Metadata {result['startup_ms']:.0f} ms, all online {result['all_online_ms']:.0f} ms, "
            f"RSS {result['rss_after_restart_mb']:.1f} MB, {result['fds_after_restart']} fds")
    finally:
        b.stop(120)
        if keep:
            log(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    return result


def _controller_port(b: brk.RunningBroker) -> int:
    # The controller port is the second listener in the argv the broker was started with.
    for arg in b.proc.args:
        if arg.startswith("controller.quorum.voters="):
            return int(arg.rsplit(":", 1)[1])
    raise RuntimeError("no controller port in argv")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--swkafka-bin", default=str(REPO / ".build/release/swkafka"))
    ap.add_argument("--partitions", type=int, default=10000)
    ap.add_argument("--topics", type=int, default=100)
    ap.add_argument("--reps", type=int, default=1)
    ap.add_argument("--keep", action="store_true", help="keep the temp dir (data and broker logs)")
    args = ap.parse_args()
    for rep in range(args.reps):
        r = measure(args.swkafka_bin, args.partitions, args.topics, log=lambda s: print(s, flush=True),
                    keep=args.keep)
        r["binary"] = args.swkafka_bin
        r["rep"] = rep
        print("RESULT " + json.dumps(r), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
