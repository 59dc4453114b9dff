"""Produce keyed records with every codec and acks level, then read them back exactly.

confluent-kafka runs the full matrix with 100k records per cell; kafka-python, aiokafka and kcat
run 10k per codec (their acks level cycles with the codec, so each client also covers every acks
level). Reading back checks keys, values, headers, contiguous offsets and produce order per
partition; where the producer reported offsets, each one holds the record it was acknowledged for.
"""

from __future__ import annotations

import asyncio
import subprocess
import time

import pytest

from clients import (CODECS, Read, check_delivered_offsets, check_exact, create_topic,
                     expected_from_deliveries, headers_of, index_of, key_of, produce_confluent,
                     read_confluent, unique_topic, value_of, watermarks)

PARTITIONS = 3
BIG = 100_000
SMALL = 10_000
ACKS_FOR_CODEC = dict(zip(CODECS, ["all", "1", "0", "all", "1"]))


def _ends(bootstrap: str, topic: str, expected: int | None = None) -> dict[int, int]:
    """The partitions' high watermarks. With `expected`, waits up to 15 s for them to add up to it:
    an acks=0 producer's flush returns once the requests are written, possibly before the broker
    has appended the last of them."""
    deadline = time.monotonic() + 15
    while True:
        marks = watermarks(bootstrap, topic, PARTITIONS)
        assert all(lo == 0 for lo, _ in marks.values()), f"log start offsets moved: {marks}"
        ends = {p: hi for p, (_, hi) in marks.items()}
        if expected is None or sum(ends.values()) >= expected or time.monotonic() > deadline:
            return ends
        time.sleep(0.1)


@pytest.mark.slow
@pytest.mark.parametrize("acks", ["0", "1", "all"])
@pytest.mark.parametrize("codec", CODECS)
def test_confluent_100k(broker, codec: str, acks: str):
    topic = unique_topic(f"cf-{codec}-acks{acks}")
    create_topic(broker.bootstrap, topic, PARTITIONS)
    d = produce_confluent(broker.bootstrap, topic, BIG, acks=acks, **{"compression.type": codec})
    assert d.errors == []
    assert d.count == BIG
    ends = _ends(broker.bootstrap, topic, expected=BIG)
    # acks=0 gets no answer, so only the log can say what arrived; on loopback everything does.
    assert sum(ends.values()) == BIG, f"high watermarks {ends} after {BIG} records with acks={acks}"
    if acks != "0":
        for p, reports in d.by_partition.items():
            assert [o for o, _ in reports] == list(range(len(reports))), f"partition {p}: acked offsets"
    read = read_confluent(broker.bootstrap, topic, ends)
    check_exact(read, expected_from_deliveries(d))
    if acks != "0":
        check_delivered_offsets(d, read)


def test_confluent_empty_and_null_payloads(broker):
    """Null keys, empty and null values, and many headers survive the round trip."""
    from confluent_kafka import TopicPartition

    from clients import consumer, producer

    topic = unique_topic("cf-nulls")
    create_topic(broker.bootstrap, topic, 1)
    p = producer(broker.bootstrap, acks="all")
    sent = [(None, b"v0", None), (b"k1", None, None), (b"", b"", [("a", b""), ("b", None)]),
            (b"k3", b"x" * 100_000, [(f"h{n}", b"%d" % n) for n in range(50)])]
    for k, v, h in sent:
        p.produce(topic, key=k, value=v, headers=h, partition=0)
    assert p.flush(30) == 0
    c = consumer(broker.bootstrap)
    try:
        c.assign([TopicPartition(topic, 0, 0)])
        got = []
        while len(got) < len(sent):
            for m in c.consume(len(sent) - len(got), timeout=5):
                assert m.error() is None, m.error()
                got.append((m.key(), m.value(), m.headers()))
    finally:
        c.close()
    assert [(k, v) for k, v, _ in got] == [(k, v) for k, v, _ in sent]
    assert [h or None for _, _, h in got] == [h or None for _, _, h in sent]


