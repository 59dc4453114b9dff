"""A small Kafka message codec driven by Kafka's JSON message specs.

It is deliberately independent of the Swift code generator: it reads the same
`kafka-spec/message/*.json` files at run time and interprets them, so the bytes it produces and
accepts are a second opinion on what the generated Swift code must do.

Covered: every request, response and header spec; classic and flexible versions (compact strings,
bytes, arrays and records, tagged fields per struct), nullable strings/bytes/arrays/structs,
common structs, custom defaults. Values are plain Python: dicts keyed by the spec's field names
(PascalCase), lists, int, bool, float, str, bytes, and UUIDs as `uuid.UUID`.

Round trips are byte-exact: a decoded struct keeps only the tagged fields that were on the wire
(and any unknown ones under `_unknownTaggedFields`), and the encoder writes a tagged field only
when its key is present, in ascending tag order.
"""

from __future__ import annotations

import json
import os
import struct
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

UNKNOWN_TAGGED = "_unknownTaggedFields"


class CodecError(Exception):
    """Raised on bytes that do not decode, or values that do not encode, under a spec."""


# ---------------------------------------------------------------------------------------------
# Spec loading


def _strip_comments(text: str) -> str:
    """Removes `//` comments outside string literals (Kafka's spec files are JSON plus comments)."""
    out = []
    i, n = 0, len(text)
    in_string = False
    while i < n:
        c = text[i]
        if in_string:
            out.append(c)
            if c == "\\" and i + 1 < n:
                out.append(text[i + 1])
                i += 2
                continue
            if c == '"':
                in_string = False
            i += 1
        elif c == '"':
            in_string = True
            out.append(c)
            i += 1
        elif c == "/" and i + 1 < n and text[i + 1] == "/":
            while i < n and text[i] != "\n":
                i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


@dataclass(frozen=True)
class Versions:
    """An inclusive version range; `"none"` is empty, `"3+"` is open-ended."""

    low: int
    high: int  # inclusive; 0x7fff for open-ended

    @staticmethod
    def parse(text: str | None) -> "Versions":
        if text is None or text == "" or text == "none":
            return Versions(1, 0)
        if text.endswith("+"):
            return Versions(int(text[:-1]), 0x7FFF)
        if "-" in text:
            low, high = text.split("-", 1)
            return Versions(int(low), int(high))
        return Versions(int(text), int(text))

    def __contains__(self, version: int) -> bool:
        return self.low <= version <= self.high

    @property
    def empty(self) -> bool:
        return self.low > self.high


PRIMITIVES = {
    "bool", "int8", "int16", "uint16", "int32", "uint32", "int64", "float64",
    "string", "bytes", "uuid", "records",
}


@dataclass
class Field:
    name: str
    type: str  # "int32", "string", "[]int32", "[]Foo", "Foo"
    versions: Versions
    nullable: Versions
    tagged: Versions
    tag: int | None
    default: str | None
    flexible_override: Versions | None
    fields: list["Field"] | None  # struct members for "Foo" / "[]Foo"

    @property
    def is_array(self) -> bool:
        return self.type.startswith("[]")

    @property
    def element(self) -> str:
        return self.type[2:] if self.is_array else self.type

    @property
    def is_struct(self) -> bool:
        return self.element not in PRIMITIVES


@dataclass
class MessageSpec:
    name: str
    kind: str  # "request", "response", "header", "data"
    api_key: int | None
    valid: Versions
    flexible: Versions
    fields: list[Field]

    def is_flexible(self, version: int) -> bool:
        return version in self.flexible


def _parse_fields(raw: list[dict], common: dict[str, list[dict]]) -> list[Field]:
    result = []
    for f in raw:
        ftype = f["type"]
        element = ftype[2:] if ftype.startswith("[]") else ftype
        members = None
        if element not in PRIMITIVES:
            if "fields" in f:
                members = _parse_fields(f["fields"], common)
            elif element in common:
                members = _parse_fields(common[element], common)
            else:
                raise CodecError(f"struct type {element} of field {f['name']} has no definition")
        tag = f.get("tag")
        result.append(
            Field(
                name=f["name"],
                type=ftype,
                versions=Versions.parse(f.get("versions")),
                nullable=Versions.parse(f.get("nullableVersions")),
                tagged=Versions.parse(f.get("taggedVersions")) if tag is not None else Versions(1, 0),
                tag=tag,
                default=None if "default" not in f else str(f["default"]).lower()
                if isinstance(f["default"], bool) else str(f["default"]),
                flexible_override=Versions.parse(f["flexibleVersions"]) if "flexibleVersions" in f else None,
                fields=members,
            )
        )
    return result


