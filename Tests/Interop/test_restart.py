"""Restarts: a clean stop (SIGTERM) and a crash (SIGKILL), on the same log dir and ports.

After a restart every record is readable at its offset, and the topics, their partition counts
and configs are back (replayed from the metadata log); a deleted topic stays deleted. `kill -9`
during an acks=all produce loses no acknowledged record.
"""

from __future__ import annotations

import threading
import time

import pytest
from confluent_kafka.admin import ConfigResource, ResourceType

from clients import (Delivered, admin, check_delivered_offsets, check_exact, create_topic,
                     expected_from_deliveries, index_of, key_of, produce_confluent, producer,
                     read_confluent, unique_topic, value_of, watermarks)

pytestmark = pytest.mark.crash


def _ends(bootstrap: str, topic: str, partitions: int) -> dict[int, int]:
    return {p: hi for p, (_, hi) in watermarks(bootstrap, topic, partitions).items()}


def _state(bootstrap: str, topics: list[str]) -> dict:
    """Partition counts and the non-default configs of each topic, as clients see them."""
    a = admin(bootstrap)
    md = a.list_topics(timeout=10)
    out = {}
    for t in topics:
        if t not in md.topics:
            out[t] = None
            continue
        res = ConfigResource(ResourceType.TOPIC, t)
        configs = a.describe_configs([res])[res].result(timeout=30)
        dynamic = {k: v.value for k, v in configs.items() if v.source == 1}
        out[t] = (sorted(md.topics[t].partitions), dynamic)
    return out


def _wait_for_partitions(bootstrap: str, topic: str, partitions: int, timeout: float = 30) -> None:
    """After a restart, until every partition has a leader again."""
    from clients import wait_for_topic
    wait_for_topic(bootstrap, topic, partitions, timeout)


def test_restart_keeps_topics_configs_and_records(broker_factory):
    b = broker_factory("restart", num_partitions=2)
    bs = b.bootstrap
    t1, t2, gone = unique_topic("rs-a"), unique_topic("rs-b"), unique_topic("rs-gone")
    create_topic(bs, t1, 3, {"retention.ms": "86400000", "cleanup.policy": "delete"})
    create_topic(bs, t2, 1, {"max.message.bytes": "500000"})
    create_topic(bs, gone, 1)
    a = admin(bs)
    a.delete_topics([gone], operation_timeout=30)[gone].result(timeout=30)

    d1 = produce_confluent(bs, t1, 20_000, acks="all", **{"compression.type": "lz4"})
    d2 = produce_confluent(bs, t2, 5_000, acks="1", **{"compression.type": "none"})
    assert d1.errors == [] and d2.errors == []
    before = _state(bs, [t1, t2, gone])
    assert before[gone] is None
    assert before[t1][1]["retention.ms"] == "86400000"
    ends1, ends2 = _ends(bs, t1, 3), _ends(bs, t2, 1)

    for clean in (True, False):
        b.restart(clean=clean)  # a clean stop must exit 0 (checked by restart)
        _wait_for_partitions(bs, t1, 3)
        _wait_for_partitions(bs, t2, 1)
        assert _state(bs, [t1, t2, gone]) == before, f"after a {'clean' if clean else 'kill -9'} restart"
        assert _ends(bs, t1, 3) == ends1
        assert _ends(bs, t2, 1) == ends2
        read1 = read_confluent(bs, t1, ends1)
        check_exact(read1, expected_from_deliveries(d1))
        check_delivered_offsets(d1, read1)
        check_exact(read_confluent(bs, t2, ends2), expected_from_deliveries(d2))

    # The log continues where it was: new records get the next offsets.
    d3 = produce_confluent(bs, t2, 100, start=5_000, acks="all")
    assert [o for o, _ in d3.by_partition[0]] == list(range(ends2[0], ends2[0] + 100))
    # A topic can be created again after the restart, including the deleted name.
    create_topic(bs, gone, 2)


@pytest.mark.slow
def test_kill_9_during_produce_loses_no_acknowledged_record(broker_factory):
    b = broker_factory("kill9", num_partitions=3)
    bs = b.bootstrap
    topic = unique_topic("kill9")
    create_topic(bs, topic, 3)

    acked = Delivered()
    lock = threading.Lock()
    stop = threading.Event()

    def on_delivery(err, msg):
        if err is None:
            with lock:
                acked.by_partition[msg.partition()].append((msg.offset(), index_of(msg.value())))

    p = producer(bs, acks="all", **{"linger.ms": 2, "batch.num.messages": 200,
                                    "compression.type": "snappy", "message.timeout.ms": 5000,
                                    "reconnect.backoff.max.ms": 200})
    sent = 0

    def produce_loop():
        nonlocal sent
        i = 0
        while not stop.is_set():
            try:
                p.produce(topic, key=key_of(i), value=value_of(i), on_delivery=on_delivery)
                i += 1
            except BufferError:
                p.poll(0.01)
            if i % 200 == 0:
                p.poll(0)
        sent = i

    t = threading.Thread(target=produce_loop, daemon=True)
    t.start()
    deadline = time.monotonic() + 60
    while acked.count < 30_000:
        assert time.monotonic() < deadline, f"only {acked.count} records acknowledged in 60s"
        assert t.is_alive()
        time.sleep(0.02)
    b.kill()  # mid-stream: batches are in flight
    stop.set()
    t.join(timeout=30)
    # Whatever was not acknowledged before the kill fails or is dropped here; only the
    # acknowledgements that already came count.
    p.purge()
    p.flush(1)
    with lock:
        snapshot = {q: list(v) for q, v in acked.by_partition.items()}
    assert sum(len(v) for v in snapshot.values()) >= 30_000

    b.start()
    _wait_for_partitions(bs, topic, 3)
    ends = _ends(bs, topic, 3)
    read = read_confluent(bs, topic, ends)
    for q, reports in snapshot.items():
        assert ends[q] >= len(reports), f"partition {q}: high watermark {ends[q]} below {len(reports)} acked"
    d = Delivered()
    d.by_partition.update(snapshot)
    check_delivered_offsets(d, read)
    # Nothing beyond the acknowledged records is invented: every record read is one that was sent,
    # once, in produce order.
    for q, recs in read.items():
        indices = [index_of(r.value) for r in recs]
        assert indices == sorted(set(indices)), f"partition {q}: records repeated or out of order"
        assert all(r.key == key_of(index_of(r.value)) and r.value == value_of(index_of(r.value))
                   for r in recs)
    assert sent >= sum(len(v) for v in snapshot.values())
