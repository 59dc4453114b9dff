"""The client side of the broker benchmark, all through confluent-kafka (librdkafka): topic set-up,
a produce phase, a consume phase in assign mode that checks every record, and an end-to-end
latency probe. Each phase returns plain dicts; the caller brackets them with broker CPU readings.
"""

from __future__ import annotations

import os
import struct
import time
import uuid

from confluent_kafka import Consumer, KafkaException, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic


def client_cpu() -> float:
    t = os.times()
    return t.user + t.system


def _quiet_logger():
    import logging

    log = logging.getLogger("librdkafka")
    if not log.handlers:
        log.addHandler(logging.NullHandler())
        log.propagate = False
    return log


def create_topic(bootstrap: str, name: str, partitions: int, timeout: float = 30.0) -> float:
    """Creates the topic (replication factor 1) and waits until every partition has a leader;
    returns the seconds that took."""
    t0 = time.perf_counter()
    admin = AdminClient({"bootstrap.servers": bootstrap, "logger": _quiet_logger()})
    futures = admin.create_topics([NewTopic(name, partitions, 1)], operation_timeout=timeout)
    futures[name].result(timeout)
    deadline = t0 + timeout
    while True:
        md = admin.list_topics(name, timeout=5)
        t = md.topics.get(name)
        if t is not None and t.error is None and len(t.partitions) == partitions and all(
                p.leader >= 0 and p.error is None for p in t.partitions.values()):
            return time.perf_counter() - t0
        if time.perf_counter() > deadline:
            raise RuntimeError(f"topic {name}: partitions without a leader after {timeout}s: {t and t.partitions}")
        time.sleep(0.05)


def delete_topic(bootstrap: str, name: str) -> str:
    admin = AdminClient({"bootstrap.servers": bootstrap, "logger": _quiet_logger()})
    try:
        admin.delete_topics([name], operation_timeout=10)[name].result(15)
        return "ok"
    except Exception as e:  # a peer without DeleteTopics only costs memory
        return f"failed: {e}"


def payload(size: int) -> bytes:
    # Incompressible bytes (no codec is configured anyway), the same for every record so the
    # consumer can check each value with one comparison.
    return os.urandom(size)


def produce(bootstrap: str, topic: str, n: int, value: bytes, acks: str) -> dict:
    """Produces n records of `value` (null key: librdkafka's sticky partitioner spreads them) and
    waits for every acknowledgement."""
    errors = []

    def on_error(err, msg=None):
        if len(errors) < 5:
            errors.append(str(err))
        else:
            errors.append(None)

    p = Producer({
        "bootstrap.servers": bootstrap,
        "acks": acks,
        "linger.ms": 5,
        "enable.idempotence": False,
        "compression.type": "none",
        "queue.buffering.max.messages": 1_000_000,
        "queue.buffering.max.kbytes": 1_048_576,
        "delivery.report.only.error": True,
        "on_delivery": lambda err, msg: on_error(err, msg) if err else None,
        "error_cb": on_error,
        "logger": _quiet_logger(),
    })
    p.list_topics(topic, timeout=10)  # connect and learn the leaders before the clock starts
    c0 = client_cpu()
    t0 = time.perf_counter()
    produce_ = p.produce
    for i in range(n):
        while True:
            try:
                produce_(topic, value)
                break
            except BufferError:
                p.poll(0.005)
        if i % 20000 == 0:
            p.poll(0)
    left = p.flush(120)
    t1 = time.perf_counter()
    c1 = client_cpu()
    return {"records": n, "bytes": n * len(value), "seconds": t1 - t0, "client_cpu": c1 - c0,
            "unacked": left, "errors": len(errors), "error_sample": [e for e in errors if e][:5]}


def high_watermarks(bootstrap: str, topic: str, partitions: int) -> list[int]:
    c = Consumer({"bootstrap.servers": bootstrap, "group.id": f"bench-{uuid.uuid4()}",
                  "enable.auto.commit": False, "logger": _quiet_logger()})
    try:
        return [c.get_watermark_offsets(TopicPartition(topic, i), timeout=10, cached=False)[1]
                for i in range(partitions)]
    finally:
        c.close()


