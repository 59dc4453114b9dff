"""Kafka record batches (magic 2) and legacy message sets (magic 0/1), for reading what clients send.

Decoding only checks and unpacks: batch header fields, CRC32C (magic 2) or CRC32 (magic 0/1),
decompression (gzip, snappy raw or xerial-framed, lz4 frame, zstd), and each record's key, value
and headers. `restamp_base_offset` rewrites a batch's base offset the way a broker assigns
offsets on append (the field is outside the CRC).
"""

from __future__ import annotations

import gzip
import struct
import zlib
from dataclasses import dataclass, field

from kafka_codec import CodecError, Reader

COMPRESSION_NAMES = {0: "none", 1: "gzip", 2: "snappy", 3: "lz4", 4: "zstd"}

_CRC32C_TABLE = []
for _i in range(256):
    _c = _i
    for _ in range(8):
        _c = (_c >> 1) ^ 0x82F63B78 if _c & 1 else _c >> 1
    _CRC32C_TABLE.append(_c)


def crc32c(data: bytes) -> int:
    crc = 0xFFFFFFFF
    table = _CRC32C_TABLE
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


@dataclass
class Record:
    offset_delta: int
    timestamp_delta: int
    key: bytes | None
    value: bytes | None
    headers: list[tuple[str, bytes | None]]
    attributes: int = 0


@dataclass
class RecordBatch:
    base_offset: int
    magic: int
    attributes: int
    last_offset_delta: int
    base_timestamp: int
    max_timestamp: int
    producer_id: int
    producer_epoch: int
    base_sequence: int
    partition_leader_epoch: int
    records: list[Record] = field(default_factory=list)
    size: int = 0

    @property
    def compression(self) -> str:
        return COMPRESSION_NAMES.get(self.attributes & 0x07, f"unknown({self.attributes & 0x07})")

    @property
    def is_transactional(self) -> bool:
        return bool(self.attributes & 0x10)

    @property
    def is_control(self) -> bool:
        return bool(self.attributes & 0x20)

    @property
    def record_count(self) -> int:
        return len(self.records)


def _xerial_or_raw_snappy(data: bytes) -> bytes:
    import cramjam

    if data[:8] == b"\x82SNAPPY\x00":
        out = bytearray()
        pos = 16  # magic (8), version (4), compatible version (4)
        while pos < len(data):
            (n,) = struct.unpack(">i", data[pos:pos + 4])
            pos += 4
            out += bytes(cramjam.snappy.decompress_raw(data[pos:pos + n]))
            pos += n
        return bytes(out)
    return bytes(cramjam.snappy.decompress_raw(data))


def decompress(codec: int, data: bytes) -> bytes:
    if codec == 0:
        return data
    if codec == 1:
        return gzip.decompress(data)
    if codec == 2:
        return _xerial_or_raw_snappy(data)
    import cramjam

    if codec == 3:
        return bytes(cramjam.lz4.decompress(data))
    if codec == 4:
        return bytes(cramjam.zstd.decompress(data))
    raise CodecError(f"unknown compression codec {codec}")


def _read_varbytes(r: Reader) -> bytes | None:
    n = r.varint()
    return None if n < 0 else r.take(n)


def _parse_records_v2(data: bytes, count: int) -> list[Record]:
    r = Reader(data)
    records = []
    for _ in range(count):
        length = r.varint()
        body = Reader(r.take(length))
        attributes = body.unpack(">b")
        ts_delta = body.varint()
        off_delta = body.varint()
        key = _read_varbytes(body)
        value = _read_varbytes(body)
        headers = []
        for _ in range(body.varint()):
            hkey = _read_varbytes(body)
            if hkey is None:
                raise CodecError("null header key")
            headers.append((hkey.decode("utf-8"), _read_varbytes(body)))
        if body.remaining:
            raise CodecError(f"record has {body.remaining} trailing bytes")
        records.append(Record(off_delta, ts_delta, key, value, headers, attributes))
    if r.remaining:
        raise CodecError(f"{r.remaining} bytes after the last record")
    return records


