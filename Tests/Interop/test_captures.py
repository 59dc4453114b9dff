"""Cross-checks of the captured client frames (Tests/KafkaEngineTests/Fixtures/captures).

Every committed frame must decode under Kafka's JSON specs with the independent Python codec and
re-encode to the identical bytes; the manifest must agree with the frames; Produce frames must
carry CRC-valid batches holding exactly the records the manifest lists. A live run of the capture
pipeline with kcat checks that the fake broker and the codec still work with a real client.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "capture"))

from kafka_codec import KafkaSpecs, Reader, Writer, encode_struct  # noqa: E402
from kafka_records import display_text as _text, parse_batches  # noqa: E402

REPO = HERE.parents[1]
CAPTURES = REPO / "Tests" / "KafkaEngineTests" / "Fixtures" / "captures"
MANIFEST = json.loads((CAPTURES / "manifest.json").read_text())
FRAMES = MANIFEST["frames"]


@pytest.fixture(scope="module")
def specs() -> KafkaSpecs:
    return KafkaSpecs()


def read_frame(entry: dict) -> bytes:
    return bytes.fromhex("".join((CAPTURES / entry["file"]).read_text().split()))


def test_manifest_lists_every_file_once():
    on_disk = sorted(str(p.relative_to(CAPTURES)) for p in CAPTURES.glob("*/*.hex"))
    listed = [e["file"] for e in FRAMES]
    assert sorted(listed) == on_disk
    assert len(set(listed)) == len(listed)


def test_fixture_set_is_small():
    total = sum((CAPTURES / e["file"]).stat().st_size for e in FRAMES)
    assert total < 2 * 1024 * 1024


@pytest.mark.parametrize("entry", FRAMES, ids=[e["file"] for e in FRAMES])
def test_frame_round_trips_byte_identically(specs: KafkaSpecs, entry: dict):
    frame = read_frame(entry)
    req = specs.decode_request(frame)
    assert (req.api_key, req.api_version, req.correlation_id, req.client_id) == (
        entry["apiKey"], entry["apiVersion"], entry["correlationId"], entry["clientId"])
    assert req.header_version == entry["headerVersion"]
    assert len(frame) == entry["size"]
    assert specs.encode_request(req.header, req.body) == frame


@pytest.mark.parametrize("entry", [e for e in FRAMES if e["apiKey"] == 0],
                         ids=[e["file"] for e in FRAMES if e["apiKey"] == 0])
def test_produce_records_match_manifest(specs: KafkaSpecs, entry: dict):
    req = specs.decode_request(read_frame(entry))
    records = []
    for td in req.body["TopicData"]:
        for pd in td["PartitionData"]:
            for batch in parse_batches(pd["Records"], verify_crc=True):
                assert batch.magic == 2
                for r in batch.records:
                    records.append({
                        "topic": td["Name"], "partition": pd["Index"], "compression": batch.compression,
                        "key": _text(r.key), "value": _text(r.value),
                        "headers": [{"key": k, "value": _text(v)} for k, v in r.headers],
                    })
    assert records == entry["records"]
    assert {r["compression"] for r in records} == set(entry["compression"])


def test_every_client_produced_with_every_codec():
    produced = {(e["client"], c) for e in FRAMES if e["apiKey"] == 0 for c in e["compression"]}
    for client in MANIFEST["clients"]:
        for codec in ["none", "gzip", "snappy", "lz4", "zstd"]:
            assert (client, codec) in produced, f"{client} has no {codec} Produce frame"


def test_tagged_fields_survive_unknown_tags(specs: KafkaSpecs):
    # A flexible header with a tag this codec has never heard of must still round-trip.
    frame = bytes.fromhex("001200030000002a0003616263") + bytes.fromhex("01" "07" "02" "beef")
    r = Reader(frame)
    header, version = specs.decode_request_header(r)
    assert version == 2
    assert header["_unknownTaggedFields"] == [(7, b"\xbe\xef")]
    w = Writer()
    encode_struct(w, specs.request_header.fields, header, 2, True)
    assert w.getvalue() == frame


def test_capture_pipeline_with_kcat(tmp_path: Path):
    out = tmp_path / "captures"
    proc = subprocess.run([sys.executable, str(HERE / "capture" / "capture.py"), "--clients", "kcat",
                           "--out", str(out)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["notes"] == [], manifest["notes"]
    apis = {e["apiName"] for e in manifest["frames"]}
    assert {"ApiVersions", "Metadata", "Produce", "Fetch", "JoinGroup", "SyncGroup"} <= apis
    codecs = {c for e in manifest["frames"] if e["apiKey"] == 0 for c in e["compression"]}
    assert codecs == {"none", "gzip", "snappy", "lz4", "zstd"}
