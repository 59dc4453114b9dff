"""Keyed partitioning agrees with librdkafka's `murmur2_random` (Kafka's Java partitioner) end to end:
the same keys produced by `swkafka console-producer --property parse.key=true` and by confluent-kafka
to two topics with the same partition count land on the same partition numbers. A murmur2 written
here from Kafka's `Utils.murmur2` is the third witness, so a disagreement names the side that is wrong."""

from __future__ import annotations

import random
import subprocess

from clients import QUIET, create_topic, producer, read_confluent, unique_topic, watermarks
from swkafka_broker import broker_binary

PARTITIONS = 7


def murmur2(data: bytes) -> int:
    """Kafka's `Utils.murmur2` (seed 0x9747b28c), as a signed 32-bit int."""
    m, r = 0x5BD1E995, 24
    length = len(data)
    h = (0x9747B28C ^ length) & 0xFFFFFFFF
    for i in range(0, length - length % 4, 4):
        k = int.from_bytes(data[i:i + 4], "little")
        k = (k * m) & 0xFFFFFFFF
        k ^= k >> r
        k = (k * m) & 0xFFFFFFFF
        h = (h * m) & 0xFFFFFFFF
        h ^= k
    tail = data[length - length % 4:]
    if len(tail) >= 3:
        h ^= tail[2] << 16
    if len(tail) >= 2:
        h ^= tail[1] << 8
    if len(tail) >= 1:
        h ^= tail[0]
        h = (h * m) & 0xFFFFFFFF
    h ^= h >> 13
    h = (h * m) & 0xFFFFFFFF
    h ^= h >> 15
    return h - (1 << 32) if h & 0x80000000 else h


def kafka_partition(key: bytes, partitions: int) -> int:
    return (murmur2(key) & 0x7FFFFFFF) % partitions


def test_murmur2_reference_matches_kafka_vectors():
    # Kafka's UtilsTest.testMurmur2.
    cases = {
        b"21": -973932308, b"foobar": -790332482, b"a-little-bit-long-string": -985981536,
        b"a-little-bit-longer-string": -1486304829, b"lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8": -58897971,
        bytes([ord("a"), ord("b"), ord("c")]): 479470107,
    }
    for data, expected in cases.items():
        assert murmur2(data) == expected, data


def agreement_keys() -> list[bytes]:
    """600 distinct keys: the empty key, every length 1..64 (all murmur2 tail sizes), long keys,
    and non-ASCII UTF-8 (Cyrillic, CJK, emoji, combining marks); none holds a tab or a newline."""
    rng = random.Random(20261121)
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:/ "
    non_ascii = ["ключ", "鍵", "キー", "🔑", "é", "e\u0301", "ß", "Ω", "€", "\u00a0", "𝔘"]
    keys: list[bytes] = [b""]
    for length in range(1, 65):
        keys.append("".join(rng.choice(alphabet) for _ in range(length)).encode())
    for i in range(200):
        keys.append(("".join(rng.choice(alphabet) for _ in range(rng.randint(65, 400))) + str(i)).encode())
    for i in range(335):
        parts = [rng.choice(non_ascii) for _ in range(rng.randint(1, 12))]
        keys.append(f"{''.join(parts)}{i}".encode())
    assert len(keys) == len(set(keys)) == 600
    assert all(b"\t" not in k and b"\n" not in k and b"\r" not in k for k in keys)
    return keys


def partition_by_value(bootstrap: str, topic: str) -> dict[bytes, tuple[bytes | None, int]]:
    """value -> (key, partition) for every record of the topic."""
    ends = {p: hi for p, (_, hi) in watermarks(bootstrap, topic, PARTITIONS).items()}
    out: dict[bytes, tuple[bytes | None, int]] = {}
    for p, records in read_confluent(bootstrap, topic, ends).items():
        for r in records:
            out[r.value] = (r.key, p)
    return out


def test_console_producer_and_confluent_kafka_choose_the_same_partitions(broker):
    keys = agreement_keys()
    values = [b"v%d" % i for i in range(len(keys))]
    ours, theirs = unique_topic("murmur2-swkafka"), unique_topic("murmur2-librdkafka")
    create_topic(broker.bootstrap, ours, partitions=PARTITIONS)
    create_topic(broker.bootstrap, theirs, partitions=PARTITIONS)

    lines = b"".join(k + b"\t" + v + b"\n" for k, v in zip(keys, values))
    r = subprocess.run([str(broker_binary()), "console-producer", "--bootstrap-server", broker.bootstrap,
                        "--topic", ours, "--property", "parse.key=true"],
                       input=lines, capture_output=True, timeout=120)
    assert r.returncode == 0, r.stderr.decode()

    errors: list[str] = []
    p = producer(broker.bootstrap, partitioner="murmur2_random", **QUIET)
    for k, v in zip(keys, values):
        p.produce(theirs, key=k, value=v,
                  on_delivery=lambda err, msg: errors.append(str(err)) if err is not None else None)
    assert p.flush(60) == 0
    assert errors == []

    by_us, by_them = partition_by_value(broker.bootstrap, ours), partition_by_value(broker.bootstrap, theirs)
    assert len(by_us) == len(by_them) == len(keys)
    used = set()
    for k, v in zip(keys, values):
        our_key, our_partition = by_us[v]
        their_key, their_partition = by_them[v]
        assert our_key == k, (v, our_key)
        expected = kafka_partition(k, PARTITIONS)
        assert their_key == k, (v, their_key)
        assert (our_partition, their_partition) == (expected, expected), (k, our_partition, their_partition)
        used.add(our_partition)
    assert used == set(range(PARTITIONS))
