"""Bad input on raw sockets: the offending connection gets Kafka's error code or is closed, every
other client keeps being served, the broker's memory stays bounded by what it received, and no
acknowledged record is lost.

One broker serves the whole module, with a small `socket.request.max.bytes` (8 MiB). Before the
first test a bystander connection is opened and a set of records is acknowledged; after every
test the broker must be alive, the bystander must still get answers, a confluent-kafka producer
and consumer must still work, and the broker's RSS must stay under a bound. The last test reads
the acknowledged records back.
"""

from __future__ import annotations

import random
import socket
import struct
import time
from dataclasses import dataclass, field

import pytest

import kafka_wire as w
from clients import (Delivered, check_delivered_offsets, create_topic, index_of, produce_confluent,
                     read_confluent, unique_topic, value_of, watermarks)
from swkafka_broker import Broker, open_fds, running_broker, virtual_memory_bytes

MAX_REQUEST = 8 * 1024 * 1024
RSS_ALLOWANCE = 256 * 1024 * 1024  # above the RSS after start-up and the first records


@dataclass
class Env:
    broker: Broker
    bystander: w.RawConnection
    versions: dict[int, tuple[int, int]]
    precious_topic: str
    precious: Delivered
    health_topic: str
    rss_baseline: int
    health_next: int = 0
    correlation: int = 1000
    notes: list[str] = field(default_factory=list)

    def next_correlation(self) -> int:
        self.correlation += 1
        return self.correlation


@pytest.fixture(scope="module")
def env():
    with running_broker("bad-input", {"socket.request.max.bytes": MAX_REQUEST, "num.partitions": 1}) as b:
        bystander = w.RawConnection(b.bootstrap)
        resp = w.parse_api_versions(bystander.roundtrip(w.api_versions_request(0, 1)), 0)
        assert resp.error_code == 0 and resp.correlation_id == 1
        precious, health = unique_topic("precious"), unique_topic("health")
        create_topic(b.bootstrap, precious, 2)
        create_topic(b.bootstrap, health, 1)
        d = produce_confluent(b.bootstrap, precious, 5000, acks="all", **{"compression.type": "zstd"})
        assert d.errors == [] and d.count == 5000
        e = Env(b, bystander, resp.versions, precious, d, health, rss_baseline=b.rss())
        yield e
        bystander.close()


@pytest.fixture(autouse=True)
def still_serving(env: Env):
    """After each test: alive, the bystander answered, clients served, memory bounded."""
    yield
    env.broker.assert_alive()
    c = env.next_correlation()
    resp = w.parse_api_versions(env.bystander.roundtrip(w.api_versions_request(0, c)), 0)
    assert (resp.correlation_id, resp.error_code) == (c, 0), "the bystander connection got no answer"
    _serves(env)
    rss = env.broker.rss()
    assert rss < env.rss_baseline + RSS_ALLOWANCE, (
        f"broker RSS {rss >> 20} MiB, {env.rss_baseline >> 20} MiB after start-up")


def _serves(env: Env) -> None:
    bs = env.broker.bootstrap
    ((_, before),) = watermarks(bs, env.health_topic, 1).values()
    d = produce_confluent(bs, env.health_topic, 200, start=env.health_next, acks="all")
    env.health_next += 200
    assert d.errors == [] and d.count == 200
    assert [o for o, _ in d.by_partition[0]] == list(range(before, before + 200))
    read = read_confluent(bs, env.health_topic, {0: before + 200}, starts={0: before})
    assert [index_of(r.value) for r in read[0]] == [i for _, i in d.by_partition[0]]


def _closed_or_answered(conn: w.RawConnection, correlation_id: int | None, timeout: float = 5.0) -> str:
    """'closed' or 'answered' (a response frame carrying `correlation_id`); fails on silence."""
    try:
        frame = conn.recv_frame(timeout)
    except w.Closed:
        return "closed"
    except TimeoutError:
        pytest.fail(f"no answer and no close within {timeout}s")
    if correlation_id is not None:
        (got,) = struct.unpack(">i", frame[:4])
        assert got == correlation_id, f"answer with correlation id {got}, expected {correlation_id}"
    return "answered"


