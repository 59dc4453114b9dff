"""ListOffsets: earliest, latest, max timestamp, and offsets by timestamp (a timestamp after the last
record gives -1), through confluent-kafka, kafka-python and aiokafka.

Partition 0 holds N records with CreateTime timestamps T0, T0+10, ..., T0+10(N-1) in batches of
several records, so a lookup lands inside a batch; partition 1 stays empty.
"""

from __future__ import annotations

import asyncio

import pytest
from confluent_kafka import TopicPartition
from confluent_kafka.admin import OffsetSpec

from clients import admin, consumer, create_topic, producer, unique_topic

N = 1000
STEP = 10
T0 = 1_700_000_000_000

# (timestamp asked, first offset whose timestamp is >= it); None = no such record
LOOKUPS = [
    (0, 0),
    (T0 - 1, 0),
    (T0, 0),
    (T0 + 1, 1),
    (T0 + 55, 6),
    (T0 + 50, 5),
    (T0 + STEP * (N - 1), N - 1),
    (T0 + STEP * (N - 1) + 1, None),
    (T0 + 10 ** 9, None),
]


@pytest.fixture(scope="module")
def timed_topic(_session_broker):
    bs = _session_broker.bootstrap
    topic = unique_topic("offsets")
    create_topic(bs, topic, 2)
    p = producer(bs, acks="all", **{"linger.ms": 5, "batch.num.messages": 37})
    errors = []
    for i in range(N):
        p.produce(topic, key=b"k%d" % i, value=b"v%d" % i, partition=0, timestamp=T0 + STEP * i,
                  on_delivery=lambda err, msg: errors.append(err) if err else None)
        if i % 100 == 99:
            p.flush(30)
    assert p.flush(30) == 0 and errors == []
    return topic


def test_confluent_offsets_for_times(broker, timed_topic):
    c = consumer(broker.bootstrap)
    try:
        for ts, want in LOOKUPS:
            (tp,) = c.offsets_for_times([TopicPartition(timed_topic, 0, ts)], timeout=10)
            assert tp.error is None, (ts, tp.error)
            # librdkafka turns ListOffsets' -1 into OFFSET_END (-1).
            assert tp.offset == (-1 if want is None else want), f"timestamp {ts}: offset {tp.offset}"
        (empty,) = c.offsets_for_times([TopicPartition(timed_topic, 1, T0)], timeout=10)
        assert empty.error is None and empty.offset == -1
        assert c.get_watermark_offsets(TopicPartition(timed_topic, 0), timeout=10, cached=False) == (0, N)
        assert c.get_watermark_offsets(TopicPartition(timed_topic, 1), timeout=10, cached=False) == (0, 0)
    finally:
        c.close()


def test_confluent_admin_list_offsets(broker, timed_topic):
    a = admin(broker.bootstrap)

    def one(partition: int, spec: OffsetSpec):
        tp = TopicPartition(timed_topic, partition)
        return a.list_offsets({tp: spec}, request_timeout=30)[tp].result(timeout=30)

    assert one(0, OffsetSpec.earliest()).offset == 0
    assert one(0, OffsetSpec.latest()).offset == N
    assert one(1, OffsetSpec.earliest()).offset == 0
    assert one(1, OffsetSpec.latest()).offset == 0
    newest = one(0, OffsetSpec.max_timestamp())
    assert (newest.offset, newest.timestamp) == (N - 1, T0 + STEP * (N - 1))
    for ts, want in LOOKUPS:
        r = one(0, OffsetSpec.for_timestamp(ts))
        if want is None:
            assert r.offset == -1, f"timestamp {ts}: offset {r.offset}, timestamp {r.timestamp}"
        else:
            assert (r.offset, r.timestamp) == (want, T0 + STEP * want), f"timestamp {ts}"
    assert one(1, OffsetSpec.for_timestamp(T0)).offset == -1


def test_kafka_python_offsets_for_times(broker, timed_topic):
    from kafka import KafkaConsumer
    from kafka import TopicPartition as KPTopicPartition

    c = KafkaConsumer(bootstrap_servers=broker.bootstrap, group_id=None, enable_auto_commit=False)
    try:
        tp0, tp1 = KPTopicPartition(timed_topic, 0), KPTopicPartition(timed_topic, 1)
        for ts, want in LOOKUPS:
            got = c.offsets_for_times({tp0: ts})[tp0]
            if want is None:
                assert got is None, f"timestamp {ts}: {got}"  # kafka-python maps -1 to None
            else:
                assert (got.offset, got.timestamp) == (want, T0 + STEP * want), f"timestamp {ts}: {got}"
        assert c.offsets_for_times({tp1: T0})[tp1] is None
        assert c.beginning_offsets([tp0, tp1]) == {tp0: 0, tp1: 0}
        assert c.end_offsets([tp0, tp1]) == {tp0: N, tp1: 0}
    finally:
        c.close()


def test_aiokafka_offsets_for_times(broker, timed_topic):
    from aiokafka import AIOKafkaConsumer
    from aiokafka import TopicPartition as AIOTopicPartition

    async def run():
        c = AIOKafkaConsumer(bootstrap_servers=broker.bootstrap, group_id=None, enable_auto_commit=False)
        await c.start()
        try:
            tp0, tp1 = AIOTopicPartition(timed_topic, 0), AIOTopicPartition(timed_topic, 1)
            for ts, want in LOOKUPS:
                got = (await c.offsets_for_times({tp0: ts}))[tp0]
                if want is None:
                    assert got is None, f"timestamp {ts}: {got}"
                else:
                    assert (got.offset, got.timestamp) == (want, T0 + STEP * want), f"timestamp {ts}"
            assert await c.beginning_offsets([tp0, tp1]) == {tp0: 0, tp1: 0}
            assert await c.end_offsets([tp0, tp1]) == {tp0: N, tp1: 0}
        finally:
            await c.stop()

    asyncio.run(asyncio.wait_for(run(), 60))
