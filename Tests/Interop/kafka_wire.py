"""Hand-packed Kafka frames for the bad-input tests: requests that real clients never send.

Only what those tests need: request headers v1/v2, ApiVersions (any version, answered in v0
when unsupported), Produce v3-v11 with a record batch (magic 2) built here so its CRC and record
count can be made to lie, and the matching response decoders. Everything is `struct` by hand so
the tests do not depend on the client libraries' encoders.
"""

from __future__ import annotations

import socket
import struct
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "capture"))
from kafka_records import crc32c  # noqa: E402

API_PRODUCE = 0
API_METADATA = 3
API_VERSIONS = 18
API_INIT_PRODUCER_ID = 22

NONE = 0
CORRUPT_MESSAGE = 2
UNSUPPORTED_VERSION = 35
INVALID_REQUEST = 42
INVALID_RECORD = 87


# -- primitives ---------------------------------------------------------------------------------


def uvarint(n: int) -> bytes:
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def varint(n: int) -> bytes:
    return uvarint((n << 1) ^ (n >> 63))


def string(s: str | None) -> bytes:
    if s is None:
        return struct.pack(">h", -1)
    b = s.encode()
    return struct.pack(">h", len(b)) + b


def compact_string(s: str | None) -> bytes:
    if s is None:
        return uvarint(0)
    b = s.encode()
    return uvarint(len(b) + 1) + b


def nullable_bytes(b: bytes | None, compact: bool) -> bytes:
    if compact:
        return uvarint(0) if b is None else uvarint(len(b) + 1) + b
    return struct.pack(">i", -1) if b is None else struct.pack(">i", len(b)) + b


def array_len(n: int, compact: bool) -> bytes:
    return uvarint(n + 1) if compact else struct.pack(">i", n)


NO_TAGS = uvarint(0)


class Reader:
    def __init__(self, data: bytes):
        self.data, self.pos = data, 0

    def take(self, n: int) -> bytes:
        if n < 0 or self.pos + n > len(self.data):
            raise ValueError(f"need {n} bytes at {self.pos}, have {len(self.data) - self.pos}")
        b = self.data[self.pos:self.pos + n]
        self.pos += n
        return b

    def unpack(self, fmt: str):
        v = struct.unpack(fmt, self.take(struct.calcsize(fmt)))
        return v[0] if len(v) == 1 else v

    def uvarint(self) -> int:
        shift = value = 0
        while True:
            b = self.take(1)[0]
            value |= (b & 0x7F) << shift
            if not b & 0x80:
                return value
            shift += 7

    def skip_tags(self) -> None:
        for _ in range(self.uvarint()):
            self.uvarint()
            self.take(self.uvarint())

    def array_len(self, compact: bool) -> int:
        return self.uvarint() - 1 if compact else self.unpack(">i")

    def string(self, compact: bool) -> str | None:
        n = self.uvarint() - 1 if compact else self.unpack(">h")
        return None if n < 0 else self.take(n).decode()


# -- frames -------------------------------------------------------------------------------------


def request(api_key: int, version: int, correlation_id: int, body: bytes, *, flexible: bool,
            client_id: str | None = "swkafka-interop") -> bytes:
    """A size-prefixed request: header v2 when `flexible`, else v1 (the client id is never compact)."""
    header = struct.pack(">hhi", api_key, version, correlation_id) + string(client_id)
    if flexible:
        header += NO_TAGS
    payload = header + body
    return struct.pack(">i", len(payload)) + payload


def api_versions_request(version: int, correlation_id: int) -> bytes:
    flexible = version >= 3
    body = (compact_string("swkafka-interop") + compact_string("1.0") + NO_TAGS) if flexible else b""
    return request(API_VERSIONS, version, correlation_id, body, flexible=flexible)


@dataclass
class ApiVersionsResponse:
    correlation_id: int
    error_code: int
    versions: dict[int, tuple[int, int]]


def parse_api_versions(frame: bytes, version: int) -> ApiVersionsResponse:
    """ApiVersions responses always carry header v0; the body is flexible from v3."""
    r = Reader(frame)
    correlation_id = r.unpack(">i")
    flexible = version >= 3
    error = r.unpack(">h")
    versions = {}
    for _ in range(r.array_len(flexible)):
        key, lo, hi = r.unpack(">hhh")
        if flexible:
            r.skip_tags()
        versions[key] = (lo, hi)
    return ApiVersionsResponse(correlation_id, error, versions)


def metadata_request_v1(correlation_id: int, topics: list[str] | None = None) -> bytes:
    """Metadata v1 (non-flexible, null topics = all)."""
    if topics is None:
        body = struct.pack(">i", -1)
    else:
        body = struct.pack(">i", len(topics)) + b"".join(string(t) for t in topics)
    return request(API_METADATA, 1, correlation_id, body, flexible=False)


def init_producer_id_v0(correlation_id: int) -> bytes:
    """InitProducerId v0 for an idempotent producer (no transactional id)."""
    return request(API_INIT_PRODUCER_ID, 0, correlation_id, string(None) + struct.pack(">i", 60000),
                   flexible=False)


def parse_init_producer_id_v0(frame: bytes) -> tuple[int, int, int, int]:
    """(correlation id, error code, producer id, producer epoch)."""
    correlation_id, _throttle, error, pid, epoch = struct.unpack(">iihqh", frame[:20])
    return correlation_id, error, pid, epoch


# -- record batches (magic 2) -------------------------------------------------------------------