def _parse_spec(raw: dict) -> MessageSpec:
    common = {s["name"]: s["fields"] for s in raw.get("commonStructs", [])}
    return MessageSpec(
        name=raw["name"],
        kind=raw["type"],
        api_key=raw.get("apiKey"),
        valid=Versions.parse(raw.get("validVersions")),
        flexible=Versions.parse(raw.get("flexibleVersions")),
        fields=_parse_fields(raw.get("fields", []), common),
    )


def default_spec_dir() -> Path:
    """`$KAFKA_SPEC_DIR`, else `../shared/kafka-spec` beside the repository."""
    env = os.environ.get("KAFKA_SPEC_DIR")
    if env:
        return Path(env)
    repo = Path(__file__).resolve().parents[3]
    return repo.parent / "shared" / "kafka-spec"


# ---------------------------------------------------------------------------------------------
# Byte reader / writer


class Reader:
    def __init__(self, data: bytes, pos: int = 0, end: int | None = None):
        self.data = data
        self.pos = pos
        self.end = len(data) if end is None else end

    @property
    def remaining(self) -> int:
        return self.end - self.pos

    def take(self, n: int) -> bytes:
        if n < 0 or n > self.remaining:
            raise CodecError(f"need {n} bytes at offset {self.pos}, {self.remaining} left")
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return bytes(chunk)

    def unpack(self, fmt: str) -> Any:
        size = struct.calcsize(fmt)
        return struct.unpack(fmt, self.take(size))[0]

    def uvarint(self) -> int:
        value, shift = 0, 0
        while True:
            if self.remaining < 1:
                raise CodecError("truncated varint")
            b = self.data[self.pos]
            self.pos += 1
            value |= (b & 0x7F) << shift
            if b & 0x80 == 0:
                return value
            shift += 7
            if shift > 63:
                raise CodecError("varint too long")

    def varint(self) -> int:
        v = self.uvarint()
        return (v >> 1) ^ -(v & 1)


class Writer:
    def __init__(self):
        self.parts: list[bytes] = []

    def raw(self, b: bytes) -> None:
        self.parts.append(bytes(b))

    def pack(self, fmt: str, value: Any) -> None:
        self.parts.append(struct.pack(fmt, value))

    def uvarint(self, value: int) -> None:
        if value < 0:
            raise CodecError(f"negative unsigned varint {value}")
        out = bytearray()
        while True:
            b = value & 0x7F
            value >>= 7
            if value:
                out.append(b | 0x80)
            else:
                out.append(b)
                break
        self.parts.append(bytes(out))

    def varint(self, value: int) -> None:
        self.uvarint((value << 1) ^ (value >> 63))

    def getvalue(self) -> bytes:
        return b"".join(self.parts)


def uvarint_bytes(value: int) -> bytes:
    w = Writer()
    w.uvarint(value)
    return w.getvalue()


def varint_bytes(value: int) -> bytes:
    w = Writer()
    w.varint(value)
    return w.getvalue()


_FIXED = {
    "int8": ">b", "int16": ">h", "uint16": ">H", "int32": ">i", "uint32": ">I",
    "int64": ">q", "float64": ">d",
}


# ---------------------------------------------------------------------------------------------
# Defaults


def _parse_int(text: str) -> int:
    t = text.strip()
    neg = t.startswith("-")
    if neg:
        t = t[1:]
    if t.lower().startswith("0x"):
        v = int(t, 16)
    elif len(t) > 1 and t.startswith("0"):
        v = int(t, 8)
    else:
        v = int(t)
    return -v if neg else v