def _parse_legacy(r: Reader, base: int, out: list[RecordBatch]) -> None:
    """A magic 0/1 message; compressed wrappers hold an inner message set."""
    start = r.pos
    offset = r.unpack(">q")
    size = r.unpack(">i")
    body = Reader(r.take(size))
    crc = body.unpack(">I")
    payload = body.data[body.pos:]
    if zlib.crc32(payload) & 0xFFFFFFFF != crc:
        raise CodecError("legacy message CRC mismatch")
    magic = body.unpack(">b")
    attributes = body.unpack(">b")
    timestamp = body.unpack(">q") if magic == 1 else -1
    klen = body.unpack(">i")
    key = None if klen < 0 else body.take(klen)
    vlen = body.unpack(">i")
    value = None if vlen < 0 else body.take(vlen)
    codec = attributes & 0x07
    if codec and value is not None:
        inner = Reader(decompress(codec, value))
        nested: list[RecordBatch] = []
        while inner.remaining:
            _parse_legacy(inner, base, nested)
        batch = RecordBatch(offset, magic, attributes, 0, timestamp, timestamp, -1, -1, -1, -1,
                            [rec for b in nested for rec in b.records], r.pos - start)
        out.append(batch)
        return
    out.append(RecordBatch(offset, magic, attributes, 0, timestamp, timestamp, -1, -1, -1, -1,
                           [Record(0, 0, key, value, [], attributes)], r.pos - start))


def parse_batches(data: bytes | None, verify_crc: bool = True) -> list[RecordBatch]:
    """Every batch in a `records` field, in order."""
    if not data:
        return []
    r = Reader(data)
    batches: list[RecordBatch] = []
    while r.remaining:
        if r.remaining < 17:
            raise CodecError(f"{r.remaining} trailing bytes are not a batch")
        magic = r.data[r.pos + 16]
        if magic < 2:
            _parse_legacy(r, 0, batches)
            continue
        start = r.pos
        base_offset = r.unpack(">q")
        length = r.unpack(">i")
        body = Reader(r.take(length))
        leader_epoch = body.unpack(">i")
        magic = body.unpack(">b")
        crc = body.unpack(">I")
        if verify_crc and crc32c(body.data[body.pos:]) != crc:
            raise CodecError(f"batch at offset {base_offset}: CRC32C mismatch")
        attributes = body.unpack(">h")
        last_offset_delta = body.unpack(">i")
        base_ts = body.unpack(">q")
        max_ts = body.unpack(">q")
        pid = body.unpack(">q")
        epoch = body.unpack(">h")
        seq = body.unpack(">i")
        count = body.unpack(">i")
        payload = decompress(attributes & 0x07, body.take(body.remaining))
        batch = RecordBatch(base_offset, magic, attributes, last_offset_delta, base_ts, max_ts,
                            pid, epoch, seq, leader_epoch, _parse_records_v2(payload, count),
                            r.pos - start)
        batches.append(batch)
    return batches


def split_batches(data: bytes | None) -> list[bytes]:
    """The raw bytes of each batch (magic 2) or top-level message (magic 0/1)."""
    out = []
    pos = 0
    data = data or b""
    while pos + 12 <= len(data):
        (length,) = struct.unpack(">i", data[pos + 8:pos + 12])
        end = pos + 12 + length
        if length < 0 or end > len(data):
            raise CodecError("batch runs past the end of the records")
        out.append(data[pos:end])
        pos = end
    if pos != len(data):
        raise CodecError(f"{len(data) - pos} trailing bytes after the last batch")
    return out


def batch_record_count(raw: bytes) -> int:
    """How many offsets a batch occupies (lastOffsetDelta + 1; 1 for a legacy message)."""
    if raw[16] >= 2:
        return struct.unpack(">i", raw[23:27])[0] + 1
    return 1


def display_text(b: bytes | None) -> str | dict | None:
    """A key, value or header value as the manifest shows it: UTF-8 text, or {"hex": ...}."""
    if b is None:
        return None
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return {"hex": b.hex()}


def restamp_base_offset(raw: bytes, base_offset: int) -> bytes:
    return struct.pack(">q", base_offset) + raw[8:]