def _assert_closed(conn: w.RawConnection, timeout: float = 5.0) -> None:
    try:
        extra = conn.wait_closed(timeout)
    except TimeoutError:
        pytest.fail(f"connection still open {timeout}s after the bad frame")
    assert extra == b"", f"{len(extra)} bytes came back before the close: {extra[:64]!r}"


# -- framing ------------------------------------------------------------------------------------


def test_http_request_is_closed(env: Env):
    with w.RawConnection(env.broker.bootstrap) as conn:
        # "GET " read as a size is about 1.1 GB: above socket.request.max.bytes.
        conn.send(b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
        _assert_closed(conn)


@pytest.mark.parametrize("size", [MAX_REQUEST + 1, 2 ** 31 - 1, -1, -(2 ** 31)])
def test_frame_size_out_of_range_is_closed(env: Env, size: int):
    with w.RawConnection(env.broker.bootstrap) as conn:
        conn.send(struct.pack(">i", size) + b"\x00\x12\x00\x00" + bytes(1020))
        _assert_closed(conn)


@pytest.mark.parametrize("seed", range(12))
def test_random_frames(env: Env, seed: int):
    """A well-framed body of random bytes (a seeded, reproducible stream)."""
    rng = random.Random(seed)
    body = bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 300)))
    with w.RawConnection(env.broker.bootstrap) as conn:
        conn.send(struct.pack(">i", len(body)) + body)
        _closed_or_answered(conn, struct.unpack(">i", body[4:8])[0] if len(body) >= 8 else None)


# Read-only APIs whose bodies are fuzzed behind a valid header. Produce and Fetch may legitimately
# stay silent on a body that happens to decode (acks=0, a long fetch wait), so they are left to
# the truncated-frame test; APIs that change metadata are left out so a lucky decode cannot
# create thousands of partitions.
FUZZED_APIS = [2, 3, 18, 22, 23, 32, 35, 60, 75]


def test_random_bodies_behind_valid_headers(env: Env):
    """Random bodies for each read-only API the broker serves, at its lowest and highest version."""
    outcomes = []
    for api_key in FUZZED_APIS:
        if api_key not in env.versions:
            continue
        lo, hi = env.versions[api_key]
        for version in sorted({lo, hi}):
            for seed in range(4):
                rng = random.Random(api_key * 1000 + version * 10 + seed)
                body = bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 120)))
                c = env.next_correlation()
                with w.RawConnection(env.broker.bootstrap) as conn:
                    conn.send(w.request(api_key, version, c, body, flexible=False))
                    outcomes.append((api_key, version, seed, _closed_or_answered(conn, c)))
    assert outcomes, "the broker serves none of the fuzzed APIs"
    env.broker.assert_alive()


def _captured_frames() -> list[tuple[str, bytes]]:
    import json
    from pathlib import Path

    captures = Path(__file__).resolve().parents[1] / "KafkaEngineTests" / "Fixtures" / "captures"
    manifest = json.loads((captures / "manifest.json").read_text())
    return [(e["file"], bytes.fromhex("".join((captures / e["file"]).read_text().split())))
            for e in manifest["frames"]]