def encode_record(offset_delta: int, timestamp_delta: int, key: bytes | None, value: bytes | None,
                  headers: list[tuple[str, bytes]] = ()) -> bytes:
    body = bytes([0]) + varint(timestamp_delta) + varint(offset_delta)
    body += varint(-1) if key is None else varint(len(key)) + key
    body += varint(-1) if value is None else varint(len(value)) + value
    body += varint(len(headers))
    for hk, hv in headers:
        kb = hk.encode()
        body += varint(len(kb)) + kb + varint(len(hv)) + hv
    return varint(len(body)) + body


def record_batch(records: list[tuple[bytes | None, bytes | None]], base_timestamp: int, *,
                 crc_delta: int = 0, declared_count: int | None = None,
                 producer_id: int = -1, producer_epoch: int = -1, base_sequence: int = -1) -> bytes:
    """An uncompressed batch. `crc_delta` != 0 stores a wrong CRC; `declared_count` overrides the
    record count field (the CRC is computed over the lying count, so only the count is wrong)."""
    recs = b"".join(encode_record(i, i, k, v) for i, (k, v) in enumerate(records))
    count = len(records) if declared_count is None else declared_count
    after_crc = struct.pack(">hiqqqhii", 0, len(records) - 1, base_timestamp,
                            base_timestamp + len(records) - 1, producer_id, producer_epoch,
                            base_sequence, count) + recs
    crc = (crc32c(after_crc) + crc_delta) & 0xFFFFFFFF
    after_length = struct.pack(">ibI", -1, 2, crc) + after_crc  # partition leader epoch, magic
    return struct.pack(">qi", 0, len(after_length)) + after_length


def produce_request(version: int, correlation_id: int, topic: str, partition: int, records: bytes,
                    acks: int = -1, timeout_ms: int = 10000) -> bytes:
    flexible = version >= 9
    s = compact_string if flexible else string
    tags = NO_TAGS if flexible else b""
    body = s(None) + struct.pack(">hi", acks, timeout_ms)
    body += array_len(1, flexible) + s(topic)
    body += array_len(1, flexible) + struct.pack(">i", partition) + nullable_bytes(records, flexible)
    body += tags + tags + tags
    return request(API_PRODUCE, version, correlation_id, body, flexible=flexible)


@dataclass
class PartitionProduceResult:
    topic: str
    partition: int
    error_code: int
    base_offset: int
    error_message: str | None


def parse_produce_response(frame: bytes, version: int) -> tuple[int, list[PartitionProduceResult]]:
    flexible = version >= 9
    r = Reader(frame)
    correlation_id = r.unpack(">i")
    if flexible:
        r.skip_tags()
    out = []
    for _ in range(r.array_len(flexible)):
        topic = r.string(flexible)
        for _ in range(r.array_len(flexible)):
            index, error, base_offset = r.unpack(">ihq")
            r.unpack(">q")  # log append time
            if version >= 5:
                r.unpack(">q")  # log start offset
            message = None
            if version >= 8:
                for _ in range(r.array_len(flexible)):
                    r.unpack(">i")
                    r.string(flexible)
                    if flexible:
                        r.skip_tags()
                message = r.string(flexible)
            if flexible:
                r.skip_tags()
            out.append(PartitionProduceResult(topic, index, error, base_offset, message))
        if flexible:
            r.skip_tags()
    return correlation_id, out


# -- a raw connection ---------------------------------------------------------------------------


class Closed(Exception):
    """The broker closed the connection (EOF or reset)."""


class RawConnection:
    """A plain TCP socket to the broker that reads whole response frames."""

    def __init__(self, bootstrap: str, timeout: float = 10.0):
        host, port = bootstrap.rsplit(":", 1)
        self.sock = socket.create_connection((host, int(port)), timeout=timeout)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.timeout = timeout

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def _recv_exact(self, n: int, deadline: float) -> bytes:
        buf = bytearray()
        while len(buf) < n:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"{len(buf)} of {n} bytes before the deadline")
            self.sock.settimeout(left)
            try:
                chunk = self.sock.recv(n - len(buf))
            except ConnectionResetError as e:
                raise Closed(str(e)) from e
            if not chunk:
                raise Closed(f"EOF after {len(buf)} of {n} bytes")
            buf += chunk
        return bytes(buf)

    def recv_frame(self, timeout: float | None = None) -> bytes:
        deadline = time.monotonic() + (timeout or self.timeout)
        (size,) = struct.unpack(">i", self._recv_exact(4, deadline))
        if size < 0 or size > 64 * 1024 * 1024:
            raise ValueError(f"response frame size {size}")
        return self._recv_exact(size, deadline)

    def roundtrip(self, frame: bytes, timeout: float | None = None) -> bytes:
        self.send(frame)
        return self.recv_frame(timeout)

    def wait_closed(self, timeout: float) -> bytes:
        """Reads until the broker closes; returns whatever came before the close. TimeoutError if
        the connection is still open after `timeout`."""
        deadline = time.monotonic() + timeout
        got = bytearray()
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"connection still open after {timeout}s ({len(got)} bytes read)")
            self.sock.settimeout(left)
            try:
                chunk = self.sock.recv(65536)
            except ConnectionResetError:
                return bytes(got)
            except socket.timeout:
                continue
            if not chunk:
                return bytes(got)
            got += chunk

    def close(self) -> None:
        try:
            self.sock.close()
        except OSError:
            pass

    def __enter__(self) -> "RawConnection":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