def consume(bootstrap: str, topic: str, partitions: int, expected: int, value: bytes,
            stall_timeout: float = 20.0, extra_config: dict | None = None) -> dict:
    """Reads the topic from offset 0 of every partition (assign mode, no group membership) until
    `expected` records arrived, checking that offsets are contiguous from 0 and every value is the
    one produced; then keeps polling briefly to catch any record beyond `expected`."""
    c = Consumer({
        "bootstrap.servers": bootstrap,
        # librdkafka wants a group.id even for assign(); nothing is committed or joined.
        "group.id": f"bench-{uuid.uuid4()}",
        "enable.auto.commit": False,
        "enable.auto.offset.store": False,
        "enable.partition.eof": False,
        # With the defaults (100,000 records or 64 MiB queued) a consumer that falls behind the
        # fetcher stops fetching for fetch.queue.backoff.ms (1 s): the figure would be the client's
        # backoff, not the broker. Room for a whole phase keeps the fetch pipeline going.
        "queued.min.messages": 10_000_000,
        "queued.max.messages.kbytes": 2_097_151,
        "logger": _quiet_logger(),
        **(extra_config or {}),
    })
    c.list_topics(topic, timeout=10)
    next_offset = [0] * partitions
    count = nbytes = gaps = bad_values = errors = 0
    first_error = ""
    c0 = client_cpu()
    t0 = time.perf_counter()
    c.assign([TopicPartition(topic, i, 0) for i in range(partitions)])
    last_progress = t_last = t0
    while count < expected:
        # consume() blocks until it has num_messages or the timeout: ask for no more than are due,
        # so the last call returns with the last record instead of waiting out its timeout.
        msgs = c.consume(min(10000, expected - count), 0.5)
        now = time.perf_counter()
        if not msgs:
            if now - last_progress > stall_timeout:
                break
            continue
        for m in msgs:
            if m.error():
                errors += 1
                first_error = first_error or str(m.error())
                continue
            p, off, v = m.partition(), m.offset(), m.value()
            if off != next_offset[p]:
                gaps += 1
            next_offset[p] = off + 1
            count += 1
            nbytes += len(v)
            if v != value:
                bad_values += 1
        last_progress = t_last = now
    c1 = client_cpu()
    # Anything past `expected` is a duplicate or a stray record: look for it, off the clock.
    extra = 0
    drain_until = time.perf_counter() + 1.0
    while time.perf_counter() < drain_until:
        for m in c.consume(10000, 0.2):
            if not m.error():
                extra += 1
    c.close()
    return {"records": count, "bytes": nbytes, "seconds": t_last - t0, "client_cpu": c1 - c0,
            "expected": expected, "extra": extra, "gaps": gaps, "bad_values": bad_values,
            "errors": errors, "first_error": first_error, "end_offsets": next_offset,
            "complete": count == expected and extra == 0 and gaps == 0 and bad_values == 0}


def _latency_consumer(bootstrap: str, topic: str, total: int, skip: int, ready, conn) -> None:
    """The latency probe's consumer, in a process of its own (so the producer's pacing loop and
    this loop do not share one interpreter lock): one poll() per record, receive time taken as soon
    as poll returns it. Sends back (records seen, latencies in ns of those past warm-up, errors)."""
    c = Consumer({"bootstrap.servers": bootstrap, "group.id": f"bench-{uuid.uuid4()}",
                  "enable.auto.commit": False, "enable.partition.eof": False,
                  "logger": _quiet_logger()})
    c.list_topics(topic, timeout=10)
    c.assign([TopicPartition(topic, 0, 0)])
    c.poll(0.2)  # the first fetch is in flight before the producer starts
    ready.set()
    lat_ns: list[int] = []
    errors: list[str] = []
    seen = 0
    unpack = struct.unpack_from
    deadline = time.monotonic() + 3600
    last = time.monotonic()
    while seen < total:
        m = c.poll(0.1)
        now = time.time_ns()
        if m is None:
            if time.monotonic() - last > 15 or time.monotonic() > deadline:
                break
            continue
        last = time.monotonic()
        if m.error():
            errors.append(str(m.error()))
            continue
        seq, sent = unpack(">qq", m.value())
        seen += 1
        if seq >= skip:
            lat_ns.append(now - sent)
    c.close()
    conn.send((seen, lat_ns, errors[:3]))
    conn.close()