def test_truncated_client_frames(env: Env):
    """Every request frame the real clients sent (the committed captures), cut short with a size
    prefix that matches the cut: the body no longer decodes, so the connection closes (or, where
    the cut happens to leave a valid request, is answered)."""
    frames = _captured_frames()
    assert frames
    for name, frame in frames:
        (c,) = struct.unpack(">i", frame[4:8])
        for cut in sorted({len(frame) // 3, 2 * len(frame) // 3, len(frame) - 1}):
            if cut < 8:
                continue
            with w.RawConnection(env.broker.bootstrap) as conn:
                conn.send(struct.pack(">i", cut) + frame[:cut])
                try:
                    _closed_or_answered(conn, c)
                except BaseException as e:
                    raise AssertionError(f"{name} cut to {cut} of {len(frame)} bytes: {e}") from e


def test_request_before_a_bad_frame_is_answered(env: Env):
    """Requests are answered in order: the good one before the bad frame gets its answer, then the
    connection closes."""
    with w.RawConnection(env.broker.bootstrap) as conn:
        conn.send(w.api_versions_request(0, 51) + w.request(9999, 0, 52, b"", flexible=False))
        resp = w.parse_api_versions(conn.recv_frame(5), 0)
        assert (resp.correlation_id, resp.error_code) == (51, 0)
        _assert_closed(conn)


def test_zero_length_frame(env: Env):
    with w.RawConnection(env.broker.bootstrap) as conn:
        conn.send(struct.pack(">i", 0))
        _closed_or_answered(conn, None)


def test_truncated_frames_then_close(env: Env):
    full = w.api_versions_request(3, 7)
    for cut in (1, 3, 4, 5, len(full) // 2, len(full) - 1):
        with w.RawConnection(env.broker.bootstrap) as conn:
            conn.send(full[:cut])
    # A large frame abandoned part-way.
    with w.RawConnection(env.broker.bootstrap) as conn:
        conn.send(struct.pack(">i", 4 * 1024 * 1024) + bytes(512 * 1024))
    time.sleep(0.2)


def test_length_shorter_than_the_request(env: Env):
    """The size prefix cuts a Metadata request inside its topic name: the body does not decode."""
    frame = w.metadata_request_v1(41, ["some-topic-name"])
    lying = struct.pack(">i", len(frame) - 4 - 5) + frame[4:]
    with w.RawConnection(env.broker.bootstrap) as conn:
        conn.send(lying)
        _closed_or_answered(conn, 41)


def test_length_longer_than_the_request(env: Env):
    """Trailing bytes after a complete ApiVersions v0 body, inside the frame."""
    frame = w.api_versions_request(0, 42)
    lying = struct.pack(">i", len(frame) - 4 + 6) + frame[4:] + b"\xde\xad\xbe\xef\x00\x01"
    with w.RawConnection(env.broker.bootstrap) as conn:
        conn.send(lying)
        _closed_or_answered(conn, 42)


def test_length_longer_waits_for_the_rest(env: Env):
    """A frame whose bytes have not all arrived is not answered: the broker waits for the rest."""
    frame = w.api_versions_request(0, 43)
    with w.RawConnection(env.broker.bootstrap) as conn:
        conn.send(struct.pack(">i", len(frame) - 4 + 100) + frame[4:])
        with pytest.raises(TimeoutError):
            conn.recv_frame(timeout=1.5)


# -- API keys and versions ----------------------------------------------------------------------


@pytest.mark.parametrize("api_key", [9999, 32767, -1, 200])
def test_unknown_api_key(env: Env, api_key: int):
    with w.RawConnection(env.broker.bootstrap) as conn:
        conn.send(w.request(api_key, 0, 44, b"\x00\x00\x00\x00", flexible=False))
        _closed_or_answered(conn, 44)


def test_unsupported_version_of_a_known_api(env: Env):
    with w.RawConnection(env.broker.bootstrap) as conn:
        conn.send(w.request(w.API_METADATA, 999, 45, struct.pack(">i", -1), flexible=False))
        _closed_or_answered(conn, 45)


@pytest.mark.parametrize("body", [b"", b"\x07garbage\x00\xff\xff"], ids=["empty", "garbage"])
def test_api_versions_unsupported_version(env: Env, body: bytes):
    """Kafka answers an ApiVersions version it does not know with a v0 response: error 35
    (UNSUPPORTED_VERSION) and its version list, so the client can retry with one it supports."""
    with w.RawConnection(env.broker.bootstrap) as conn:
        resp = w.parse_api_versions(conn.roundtrip(w.request(w.API_VERSIONS, 127, 46, body, flexible=True)), 0)
        assert resp.correlation_id == 46
        assert resp.error_code == w.UNSUPPORTED_VERSION
        assert resp.versions.get(w.API_VERSIONS, (None, -1))[1] >= 3, resp.versions
        assert w.API_PRODUCE in resp.versions and w.API_METADATA in resp.versions
        assert resp.versions == env.versions
        # The connection stays usable: the retry with a supported version is answered.
        again = w.parse_api_versions(conn.roundtrip(w.api_versions_request(0, 47)), 0)
        assert (again.correlation_id, again.error_code) == (47, 0)


# -- Produce with broken batches ----------------------------------------------------------------


def _produce_versions(env: Env) -> list[int]:
    lo, hi = env.versions[w.API_PRODUCE]
    picks = []
    if max(lo, 3) <= min(hi, 8):
        picks.append(min(hi, 8))  # non-flexible
    if max(lo, 9) <= min(hi, 11):
        picks.append(min(hi, 11))  # flexible
    assert picks, f"Produce versions {lo}-{hi}: none this test can encode"
    return picks


def _produce(env: Env, version: int, topic: str, records: bytes) -> w.PartitionProduceResult:
    c = env.next_correlation()
    with w.RawConnection(env.broker.bootstrap) as conn:
        frame = conn.roundtrip(w.produce_request(version, c, topic, 0, records, acks=-1))
        got_c, results = w.parse_produce_response(frame, version)
        assert got_c == c
        (r,) = results
        assert (r.topic, r.partition) == (topic, 0)
        # The connection stays usable after an error in a Produce response.
        c2 = env.next_correlation()
        again = w.parse_api_versions(conn.roundtrip(w.api_versions_request(0, c2)), 0)
        assert (again.correlation_id, again.error_code) == (c2, 0)
    return r


RECORDS = [(b"k%d" % i, b"value-%d" % i) for i in range(3)]


@pytest.fixture
def raw_topic(env: Env) -> str:
    t = unique_topic("raw")
    create_topic(env.broker.bootstrap, t, 1)
    return t


def _end(env: Env, topic: str) -> int:
    return watermarks(env.broker.bootstrap, topic, 1)[0][1]


def test_hand_built_batch_is_accepted(env: Env, raw_topic: str):
    """The control: the batches these tests break are valid when not broken."""
    now = int(time.time() * 1000)
    for n, version in enumerate(_produce_versions(env)):
        r = _produce(env, version, raw_topic, w.record_batch(RECORDS, now))
        assert (r.error_code, r.base_offset) == (w.NONE, 3 * n), r
    assert _end(env, raw_topic) == 3 * len(_produce_versions(env))


BROKEN = {
    "bad-crc": lambda now: w.record_batch(RECORDS, now, crc_delta=1),
    "count-above": lambda now: w.record_batch(RECORDS, now, declared_count=5),
    "count-below": lambda now: w.record_batch(RECORDS, now, declared_count=2),
    "count-zero": lambda now: w.record_batch(RECORDS, now, declared_count=0),
    "count-negative": lambda now: w.record_batch(RECORDS, now, declared_count=-1),
    "batch-length-above": lambda now: _with_batch_length(w.record_batch(RECORDS, now), +10),
    "batch-length-below": lambda now: _with_batch_length(w.record_batch(RECORDS, now), -10),
    "two-batches": lambda now: w.record_batch(RECORDS, now) + w.record_batch(RECORDS, now),
    "empty-records": lambda now: b"",
}
EXPECTED = {"bad-crc": {w.CORRUPT_MESSAGE}}  # the rest: CORRUPT_MESSAGE or INVALID_RECORD


def _with_batch_length(batch: bytes, delta: int) -> bytes:
    (length,) = struct.unpack(">i", batch[8:12])
    return batch[:8] + struct.pack(">i", length + delta) + batch[12:]


@pytest.mark.parametrize("kind", list(BROKEN))
def test_broken_batch_is_refused(env: Env, raw_topic: str, kind: str):
    now = int(time.time() * 1000)
    for version in _produce_versions(env):
        r = _produce(env, version, raw_topic, BROKEN[kind](now))
        allowed = EXPECTED.get(kind, {w.CORRUPT_MESSAGE, w.INVALID_RECORD})
        assert r.error_code in allowed, f"Produce v{version} with a {kind} batch: {r}"
    assert _end(env, raw_topic) == 0, "a refused batch reached the log"
    # A good batch afterwards lands at offset 0.
    r = _produce(env, _produce_versions(env)[0], raw_topic, w.record_batch(RECORDS, now))
    assert (r.error_code, r.base_offset) == (w.NONE, 0), r


def test_broken_batch_with_acks_0_closes_the_connection(env: Env, raw_topic: str):
    """With acks=0 there is no response to carry the error: Kafka closes the connection so the
    producer notices, and nothing reaches the log."""
    now = int(time.time() * 1000)
    for version in _produce_versions(env):
        with w.RawConnection(env.broker.bootstrap) as conn:
            conn.send(w.produce_request(version, env.next_correlation(), raw_topic, 0,
                                        w.record_batch(RECORDS, now, crc_delta=1), acks=0))
            _assert_closed(conn)
    assert _end(env, raw_topic) == 0


# -- memory ---------------------------------------------------------------------------------------


def test_memory_bounded_by_what_was_received(env: Env):
    """100 connections each announce a frame of socket.request.max.bytes and send 4 KiB of it: the
    broker must not hold 800 MiB for frames it has not received."""
    b = env.broker
    fds_before = open_fds(b.pid)
    rss_before = b.rss()
    vm_before = virtual_memory_bytes(b.pid)
    conns = []
    try:
        for _ in range(100):
            conn = w.RawConnection(b.bootstrap)
            conn.send(struct.pack(">i", MAX_REQUEST) + struct.pack(">hhi", 0, 9, 1) + bytes(4088))
            conns.append(conn)
        time.sleep(1.0)
        b.assert_alive()
        grown = b.rss() - rss_before
        assert grown < 64 * 1024 * 1024, f"RSS grew {grown >> 20} MiB for 100 x 4 KiB received"
        # Reserving the announced sizes would map 10,000 MiB without touching it (RSS would not show it).
        mapped = virtual_memory_bytes(b.pid) - vm_before
        assert mapped < 1024 * 1024 * 1024, f"virtual memory grew {mapped >> 20} MiB for 100 x 4 KiB received"
    finally:
        for conn in conns:
            conn.close()
    # The connections' resources go when they close.
    deadline = time.monotonic() + 10
    while open_fds(b.pid) > fds_before + 5:
        assert time.monotonic() < deadline, f"{open_fds(b.pid)} fds open, {fds_before} before the test"
        time.sleep(0.1)


def test_many_bad_connections_in_a_row(env: Env):
    """Bad frames over and over do not wear the broker down."""
    rng = random.Random(99)
    kinds = [
        lambda: b"\xff\xff\xff\xff",
        lambda: struct.pack(">i", MAX_REQUEST + 1),
        lambda: w.api_versions_request(3, 1)[:9],
        lambda: struct.pack(">i", 12) + bytes(rng.getrandbits(8) for _ in range(12)),
        lambda: w.request(12345, 0, 1, b"", flexible=False),
    ]
    for n in range(300):
        try:
            with w.RawConnection(env.broker.bootstrap, timeout=5) as conn:
                conn.send(kinds[n % len(kinds)]())
                conn.sock.shutdown(socket.SHUT_WR)
        except (ConnectionResetError, BrokenPipeError):
            pass


def test_zz_acknowledged_records_survive(env: Env):
    """Runs last in this module: everything acknowledged before the bad input is still there."""
    bs = env.broker.bootstrap
    ends = {p: hi for p, (_, hi) in watermarks(bs, env.precious_topic, 2).items()}
    assert sum(ends.values()) == env.precious.count
    read = read_confluent(bs, env.precious_topic, ends)
    check_delivered_offsets(env.precious, read)
    assert all(r.value == value_of(index_of(r.value)) for recs in read.values() for r in recs)
