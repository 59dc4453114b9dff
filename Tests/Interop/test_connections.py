"""1,000 concurrent connections held open while a confluent-kafka producer and consumer run.

Each connection is a raw socket that asks ApiVersions once on arrival and once at the end (so it
is known to be accepted, served, and still open); in between, 50k records go through. The
broker's RSS must stay bounded, and its file descriptors go back down once the connections close.
"""

from __future__ import annotations

import resource
import selectors
import struct
import time

import pytest

import kafka_wire as w
from confluent_kafka import TopicPartition

from clients import (check_delivered_offsets, check_exact, consumer, create_topic, expected_from_deliveries,
                     produce_confluent, read_confluent, unique_topic, watermarks)
from swkafka_broker import open_fds

CONNECTIONS = 1000
RECORDS = 50_000


def _ask_all(conns: list[w.RawConnection], correlation_id: int, timeout: float = 60.0) -> None:
    """Sends ApiVersions v0 on every connection, then reads every answer (multiplexed)."""
    frame = w.api_versions_request(0, correlation_id)
    for c in conns:
        c.send(frame)
    sel = selectors.DefaultSelector()
    pending: dict[int, bytearray] = {}
    for n, c in enumerate(conns):
        c.sock.setblocking(False)
        sel.register(c.sock, selectors.EVENT_READ, n)
        pending[n] = bytearray()
    deadline = time.monotonic() + timeout
    done = 0
    try:
        while done < len(conns):
            left = deadline - time.monotonic()
            assert left > 0, f"{len(conns) - done} of {len(conns)} connections got no ApiVersions answer"
            for key, _ in sel.select(min(left, 1.0)):
                n = key.data
                chunk = conns[n].sock.recv(65536)
                assert chunk, f"connection {n} was closed by the broker"
                buf = pending[n]
                buf += chunk
                if len(buf) >= 4 and len(buf) >= 4 + struct.unpack(">i", buf[:4])[0]:
                    resp = w.parse_api_versions(bytes(buf[4:]), 0)
                    assert (resp.correlation_id, resp.error_code) == (correlation_id, 0)
                    sel.unregister(conns[n].sock)
                    done += 1
    finally:
        sel.close()
        for c in conns:
            c.sock.setblocking(True)


@pytest.mark.slow
def test_thousand_connections_while_producing_and_consuming(broker_factory):
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < CONNECTIONS + 500:
        pytest.skip(f"RLIMIT_NOFILE is {soft}: too low for {CONNECTIONS} connections")
    b = broker_factory("conns", num_partitions=3)
    topic = unique_topic("conns")
    create_topic(b.bootstrap, topic, 3)
    # librdkafka looks up its group's coordinator even in assign mode, which creates
    # __consumer_offsets (and opens its segments): have that happen before the baseline.
    warm = consumer(b.bootstrap)
    try:
        warm.committed([TopicPartition(topic, 0)], timeout=30)
    finally:
        warm.close()
    rss_before, fds_before = b.rss(), open_fds(b.pid)

    conns: list[w.RawConnection] = []
    try:
        for n in range(CONNECTIONS):
            conns.append(w.RawConnection(b.bootstrap, timeout=30))
            if n % 100 == 99:
                time.sleep(0.02)  # let the broker drain its accept queue
        _ask_all(conns, 1)
        assert open_fds(b.pid) >= CONNECTIONS, "the broker does not hold the connections open"

        d = produce_confluent(b.bootstrap, topic, RECORDS, acks="all", **{"compression.type": "lz4"})
        assert d.errors == [] and d.count == RECORDS
        ends = {p: hi for p, (_, hi) in watermarks(b.bootstrap, topic, 3).items()}
        assert sum(ends.values()) == RECORDS
        read = read_confluent(b.bootstrap, topic, ends)
        check_exact(read, expected_from_deliveries(d))
        check_delivered_offsets(d, read)

        _ask_all(conns, 2)  # every connection is still open and served
        rss = b.rss()
        assert rss - rss_before < 256 * 1024 * 1024, (
            f"RSS {rss >> 20} MiB with {CONNECTIONS} connections, {rss_before >> 20} MiB before")
    finally:
        for c in conns:
            c.close()
    deadline = time.monotonic() + 15
    while open_fds(b.pid) > fds_before + 10:
        assert time.monotonic() < deadline, (
            f"{open_fds(b.pid)} fds open 15s after the connections closed; {fds_before} before")
        time.sleep(0.1)