def default_value(f: Field, version: int) -> Any:
    if f.is_array:
        return None if f.default == "null" else []
    t = f.type
    if t in ("int8", "int16", "uint16", "int32", "uint32", "int64"):
        return _parse_int(f.default) if f.default else 0
    if t == "float64":
        return float(f.default) if f.default else 0.0
    if t == "bool":
        return (f.default or "false").lower() == "true"
    if t == "string":
        if f.default == "null":
            return None
        return f.default or ""
    if t == "bytes":
        return None if f.default == "null" else b""
    if t == "records":
        return None
    if t == "uuid":
        return uuid.UUID(int=0)
    # struct
    if f.default == "null":
        return None
    return default_struct(f.fields or [], version)


def default_struct(fields: list[Field], version: int) -> dict:
    """A struct with every non-tagged field of `version` at its default."""
    return {
        f.name: default_value(f, version)
        for f in fields
        if version in f.versions and version not in f.tagged
    }


# ---------------------------------------------------------------------------------------------
# Decoding


def _compact(f: Field, version: int, flexible: bool) -> bool:
    if f.flexible_override is not None:
        return version in f.flexible_override
    return flexible


def _read_string(r: Reader, compact: bool, nullable: bool, name: str) -> str | None:
    n = r.uvarint() - 1 if compact else r.unpack(">h")
    if n < 0:
        if not nullable:
            raise CodecError(f"null in non-nullable string {name}")
        return None
    raw = r.take(n)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise CodecError(f"string {name} is not UTF-8") from e


def _read_bytes(r: Reader, compact: bool, nullable: bool, name: str) -> bytes | None:
    n = r.uvarint() - 1 if compact else r.unpack(">i")
    if n < 0:
        if not nullable:
            raise CodecError(f"null in non-nullable bytes {name}")
        return None
    return r.take(n)


def _read_scalar(r: Reader, t: str, compact: bool, nullable: bool, name: str) -> Any:
    if t in _FIXED:
        return r.unpack(_FIXED[t])
    if t == "bool":
        b = r.unpack(">B")
        if b > 1:
            raise CodecError(f"bool {name} is {b}")
        return b == 1
    if t == "uuid":
        return uuid.UUID(bytes=r.take(16))
    if t == "string":
        return _read_string(r, compact, nullable, name)
    if t in ("bytes", "records"):
        return _read_bytes(r, compact, nullable, name)
    raise CodecError(f"unknown type {t}")


def _read_field(r: Reader, f: Field, version: int, flexible: bool) -> Any:
    nullable = version in f.nullable
    compact = _compact(f, version, flexible)
    if f.is_array:
        n = r.uvarint() - 1 if compact else r.unpack(">i")
        if n < 0:
            if not nullable:
                raise CodecError(f"null in non-nullable array {f.name}")
            return None
        if n > r.remaining:  # every element takes at least one byte
            raise CodecError(f"array {f.name} claims {n} elements, {r.remaining} bytes left")
        if f.is_struct:
            return [decode_struct(r, f.fields or [], version, flexible) for _ in range(n)]
        return [_read_scalar(r, f.element, compact, False, f.name) for _ in range(n)]
    if f.is_struct:
        if nullable:
            marker = r.unpack(">b")
            if marker < 0:
                return None
        return decode_struct(r, f.fields or [], version, flexible)
    return _read_scalar(r, f.type, compact, nullable, f.name)


def decode_struct(r: Reader, fields: list[Field], version: int, flexible: bool) -> dict:
    out: dict[str, Any] = {}
    for f in fields:
        if version not in f.versions or version in f.tagged:
            continue
        out[f.name] = _read_field(r, f, version, flexible)
    if flexible:
        count = r.uvarint()
        by_tag = {f.tag: f for f in fields if version in f.versions and version in f.tagged}
        last = -1
        for _ in range(count):
            tag = r.uvarint()
            if tag <= last:
                raise CodecError(f"tagged fields out of order: {tag} after {last}")
            last = tag
            size = r.uvarint()
            raw = r.take(size)
            tf = by_tag.get(tag)
            if tf is None:
                out.setdefault(UNKNOWN_TAGGED, []).append((tag, raw))
                continue
            sub = Reader(raw)
            out[tf.name] = _read_field(sub, tf, version, flexible)
            if sub.remaining:
                raise CodecError(f"tagged field {tf.name} has {sub.remaining} trailing bytes")
    return out


