"""What the tests do with the real clients: topics, deterministic records, produce, read back, check.

Records are numbered: record `i` has key `key-<i mod 1000>`, value `<i>|<filler>` and one header
`seq=<i>`, so any record read back tells which one it is, and a key repeats across the run (keyed
partitioning must send every copy of a key to the same partition). Consumers never join a group:
they assign partitions with explicit offsets and never commit.
"""

from __future__ import annotations

import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from confluent_kafka import Consumer, KafkaError, KafkaException, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

CODECS = ["none", "gzip", "snappy", "lz4", "zstd"]
QUIET = {"log_level": 3}  # librdkafka logs errors only; the tests check outcomes themselves


def unique_topic(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def key_of(i: int) -> bytes:
    return b"key-%d" % (i % 1000)


_FILLER = b"abcdefghijklmnopqrstuvwxyz0123456789" * 2


def value_of(i: int) -> bytes:
    return b"%d|" % i + _FILLER[: 16 + i % 48]


def index_of(value: bytes) -> int:
    return int(value.split(b"|", 1)[0])


def headers_of(i: int) -> list[tuple[str, bytes]]:
    return [("seq", b"%d" % i)]


@dataclass
class Read:
    """One record read back."""

    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    headers: list[tuple[str, bytes]] | None = None
    timestamp: int | None = None


@dataclass
class Delivered:
    """What the producer reported: per partition, (offset, index) in delivery order."""

    by_partition: dict[int, list[tuple[int, int]]] = field(default_factory=lambda: defaultdict(list))
    errors: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(len(v) for v in self.by_partition.values())


# -- admin --------------------------------------------------------------------------------------


def admin(bootstrap: str) -> AdminClient:
    return AdminClient({"bootstrap.servers": bootstrap, **QUIET})


def create_topic(bootstrap: str, name: str, partitions: int = 3, config: dict | None = None,
                 timeout: float = 30.0) -> None:
    a = admin(bootstrap)
    futures = a.create_topics([NewTopic(name, num_partitions=partitions, replication_factor=1,
                                        config=config or {})], operation_timeout=timeout)
    futures[name].result(timeout=timeout)
    wait_for_topic(bootstrap, name, partitions, timeout)


def wait_for_topic(bootstrap: str, name: str, partitions: int, timeout: float = 30.0) -> None:
    """Until Metadata shows the topic with every partition led by a broker."""
    a = admin(bootstrap)
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        md = a.list_topics(topic=name, timeout=5)
        t = md.topics.get(name)
        if t is not None and t.error is None and len(t.partitions) == partitions and all(
                p.leader >= 0 for p in t.partitions.values()):
            return
        last = t.error if t is not None else "absent"
        time.sleep(0.1)
    raise AssertionError(f"topic {name} not ready with {partitions} partitions: {last}")


def watermarks(bootstrap: str, topic: str, partitions: int) -> dict[int, tuple[int, int]]:
    c = consumer(bootstrap)
    try:
        return {p: c.get_watermark_offsets(TopicPartition(topic, p), timeout=10, cached=False)
                for p in range(partitions)}
    finally:
        c.close()


# -- confluent-kafka ----------------------------------------------------------------------------


def producer(bootstrap: str, **conf) -> Producer:
    base = {
        "bootstrap.servers": bootstrap,
        "linger.ms": 20,
        "batch.num.messages": 10000,
        "batch.size": 1_000_000,
        "queue.buffering.max.messages": 500_000,
        "queue.buffering.max.kbytes": 1_048_576,
        **QUIET,
    }
    base.update(conf)
    return Producer(base)


def consumer(bootstrap: str, **conf) -> Consumer:
    # librdkafka insists on a group.id, but a consumer that only assigns and never commits does not
    # use the group: nothing here needs a group coordinator.
    base = {
        "bootstrap.servers": bootstrap,
        "group.id": "swkafka-interop-unused",
        "enable.auto.commit": False,
        "enable.auto.offset.store": False,
        "enable.partition.eof": False,
        "fetch.wait.max.ms": 100,
        **QUIET,
    }
    base.update(conf)
    return Consumer(base)


def produce_confluent(bootstrap: str, topic: str, count: int, *, start: int = 0,
                      headers: bool = True, timeout: float = 120.0, **conf) -> Delivered:
    """Produces records start..start+count-1 keyed, flushes, and returns the delivery reports."""
    delivered = Delivered()

    def on_delivery(err, msg):
        if err is not None:
            delivered.errors.append(f"{err} (partition {msg.partition()})")
        else:
            delivered.by_partition[msg.partition()].append((msg.offset(), index_of(msg.value())))

    p = producer(bootstrap, **conf)
    for i in range(start, start + count):
        kwargs = {"headers": headers_of(i)} if headers else {}
        while True:
            try:
                p.produce(topic, value=value_of(i), key=key_of(i), on_delivery=on_delivery, **kwargs)
                break
            except BufferError:
                p.poll(0.05)
        if i % 1000 == 0:
            p.poll(0)
    left = p.flush(timeout)
    assert left == 0, f"{left} records still undelivered after {timeout}s"
    return delivered


def read_confluent(bootstrap: str, topic: str, ends: dict[int, int], *, starts: dict[int, int] | None = None,
                   timeout: float = 120.0, **conf) -> dict[int, list[Read]]:
    """Reads each partition from its start offset (0) up to its end offset, in assign mode."""
    starts = starts or {p: 0 for p in ends}
    out: dict[int, list[Read]] = {p: [] for p in ends}
    todo = {p for p in ends if ends[p] > starts[p]}
    if not todo:
        return out
    c = consumer(bootstrap, **conf)
    try:
        c.assign([TopicPartition(topic, p, starts[p]) for p in sorted(todo)])
        deadline = time.monotonic() + timeout
        while todo:
            if time.monotonic() > deadline:
                got = {p: len(out[p]) for p in ends}
                raise AssertionError(f"{topic}: read {got} of {ends} before the deadline")
            for m in c.consume(num_messages=10000, timeout=0.5):
                if m.error() is not None:
                    raise AssertionError(f"{topic}: consumer error {m.error()}")
                p = m.partition()
                out[p].append(Read(p, m.offset(), m.key(), m.value(),
                                   list(m.headers() or []), m.timestamp()[1]))
                if m.offset() >= ends[p] - 1:
                    todo.discard(p)
    finally:
        c.close()
    return out


# -- checks -------------------------------------------------------------------------------------


def check_record(r: Read, *, headers: bool) -> int:
    """Checks one record against the generator and returns its index."""
    assert r.value is not None, f"partition {r.partition} offset {r.offset}: null value"
    i = index_of(r.value)
    assert r.value == value_of(i), f"partition {r.partition} offset {r.offset}: value {r.value!r}"
    assert r.key == key_of(i), f"partition {r.partition} offset {r.offset}: key {r.key!r} for record {i}"
    if headers:
        assert r.headers == headers_of(i), (
            f"partition {r.partition} offset {r.offset}: headers {r.headers!r}")
    return i


def check_exact(read: dict[int, list[Read]], expected: dict[int, list[int]], *, headers: bool = True,
                first_offset: int = 0) -> None:
    """Every partition holds exactly the expected records (indices in produce order) at contiguous
    offsets from `first_offset`, with the right key, value and headers; no key spans partitions."""
    partition_of_key: dict[bytes, int] = {}
    for p, recs in read.items():
        offsets = [r.offset for r in recs]
        assert offsets == list(range(first_offset, first_offset + len(recs))), (
            f"partition {p}: offsets not contiguous from {first_offset}: {_first_gap(offsets, first_offset)}")
        got = [check_record(r, headers=headers) for r in recs]
        want = expected.get(p, [])
        if got != want:
            raise AssertionError(f"partition {p}: {len(got)} records read, {len(want)} expected; "
                                 f"{_first_difference(got, want)}")
        for r in recs:
            q = partition_of_key.setdefault(r.key, p)
            assert q == p, f"key {r.key!r} is in partitions {q} and {p}"


def _first_gap(offsets: list[int], start: int) -> str:
    for n, o in enumerate(offsets):
        if o != start + n:
            return f"position {n} holds offset {o}, expected {start + n}"
    return "ok"


def _first_difference(got: list[int], want: list[int]) -> str:
    for n, (a, b) in enumerate(zip(got, want)):
        if a != b:
            return f"first difference at position {n}: record {a} read, record {b} expected"
    return f"one is a prefix of the other (lengths {len(got)} and {len(want)})"


def expected_from_deliveries(d: Delivered) -> dict[int, list[int]]:
    """Produce order per partition, as delivery reports came (librdkafka reports a partition's
    messages in order)."""
    return {p: [i for _, i in v] for p, v in d.by_partition.items()}


def check_delivered_offsets(d: Delivered, read: dict[int, list[Read]]) -> None:
    """Each acknowledged (partition, offset) holds the record the producer was told it holds."""
    for p, reports in d.by_partition.items():
        at = {r.offset: r for r in read.get(p, [])}
        for offset, i in reports:
            r = at.get(offset)
            assert r is not None, f"acknowledged record {i} at partition {p} offset {offset} is missing"
            assert r.value == value_of(i), (
                f"partition {p} offset {offset}: acknowledged record {i}, read {r.value!r}")


def is_kafka_error(exc: BaseException, code: int) -> bool:
    err = exc.args[0] if isinstance(exc, KafkaException) and exc.args else None
    return isinstance(err, KafkaError) and err.code() == code
