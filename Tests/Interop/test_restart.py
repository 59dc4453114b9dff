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
    # Small segments, so the logs that come back span several segments.
    b = broker_factory("restart", num_partitions=2, log_segment_bytes=1024 * 1024)
    bs = b.bootstrap
    t1, t2, gone = unique_topic("rs-a"), unique_topic("rs-b"), unique_topic("rs-gone")
    create_topic(bs, t1, 3, {"retention.ms": "86400000", "cleanup.policy": "delete"})
    create_topic(bs, t2, 1, {"max.message.bytes": "800000"})
    create_topic(bs, gone, 1)
    a = admin(bs)
    a.delete_topics([gone], operation_timeout=30)[gone].result(timeout=30)

    d1 = produce_confluent(bs, t1, 20_000, acks="all", **{"compression.type": "lz4"})
    d2 = produce_confluent(bs, t2, 30_000, acks="1", **{"compression.type": "none", "batch.size": 400_000})
    assert d1.errors == [] and d2.errors == []
    before = _state(bs, [t1, t2, gone])
    assert before[gone] is None
    assert before[t1][1]["retention.ms"] == "86400000"
    ends1, ends2 = _ends(bs, t1, 3), _ends(bs, t2, 1)
    segments = sorted((b.log_dirs / f"{t2}-0").glob("*.log"))
    assert len(segments) >= 2, f"{t2}-0 has {len(segments)} segment(s) at log.segment.bytes=1 MiB"

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
    d3 = produce_confluent(bs, t2, 100, start=30_000, acks="all")
    assert [o for o, _ in d3.by_partition[0]] == list(range(ends2[0], ends2[0] + 100))
    # A topic can be created again after the restart, including the deleted name, and starts empty.
    create_topic(bs, gone, 2)
    assert _ends(bs, gone, 2) == {0: 0, 1: 0}


def _produce_until_killed(b, topic: str, start: int, min_acked: int) -> tuple[dict[int, list], int]:
    """Produces records start, start+1, ... with acks=all until `min_acked` are acknowledged, then
    SIGKILLs the broker mid-stream. Returns the acknowledgements that came before the kill (per
    partition: (offset, index)) and the next unused index."""
    acked: dict[int, list[tuple[int, int]]] = {}
    lock = threading.Lock()
    stop = threading.Event()

    def on_delivery(err, msg):
        if err is None:
            with lock:
                acked.setdefault(msg.partition(), []).append((msg.offset(), index_of(msg.value())))

    p = producer(b.bootstrap, acks="all", **{"linger.ms": 2, "batch.num.messages": 200,
                                             "compression.type": "snappy", "message.timeout.ms": 5000,
                                             "reconnect.backoff.max.ms": 200})
    next_index = start

    def produce_loop():
        nonlocal next_index
        i = start
        while not stop.is_set():
            try:
                p.produce(topic, key=key_of(i), value=value_of(i), on_delivery=on_delivery)
                i += 1
            except BufferError:
                p.poll(0.01)
            if i % 200 == 0:
                p.poll(0)
        next_index = i

    t = threading.Thread(target=produce_loop, daemon=True)
    t.start()
    deadline = time.monotonic() + 60
    while True:
        with lock:
            n = sum(len(v) for v in acked.values())
        if n >= min_acked:
            break
        assert time.monotonic() < deadline, f"only {n} records acknowledged in 60s"
        assert t.is_alive()
        time.sleep(0.02)
    b.kill()  # mid-stream: batches are in flight
    with lock:
        snapshot = {q: list(v) for q, v in acked.items()}
    stop.set()
    t.join(timeout=30)
    # What was not acknowledged before the kill is dropped; only acknowledgements already
    # received count.
    p.purge()
    p.flush(1)
    return snapshot, next_index


@pytest.mark.slow
def test_kill_9_during_produce_loses_no_acknowledged_record(broker_factory):
    """Three rounds of: acks=all produce, kill -9 mid-stream, restart; after each restart every
    record acknowledged in any round is at its offset. Segments are small, so crashes land near
    segment rolls too."""
    b = broker_factory("kill9", num_partitions=3, log_segment_bytes=1024 * 1024)
    bs = b.bootstrap
    topic = unique_topic("kill9")
    create_topic(bs, topic, 3)

    all_acked = Delivered()
    next_index = 0
    for round_ in range(3):
        snapshot, next_index = _produce_until_killed(b, topic, next_index, 20_000)
        for q, reports in snapshot.items():
            all_acked.by_partition[q].extend(reports)
        b.start()
        _wait_for_partitions(bs, topic, 3)
        ends = _ends(bs, topic, 3)
        for q, reports in all_acked.by_partition.items():
            top = max(o for o, _ in reports)
            assert ends[q] > top, f"round {round_}: partition {q} ends at {ends[q]}, offset {top} was acked"
        read = read_confluent(bs, topic, ends)
        check_delivered_offsets(all_acked, read)
        # Nothing is invented or repeated: every record read is one that was sent, once, and a
        # partition holds its records in produce order.
        for q, recs in read.items():
            indices = [index_of(r.value) for r in recs]
            assert indices == sorted(set(indices)), f"round {round_}: partition {q} repeats or reorders"
            assert all(r.key == key_of(i) and r.value == value_of(i) for r, i in zip(recs, indices))
            assert [r.offset for r in recs] == list(range(ends[q])), f"partition {q}: offsets have gaps"
        _check_time_lookups(bs, topic, read)


def _check_time_lookups(bootstrap: str, topic: str, read: dict) -> None:
    """ListOffsets by timestamp after recovery (the time indexes were rebuilt or trusted): the
    answer is the first offset whose record timestamp is at or after the one asked."""
    from confluent_kafka import TopicPartition
    from confluent_kafka.admin import OffsetSpec

    a = admin(bootstrap)
    for q, recs in read.items():
        if not recs:
            continue
        stamps = [r.timestamp for r in recs]
        for target in {stamps[0], stamps[len(stamps) // 3], stamps[-1] - 1, stamps[-1], stamps[-1] + 1}:
            want = next((r.offset for r in recs if r.timestamp >= target), -1)
            tp = TopicPartition(topic, q)
            got = a.list_offsets({tp: OffsetSpec.for_timestamp(target)}, request_timeout=30)[tp].result(30)
            assert got.offset == want, f"partition {q}, timestamp {target}: offset {got.offset}, expected {want}"
