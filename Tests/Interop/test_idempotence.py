"""The idempotent producer (confluent-kafka, enable.idempotence): no duplicates, order kept, even
when Produce responses are lost and batches the broker already appended are sent again."""

from __future__ import annotations

import pytest

from clients import (Delivered, check_delivered_offsets, check_exact, create_topic,
                     expected_from_deliveries, headers_of, index_of, key_of, produce_confluent,
                     producer, read_confluent, unique_topic, value_of, watermarks)
import kafka_wire as w
from fault_proxy import CuttingProxy

IDEMPOTENT = {
    "enable.idempotence": True,
    "acks": "all",
    "max.in.flight.requests.per.connection": 5,
    "retries": 1_000_000,
    "retry.backoff.ms": 10,
    "reconnect.backoff.ms": 10,
    "reconnect.backoff.max.ms": 200,
    "socket.timeout.ms": 10_000,
    "message.timeout.ms": 30_000,
}


def _require_producer_ids(bootstrap: str) -> None:
    """Fails fast, with the broker's answer, when InitProducerId does not hand out an id: every
    idempotent producer would otherwise wait out its message timeout."""
    with w.RawConnection(bootstrap) as conn:
        c, error, pid, epoch = w.parse_init_producer_id_v0(conn.roundtrip(w.init_producer_id_v0(77)))
    assert c == 77
    assert error == 0 and pid >= 0 and epoch >= 0, (
        f"InitProducerId v0 (no transactional id) answered error {error}, producer id {pid}, epoch {epoch}")


def _produce_and_check(bootstrap: str, topic: str, count: int, partitions: int, **conf) -> None:
    _require_producer_ids(bootstrap)
    d = produce_confluent(bootstrap, topic, count, **{**IDEMPOTENT, **conf})
    assert d.errors == []
    assert d.count == count
    marks = watermarks(bootstrap, topic, partitions)
    ends = {p: hi for p, (_, hi) in marks.items()}
    assert sum(ends.values()) == count, f"high watermarks {ends} after {count} idempotent records (duplicates?)"
    read = read_confluent(bootstrap, topic, ends)
    check_exact(read, expected_from_deliveries(d))
    # A deduplicated retry is answered with the original offsets (or, from old brokers, no
    # offset at all); whatever offset was reported must hold the record.
    for p in d.by_partition:
        d.by_partition[p] = [(o, i) for o, i in d.by_partition[p] if o >= 0]
    check_delivered_offsets(d, read)


def test_idempotent_producer(broker):
    topic = unique_topic("idem")
    create_topic(broker.bootstrap, topic, 3)
    _produce_and_check(broker.bootstrap, topic, 50_000, 3, **{"compression.type": "lz4"})


@pytest.mark.slow
def test_idempotent_producer_retries_lost_responses(broker_factory):
    proxy = CuttingProxy(cut_every=5, max_cuts=12)
    # The broker advertises the proxy, so the proxy must forward before the broker's readiness
    # check follows the advertised address.
    b = broker_factory("idem-proxy", advertised_port=proxy.port, num_partitions=3, start=False)
    proxy.start(b.port)
    b.start()
    proxy.target_port = b.port  # a first start may have moved to other ports
    try:
        topic = unique_topic("idem-cut")
        create_topic(b.bootstrap, topic, 3)
        # Small batches, so there are many Produce requests to lose.
        _produce_and_check(f"127.0.0.1:{proxy.port}", topic, 30_000, 3,
                           **{"linger.ms": 2, "batch.num.messages": 500})
        assert proxy.cuts > 0, "the proxy never lost a response (too few Produce requests?)"
    finally:
        proxy.close()


@pytest.mark.crash
@pytest.mark.parametrize("clean", [True, False], ids=["sigterm", "kill-9"])
def test_idempotent_producer_across_a_restart(broker_factory, clean: bool):
    """The same idempotent producer keeps going after the broker restarts: the broker rebuilt its
    producer state (from snapshots or the log), so the next sequence numbers are accepted, and no
    record is lost or written twice."""
    b = broker_factory("idem-restart", num_partitions=2)
    topic = unique_topic("idem-rs")
    create_topic(b.bootstrap, topic, 2)
    _require_producer_ids(b.bootstrap)
    d = Delivered()

    def on_delivery(err, msg):
        if err is not None:
            d.errors.append(f"{err} (partition {msg.partition()})")
        else:
            d.by_partition[msg.partition()].append((msg.offset(), index_of(msg.value())))

    p = producer(b.bootstrap, **IDEMPOTENT)
    for i in range(10_000):
        p.produce(topic, key=key_of(i), value=value_of(i), headers=headers_of(i), on_delivery=on_delivery)
    assert p.flush(60) == 0 and d.errors == []
    b.restart(clean=clean)
    for i in range(10_000, 20_000):
        p.produce(topic, key=key_of(i), value=value_of(i), headers=headers_of(i), on_delivery=on_delivery)
    assert p.flush(60) == 0
    assert d.errors == [], d.errors[:5]
    ends = {q: hi for q, (_, hi) in watermarks(b.bootstrap, topic, 2).items()}
    assert sum(ends.values()) == 20_000, f"high watermarks {ends}: records lost or duplicated"
    read = read_confluent(b.bootstrap, topic, ends)
    check_exact(read, expected_from_deliveries(d))
    check_delivered_offsets(d, read)


def test_kafka_python_idempotent_producer(broker):
    from kafka import KafkaProducer

    topic = unique_topic("idem-kp")
    create_topic(broker.bootstrap, topic, 3)
    _require_producer_ids(broker.bootstrap)
    prod = KafkaProducer(bootstrap_servers=broker.bootstrap, enable_idempotence=True, acks="all",
                         compression_type="gzip", linger_ms=20)
    futures = [prod.send(topic, key=key_of(i), value=value_of(i), headers=headers_of(i))
               for i in range(5000)]
    prod.flush(timeout=60)
    d = Delivered()
    for i, f in enumerate(futures):
        md = f.get(timeout=60)
        d.by_partition[md.partition].append((md.offset, i))
    prod.close(timeout=30)
    ends = {q: hi for q, (_, hi) in watermarks(broker.bootstrap, topic, 3).items()}
    assert sum(ends.values()) == 5000
    read = read_confluent(broker.bootstrap, topic, ends)
    check_exact(read, expected_from_deliveries(d))
    check_delivered_offsets(d, read)


def test_aiokafka_idempotent_producer(broker):
    import asyncio

    from aiokafka import AIOKafkaProducer

    topic = unique_topic("idem-aio")
    create_topic(broker.bootstrap, topic, 3)
    _require_producer_ids(broker.bootstrap)

    async def run() -> Delivered:
        prod = AIOKafkaProducer(bootstrap_servers=broker.bootstrap, enable_idempotence=True,
                                acks="all", compression_type="lz4", linger_ms=20)
        await prod.start()
        try:
            futures = [await prod.send(topic, key=key_of(i), value=value_of(i), headers=headers_of(i))
                       for i in range(5000)]
            results = await asyncio.gather(*futures)
        finally:
            await prod.stop()
        d = Delivered()
        for i, md in enumerate(results):
            d.by_partition[md.partition].append((md.offset, i))
        return d

    d = asyncio.run(asyncio.wait_for(run(), 120))
    ends = {q: hi for q, (_, hi) in watermarks(broker.bootstrap, topic, 3).items()}
    assert sum(ends.values()) == 5000
    read = read_confluent(broker.bootstrap, topic, ends)
    check_exact(read, expected_from_deliveries(d))
    check_delivered_offsets(d, read)