def latency(bootstrap: str, topic: str, rate: int, seconds: float, warmup: float, size: int) -> dict:
    """End-to-end latency at a fixed rate: the producer (linger.ms=0, acks=1) puts its send time in
    each value; a consumer in another process (assign mode, the client's default
    fetch.wait.max.ms) records receive - send. Records of the first `warmup` seconds are dropped.
    The producer paces itself against absolute send slots (it sleeps until a record's slot, and
    sends at once when behind), so a slow moment is caught up rather than lost; `achieved_rate` and `late_sends` (records sent more
    than 10 ms after their slot) tell whether the driver kept the rate."""
    import multiprocessing as mp

    total = int(rate * (warmup + seconds))
    skip = int(rate * warmup)
    pad = b"\0" * max(size - 16, 0)
    ctx = mp.get_context("spawn")
    t_start = os.times()
    ready = ctx.Event()
    parent_conn, child_conn = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_latency_consumer, args=(bootstrap, topic, total, skip, ready, child_conn),
                       daemon=True)
    proc.start()
    child_conn.close()
    if not ready.wait(60):
        proc.kill()
        raise RuntimeError("latency consumer did not start")
    p = Producer({"bootstrap.servers": bootstrap, "acks": "1", "linger.ms": 0,
                  "enable.idempotence": False, "logger": _quiet_logger()})
    p.list_topics(topic, timeout=10)
    interval = 1.0 / rate
    late = 0
    produce_, poll_, pack, clock, now_ns, sleep = p.produce, p.poll, struct.pack, time.perf_counter, time.time_ns, time.sleep
    t0 = clock()
    for i in range(total):
        target = t0 + i * interval
        now = clock()
        if now < target:
            sleep(target - now)
        elif now - target > 0.01:
            late += 1
        produce_(topic, pack(">qq", i, now_ns()) + pad)
        if i % 64 == 0:
            poll_(0)
    sent_s = clock() - t0
    p.flush(30)
    seen, lat_ns, cerr = 0, [], ["consumer sent nothing"]
    if parent_conn.poll(60):
        seen, lat_ns, cerr = parent_conn.recv()
    proc.join(10)
    if proc.is_alive():
        proc.kill()
        proc.join(5)
    t_end = os.times()
    lat_ns.sort()

    def pct(q):
        if not lat_ns:
            return float("nan")
        return lat_ns[min(len(lat_ns) - 1, int(q * len(lat_ns)))] / 1e6

    return {"rate": rate, "sent": total, "received": seen, "samples": len(lat_ns), "send_seconds": sent_s,
            "achieved_rate": total / sent_s if sent_s else 0.0, "late_sends": late, "errors": cerr,
            # The driver's own CPU: this process (producer, librdkafka threads) and the consumer
            # process (a waited-for child), to show whether the clients could keep the rate.
            "producer_cpu": t_end.user + t_end.system - t_start.user - t_start.system,
            "consumer_cpu": (t_end.children_user + t_end.children_system
                             - t_start.children_user - t_start.children_system),
            "p50_ms": pct(0.50), "p99_ms": pct(0.99), "p999_ms": pct(0.999),
            "max_ms": lat_ns[-1] / 1e6 if lat_ns else float("nan")}


__all__ = ["create_topic", "delete_topic", "payload", "produce", "consume", "high_watermarks",
           "latency", "KafkaException"]