# ---------------------------------------------------------------------------------------------
# Encoding


def _write_scalar(w: Writer, t: str, value: Any, compact: bool, nullable: bool, name: str) -> None:
    if t in _FIXED:
        try:
            w.pack(_FIXED[t], value)
        except struct.error as e:
            raise CodecError(f"{name}: {value!r} does not fit {t}") from e
        return
    if t == "bool":
        w.pack(">B", 1 if value else 0)
        return
    if t == "uuid":
        if isinstance(value, str):
            value = uuid.UUID(value)
        w.raw(value.bytes)
        return
    if t in ("string", "bytes", "records"):
        if value is None:
            if not nullable:
                raise CodecError(f"null in non-nullable {t} {name}")
            if compact:
                w.uvarint(0)
            else:
                w.pack(">h" if t == "string" else ">i", -1)
            return
        data = value.encode("utf-8") if t == "string" else bytes(value)
        if compact:
            w.uvarint(len(data) + 1)
        else:
            w.pack(">h" if t == "string" else ">i", len(data))
        w.raw(data)
        return
    raise CodecError(f"unknown type {t}")


def _write_field(w: Writer, f: Field, value: Any, version: int, flexible: bool) -> None:
    nullable = version in f.nullable
    compact = _compact(f, version, flexible)
    if f.is_array:
        if value is None:
            if not nullable:
                raise CodecError(f"null in non-nullable array {f.name}")
            if compact:
                w.uvarint(0)
            else:
                w.pack(">i", -1)
            return
        if compact:
            w.uvarint(len(value) + 1)
        else:
            w.pack(">i", len(value))
        for item in value:
            if f.is_struct:
                encode_struct(w, f.fields or [], item, version, flexible)
            else:
                _write_scalar(w, f.element, item, compact, False, f.name)
        return
    if f.is_struct:
        if nullable:
            if value is None:
                w.pack(">b", -1)
                return
            w.pack(">b", 1)
        elif value is None:
            raise CodecError(f"null in non-nullable struct {f.name}")
        encode_struct(w, f.fields or [], value, version, flexible)
        return
    _write_scalar(w, f.type, value, compact, nullable, f.name)


def encode_struct(w: Writer, fields: list[Field], value: dict, version: int, flexible: bool) -> None:
    for f in fields:
        if version not in f.versions or version in f.tagged:
            continue
        v = value[f.name] if f.name in value else default_value(f, version)
        _write_field(w, f, v, version, flexible)
    if flexible:
        tagged: list[tuple[int, bytes]] = []
        for f in fields:
            if version in f.versions and version in f.tagged and f.name in value:
                sub = Writer()
                _write_field(sub, f, value[f.name], version, flexible)
                tagged.append((f.tag, sub.getvalue()))
        tagged.extend((t, bytes(b)) for t, b in value.get(UNKNOWN_TAGGED, []))
        tagged.sort(key=lambda item: item[0])
        w.uvarint(len(tagged))
        for tag, raw in tagged:
            w.uvarint(tag)
            w.uvarint(len(raw))
            w.raw(raw)


# ---------------------------------------------------------------------------------------------
# Messages and frames


@dataclass
class RequestFrame:
    """A decoded request frame (the bytes after the 4-byte size prefix)."""

    api_key: int
    api_version: int
    correlation_id: int
    client_id: str | None
    header: dict
    body: dict
    header_version: int
    spec: MessageSpec | None = field(default=None, repr=False)


