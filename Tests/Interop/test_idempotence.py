"""The idempotent producer (confluent-kafka, enable.idempotence): no duplicates, order kept, even
when Produce responses are lost and batches the broker already appended are sent again."""

from __future__ import annotations

import pytest

from clients import (check_delivered_offsets, check_exact, create_topic, expected_from_deliveries,
                     produce_confluent, read_confluent, unique_topic, watermarks)
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


def _produce_and_check(bootstrap: str, topic: str, count: int, partitions: int, **conf) -> None:
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
    b = broker_factory("idem-proxy", advertised_port=proxy.port, num_partitions=3)
    proxy.start(b.port)
    try:
        topic = unique_topic("idem-cut")
        create_topic(b.bootstrap, topic, 3)
        # Small batches, so there are many Produce requests to lose.
        _produce_and_check(f"127.0.0.1:{proxy.port}", topic, 30_000, 3,
                           **{"linger.ms": 2, "batch.num.messages": 500})
        assert proxy.cuts > 0, "the proxy never lost a response (too few Produce requests?)"
    finally:
        proxy.close()