def test_confluent_small_fetch_sizes_and_mid_batch_start(broker):
    """Fetch limits smaller than one batch still return that batch (Kafka serves the first batch
    whole); reading from an offset inside a compressed batch starts exactly there."""
    topic = unique_topic("cf-fetch")
    create_topic(broker.bootstrap, topic, PARTITIONS)
    d = produce_confluent(broker.bootstrap, topic, 20_000, acks="all", **{"compression.type": "zstd"})
    assert d.errors == []
    ends = _ends(broker.bootstrap, topic)
    read = read_confluent(broker.bootstrap, topic, ends, **{"max.partition.fetch.bytes": 1024,
                                                             "fetch.max.bytes": 2048,
                                                             "message.max.bytes": 1000})
    check_exact(read, expected_from_deliveries(d))
    starts = {p: ends[p] // 2 + 1 for p in ends}
    tail = read_confluent(broker.bootstrap, topic, ends, starts=starts)
    for p in ends:
        assert [r.offset for r in tail[p]] == list(range(starts[p], ends[p])), f"partition {p}"
        want = expected_from_deliveries(d)[p][starts[p]:]
        assert [index_of(r.value) for r in tail[p]] == want, f"partition {p}"


# -- kafka-python -------------------------------------------------------------------------------


@pytest.mark.parametrize("codec", CODECS)
def test_kafka_python(broker, codec: str):
    from kafka import KafkaConsumer, KafkaProducer, TopicPartition
    from kafka.admin import KafkaAdminClient, NewTopic

    acks = ACKS_FOR_CODEC[codec]
    topic = unique_topic(f"kp-{codec}")
    a = KafkaAdminClient(bootstrap_servers=broker.bootstrap, request_timeout_ms=30000)
    try:
        a.create_topics([NewTopic(topic, PARTITIONS, 1)], timeout_ms=30000)
    finally:
        a.close()

    prod = KafkaProducer(bootstrap_servers=broker.bootstrap, acks=int(acks) if acks != "all" else "all",
                         enable_idempotence=False, compression_type=None if codec == "none" else codec,
                         linger_ms=20, batch_size=256 * 1024)
    futures = [prod.send(topic, key=key_of(i), value=value_of(i), headers=headers_of(i))
               for i in range(SMALL)]
    prod.flush(timeout=120)
    by_partition: dict[int, list[tuple[int, int]]] = {}
    for i, f in enumerate(futures):
        md = f.get(timeout=60)
        by_partition.setdefault(md.partition, []).append((md.offset, i))
    prod.close(timeout=30)

    ends = _ends(broker.bootstrap, topic, expected=SMALL)
    assert sum(ends.values()) == SMALL, f"high watermarks {ends} after {SMALL} records"
    if acks != "0":
        for p, reports in by_partition.items():
            assert [o for o, _ in reports] == list(range(len(reports))), f"partition {p}: acked offsets"

    cons = KafkaConsumer(bootstrap_servers=broker.bootstrap, group_id=None, enable_auto_commit=False,
                         consumer_timeout_ms=30000, fetch_max_wait_ms=100)
    try:
        tps = [TopicPartition(topic, p) for p in range(PARTITIONS)]
        cons.assign(tps)
        cons.seek_to_beginning(*tps)
        read: dict[int, list[Read]] = {p: [] for p in range(PARTITIONS)}
        total = 0
        for m in cons:
            read[m.partition].append(Read(m.partition, m.offset, m.key, m.value, list(m.headers)))
            total += 1
            if total == SMALL:
                break
    finally:
        cons.close()
    check_exact(read, {p: [i for _, i in v] for p, v in by_partition.items()})


# -- aiokafka -----------------------------------------------------------------------------------


@pytest.mark.parametrize("codec", CODECS)
def test_aiokafka(broker, codec: str):
    from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
    from aiokafka.admin import AIOKafkaAdminClient, NewTopic

    acks = ACKS_FOR_CODEC[codec]
    topic = unique_topic(f"aio-{codec}")

    async def run() -> tuple[dict[int, list[tuple[int, int]]], dict[int, list[Read]]]:
        a = AIOKafkaAdminClient(bootstrap_servers=broker.bootstrap, request_timeout_ms=30000)
        await a.start()
        try:
            await a.create_topics([NewTopic(topic, PARTITIONS, 1)], timeout_ms=30000)
        finally:
            await a.close()

        prod = AIOKafkaProducer(bootstrap_servers=broker.bootstrap,
                                acks=int(acks) if acks != "all" else "all",
                                compression_type=None if codec == "none" else codec,
                                linger_ms=20, max_batch_size=256 * 1024)
        await prod.start()
        try:
            futures = []
            for i in range(SMALL):
                futures.append(await prod.send(topic, key=key_of(i), value=value_of(i),
                                               headers=headers_of(i)))
            results = await asyncio.gather(*futures)
        finally:
            await prod.stop()
        # With acks=0 aiokafka resolves each send with None: no partition, no offset.
        by_partition: dict[int, list[tuple[int, int]]] | None = None
        if acks != "0":
            by_partition = {}
            for i, md in enumerate(results):
                by_partition.setdefault(md.partition, []).append((md.offset, i))

        cons = AIOKafkaConsumer(bootstrap_servers=broker.bootstrap, group_id=None,
                                enable_auto_commit=False, fetch_max_wait_ms=100)
        await cons.start()
        read: dict[int, list[Read]] = {p: [] for p in range(PARTITIONS)}
        try:
            tps = [TopicPartition(topic, p) for p in range(PARTITIONS)]
            cons.assign(tps)
            await cons.seek_to_beginning(*tps)
            total = 0
            while total < SMALL:
                batches = await asyncio.wait_for(cons.getmany(timeout_ms=1000, max_records=5000), 30)
                for tp, msgs in batches.items():
                    for m in msgs:
                        read[tp.partition].append(Read(tp.partition, m.offset, m.key, m.value,
                                                       list(m.headers)))
                        total += 1
        finally:
            await cons.stop()
        return by_partition, read

    by_partition, read = asyncio.run(asyncio.wait_for(run(), 180))
    ends = _ends(broker.bootstrap, topic, expected=SMALL)
    assert sum(ends.values()) == SMALL, f"high watermarks {ends} after {SMALL} records"
    if by_partition is None:
        check_exact(read, _expected_from_landing(read, SMALL))
    else:
        for p, reports in by_partition.items():
            assert [o for o, _ in reports] == list(range(len(reports))), f"partition {p}: acked offsets"
        check_exact(read, {p: [i for _, i in v] for p, v in by_partition.items()})


# -- kcat ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("codec", CODECS)
def test_kcat(broker, codec: str):
    acks = ACKS_FOR_CODEC[codec]
    topic = unique_topic(f"kcat-{codec}")
    create_topic(broker.bootstrap, topic, PARTITIONS)
    lines = b"".join(key_of(i) + b"\t" + value_of(i) + b"\n" for i in range(SMALL))
    prod = subprocess.run(
        ["kcat", "-P", "-b", broker.bootstrap, "-t", topic, "-K", "\t", "-z", codec,
         "-H", "origin=kcat", "-X", f"acks={acks}", "-X", "linger.ms=20", "-X", "log_level=3"],
        input=lines, capture_output=True, timeout=120)
    assert prod.returncode == 0, prod.stderr.decode(errors="replace")

    ends = _ends(broker.bootstrap, topic, expected=SMALL)
    assert sum(ends.values()) == SMALL, f"high watermarks {ends} after {SMALL} records"
    cons = subprocess.run(
        ["kcat", "-C", "-b", broker.bootstrap, "-t", topic, "-o", "beginning", "-e", "-q",
         "-f", "%p\t%o\t%k\t%h\t%s\n", "-X", "log_level=3"],
        capture_output=True, timeout=120)
    assert cons.returncode == 0, cons.stderr.decode(errors="replace")
    read: dict[int, list[Read]] = {p: [] for p in range(PARTITIONS)}
    for line in cons.stdout.splitlines():
        p, o, k, h, v = line.split(b"\t", 4)
        assert h == b"origin=kcat", f"headers {h!r}"
        read[int(p)].append(Read(int(p), int(o), k, v))
    check_exact(read, _expected_from_landing(read, SMALL), headers=False)


def _expected_from_landing(read: dict[int, list[Read]], count: int) -> dict[int, list[int]]:
    """When the producer reports no partitions (kcat, acks=0): each record 0..count-1 must have
    landed exactly once, and a partition holds its records in produce (input) order."""
    landed: dict[int, int] = {}
    for p, recs in read.items():
        for r in recs:
            i = index_of(r.value)
            assert i not in landed, f"record {i} read twice (partitions {landed[i]} and {p})"
            landed[i] = p
    assert sorted(landed) == list(range(count)), f"{len(landed)} distinct records read of {count}"
    expected: dict[int, list[int]] = {p: [] for p in read}
    for i in range(count):
        expected[landed[i]].append(i)
    return expected