class KafkaSpecs:
    """All message specs of one `kafka-spec` directory, indexed by API key."""

    def __init__(self, spec_dir: str | Path | None = None):
        self.dir = Path(spec_dir) if spec_dir else default_spec_dir()
        message_dir = self.dir / "message"
        if not message_dir.is_dir():
            raise CodecError(f"no Kafka message specs at {message_dir} (set KAFKA_SPEC_DIR)")
        self.by_name: dict[str, MessageSpec] = {}
        self.requests: dict[int, MessageSpec] = {}
        self.responses: dict[int, MessageSpec] = {}
        for path in sorted(message_dir.glob("*.json")):
            spec = _parse_spec(json.loads(_strip_comments(path.read_text(encoding="utf-8"))))
            self.by_name[spec.name] = spec
            if spec.kind == "request":
                self.requests[spec.api_key] = spec
            elif spec.kind == "response":
                self.responses[spec.api_key] = spec
        self.request_header = self.by_name["RequestHeader"]
        self.response_header = self.by_name["ResponseHeader"]

    def api_name(self, api_key: int) -> str:
        spec = self.requests.get(api_key)
        return spec.name[: -len("Request")] if spec else f"Api{api_key}"

    # Header versions (Kafka's `ApiMessageType.requestHeaderVersion/responseHeaderVersion`).

    def request_header_version(self, api_key: int, api_version: int) -> int:
        spec = self.requests.get(api_key)
        if spec is not None and spec.is_flexible(api_version):
            return 2
        if api_key == 7 and api_version == 0:  # ControlledShutdown v0 predates ClientId
            return 0
        return 1

    def response_header_version(self, api_key: int, api_version: int) -> int:
        spec = self.responses.get(api_key)
        if api_key == 18:  # ApiVersions: always v0, so any client can read the version list
            return 0
        return 1 if spec is not None and spec.is_flexible(api_version) else 0

    # Requests

    def decode_request_header(self, r: Reader) -> tuple[dict, int]:
        if r.remaining < 4:
            raise CodecError("frame shorter than a request header")
        api_key, api_version = struct.unpack(">hh", r.data[r.pos:r.pos + 4])
        hv = self.request_header_version(api_key, api_version)
        header = decode_struct(r, self.request_header.fields, hv, hv >= 2)
        return header, hv

    def decode_request(self, frame: bytes) -> RequestFrame:
        r = Reader(frame)
        header, hv = self.decode_request_header(r)
        api_key, api_version = header["RequestApiKey"], header["RequestApiVersion"]
        spec = self.requests.get(api_key)
        if spec is None:
            raise CodecError(f"unknown API key {api_key}")
        if api_version not in spec.valid:
            raise CodecError(f"{spec.name} v{api_version} is outside {spec.valid}")
        body = decode_struct(r, spec.fields, api_version, spec.is_flexible(api_version))
        if r.remaining:
            raise CodecError(f"{spec.name} v{api_version}: {r.remaining} trailing bytes")
        return RequestFrame(
            api_key=api_key,
            api_version=api_version,
            correlation_id=header["CorrelationId"],
            client_id=header.get("ClientId"),
            header=header,
            body=body,
            header_version=hv,
            spec=spec,
        )

    def encode_request(self, header: dict, body: dict) -> bytes:
        api_key, api_version = header["RequestApiKey"], header["RequestApiVersion"]
        spec = self.requests[api_key]
        hv = self.request_header_version(api_key, api_version)
        w = Writer()
        encode_struct(w, self.request_header.fields, header, hv, hv >= 2)
        encode_struct(w, spec.fields, body, api_version, spec.is_flexible(api_version))
        return w.getvalue()

    # Responses

    def encode_response(self, api_key: int, api_version: int, correlation_id: int, body: dict) -> bytes:
        spec = self.responses[api_key]
        hv = self.response_header_version(api_key, api_version)
        w = Writer()
        encode_struct(w, self.response_header.fields, {"CorrelationId": correlation_id}, hv, hv >= 1)
        encode_struct(w, spec.fields, body, api_version, spec.is_flexible(api_version))
        return w.getvalue()

    def decode_response(self, api_key: int, api_version: int, frame: bytes) -> tuple[int, dict]:
        spec = self.responses[api_key]
        hv = self.response_header_version(api_key, api_version)
        r = Reader(frame)
        header = decode_struct(r, self.response_header.fields, hv, hv >= 1)
        body = decode_struct(r, spec.fields, api_version, spec.is_flexible(api_version))
        if r.remaining:
            raise CodecError(f"{spec.name} v{api_version}: {r.remaining} trailing bytes")
        return header["CorrelationId"], body

    def default_response(self, api_key: int, api_version: int) -> dict:
        """The empty-but-valid response: every field at its default (error codes 0, arrays empty)."""
        return default_struct(self.responses[api_key].fields, api_version)
