#!/usr/bin/env python3
"""Captures the request frames real Kafka clients send, as golden bytes for the codec tests.

    .venv/bin/python Tests/Interop/capture/capture.py [--clients kcat,aiokafka] [--out DIR] [-v]

For each client it starts a fresh fake broker (fake_broker.py), runs the client's scenarios one by
one (drivers.py, each in its own process), then keeps a small, deduplicated set of the frames it
received: one frame per Produce variant (version, compression, idempotence, acks) and up to two
distinct frames per other API and version. Output, under
Tests/KafkaEngineTests/Fixtures/captures/ by default:

    <client>/<seq>-<ApiName>-v<version>.hex   the frame after the 4-byte size prefix, lower-case hex,
                                              64 hex digits (32 bytes) per line
    manifest.json                             every file with client, scenario, apiKey, apiVersion,
                                              correlationId, clientId, size, and for Produce the
                                              records the client sent

Kafka's message specs are read from $KAFKA_SPEC_DIR or ../shared/kafka-spec.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from fake_broker import CapturedFrame, FakeBroker  # noqa: E402
from kafka_codec import CodecError, KafkaSpecs  # noqa: E402
from kafka_records import display_text as _text, parse_batches  # noqa: E402

REPO = HERE.parents[2]
DEFAULT_OUT = REPO / "Tests" / "KafkaEngineTests" / "Fixtures" / "captures"
HEX_LINE = 64

CODECS = ["none", "gzip", "snappy", "lz4", "zstd"]
SCENARIOS: dict[str, list[str]] = {
    "kcat": [f"produce-{c}" for c in CODECS] + ["metadata", "consume", "group"],
    "confluent-kafka": [f"produce-{c}" for c in CODECS] + ["produce-idempotent", "group"],
    "kafka-python": [f"produce-{c}" for c in CODECS] + ["group"],
    "aiokafka": [f"produce-{c}" for c in CODECS] + ["group"],
}
PER_API_VERSION = 2


def client_versions() -> dict[str, str]:
    versions = {}
    try:
        out = subprocess.run(["kcat", "-V"], capture_output=True, text=True, timeout=10).stdout
        line = next((ln for ln in out.splitlines() if ln.startswith("Version")), "")
        versions["kcat"] = line.split(" (")[0].replace("Version ", "") + (
            " (librdkafka " + line.split("librdkafka ")[1].split(" ")[0] + ")" if "librdkafka " in line else "")
    except (OSError, subprocess.SubprocessError, IndexError):
        versions["kcat"] = "unavailable"
    try:
        import confluent_kafka

        own, lib = confluent_kafka.version(), confluent_kafka.libversion()
        own = own[0] if isinstance(own, tuple) else own  # a (str, int) tuple in some releases
        versions["confluent-kafka"] = f"{own} (librdkafka {lib[0]})"
    except ImportError:
        versions["confluent-kafka"] = "unavailable"
    try:
        import kafka

        versions["kafka-python"] = kafka.__version__
    except ImportError:
        versions["kafka-python"] = "unavailable"
    try:
        import aiokafka

        versions["aiokafka"] = aiokafka.__version__
    except ImportError:
        versions["aiokafka"] = "unavailable"
    return versions


def run_client(client: str, specs: KafkaSpecs, verbose: bool) -> tuple[list[CapturedFrame], list[str]]:
    """Runs every scenario of one client against its own fake broker."""
    broker = FakeBroker(specs, verbose=verbose)
    broker.start()
    notes: list[str] = []
    frames: list[CapturedFrame] = []
    produced = 0
    try:
        for scenario in SCENARIOS[client]:
            broker.label = scenario
            cmd = [sys.executable, str(HERE / "drivers.py"), client, scenario, broker.bootstrap, str(produced)]
            started = time.time()
            try:
                proc = subprocess.run(cmd, capture_output=True, text=True, timeout=90)
            except subprocess.TimeoutExpired:
                notes.append(f"{client} {scenario}: timed out")
                continue
            result: dict = {}
            if proc.returncode == 0 and proc.stdout.strip():
                result = json.loads(proc.stdout.strip().splitlines()[-1])
            else:
                tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
                notes.append(f"{client} {scenario}: failed (exit {proc.returncode}): {tail}")
            if "refused" in result:
                notes.append(f"{client} {scenario}: refused: {result['refused']}")
            if "produced" in result:
                produced += result["produced"]
            if "consumed" in result and result["consumed"] != produced:
                notes.append(f"{client} {scenario}: consumed {result['consumed']} of {produced} records")
            # The client process is gone; let the broker finish what it had already read.
            deadline = time.time() + 5
            while broker.open_connection_count() and time.time() < deadline:
                time.sleep(0.05)
            frames += broker.take_frames()
            print(f"  {client:16} {scenario:20} {time.time() - started:5.1f}s {json.dumps(result)}", file=sys.stderr)
        notes += [f"{client}: broker: {e}" for e in broker.errors]
    finally:
        broker.stop()
    return frames, notes


def produce_summary(body: dict) -> tuple[tuple, list[dict], list[dict]]:
    """The Produce variant key (compressions, idempotent, acks), its batches and its records."""
    batches, records, codecs, idempotent = [], [], set(), False
    for td in body["TopicData"]:
        for pd in td["PartitionData"]:
            for batch in parse_batches(pd["Records"]):
                codecs.add(batch.compression)
                idempotent |= batch.producer_id >= 0
                batches.append({
                    "topic": td["Name"],
                    "partition": pd["Index"],
                    "magic": batch.magic,
                    "compression": batch.compression,
                    "producerId": batch.producer_id,
                    "producerEpoch": batch.producer_epoch,
                    "baseSequence": batch.base_sequence,
                    "recordCount": batch.record_count,
                })
                for r in batch.records:
                    records.append({
                        "topic": td["Name"],
                        "partition": pd["Index"],
                        "compression": batch.compression,
                        "key": _text(r.key),
                        "value": _text(r.value),
                        "headers": [{"key": k, "value": _text(v)} for k, v in r.headers],
                    })
    return (tuple(sorted(codecs)), idempotent, body["Acks"]), batches, records


def select(client: str, frames: list[CapturedFrame], specs: KafkaSpecs, notes: list[str]) -> list[dict]:
    """Deduplicates a client's frames down to the ones worth keeping, in arrival order."""
    kept: list[dict] = []
    seen: set[bytes] = set()
    per_key: Counter = Counter()
    for f in frames:
        frame = f.frame
        normalized = frame[:4] + b"\0\0\0\0" + frame[8:]  # ignore the correlation id
        if normalized in seen:
            continue
        seen.add(normalized)
        try:
            req = specs.decode_request(frame)
        except CodecError as e:
            notes.append(f"{client} {f.label}: frame does not decode: {e}")
            continue
        entry = {
            "client": client,
            "scenario": f.label,
            "apiKey": req.api_key,
            "apiName": specs.api_name(req.api_key),
            "apiVersion": req.api_version,
            "headerVersion": req.header_version,
            "correlationId": req.correlation_id,
            "clientId": req.client_id,
            "size": len(frame),
            "_frame": frame,
        }
        if req.api_key == 0:
            variant, batches, records = produce_summary(req.body)
            if not records:
                continue
            key = (0, req.api_version, variant)
            limit = 1
            entry["compression"] = list(variant[0])
            entry["idempotent"] = variant[1]
            entry["acks"] = variant[2]
            entry["batches"] = batches
            entry["records"] = records
        else:
            key = (req.api_key, req.api_version)
            limit = PER_API_VERSION
        if per_key[key] >= limit:
            continue
        per_key[key] += 1
        kept.append(entry)
    return kept


def write_hex(path: Path, frame: bytes) -> None:
    h = frame.hex()
    path.write_text("\n".join(h[i:i + HEX_LINE] for i in range(0, len(h), HEX_LINE)) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", default=",".join(SCENARIOS), help="comma-separated subset of clients")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("-v", "--verbose", action="store_true", help="log every request the broker sees")
    args = parser.parse_args()

    specs = KafkaSpecs()
    clients = [c for c in args.clients.split(",") if c]
    for c in clients:
        if c not in SCENARIOS:
            parser.error(f"unknown client {c} (known: {', '.join(SCENARIOS)})")

    versions = client_versions()
    notes: list[str] = []
    entries: list[dict] = []
    for client in clients:
        print(f"capturing {client} {versions.get(client, '')}", file=sys.stderr)
        frames, client_notes = run_client(client, specs, args.verbose)
        notes += client_notes
        entries += select(client, frames, specs, notes)

    args.out.mkdir(parents=True, exist_ok=True)
    manifest_path = args.out / "manifest.json"
    previous = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
    # Clients not captured this time keep their previous files and manifest entries.
    kept_entries = [e for e in previous.get("frames", []) if e["client"] not in clients]
    for client in clients:
        shutil.rmtree(args.out / client, ignore_errors=True)

    seq: Counter = Counter()
    for e in entries:
        seq[e["client"]] += 1
        name = f"{seq[e['client']]:03d}-{e['apiName']}-v{e['apiVersion']}.hex"
        (args.out / e["client"]).mkdir(parents=True, exist_ok=True)
        write_hex(args.out / e["client"] / name, e.pop("_frame"))
        kept_entries.append({"file": f"{e['client']}/{name}", **e})

    kept_entries.sort(key=lambda e: e["file"])
    client_info = {**previous.get("clients", {}), **{c: versions.get(c, "") for c in clients}}
    manifest = {
        "description": "Request frames captured from real Kafka clients by "
                       "Tests/Interop/capture/capture.py against a fake broker. Each .hex file is one "
                       "request frame without its 4-byte size prefix, as lower-case hex, "
                       f"{HEX_LINE} hex digits per line.",
        "clients": client_info,
        "notes": sorted(set(n for n in previous.get("notes", []) if n.split(" ")[0].rstrip(":") not in clients)
                        | set(notes)),
        "frames": kept_entries,
    }
    manifest_path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")

    counts = Counter((e["client"], e["apiName"], e["apiVersion"]) for e in kept_entries)
    print(f"\n{len(kept_entries)} frames in {args.out}", file=sys.stderr)
    for (client, api, version), n in sorted(counts.items()):
        print(f"  {client:16} {api:22} v{version:<3} {n}", file=sys.stderr)
    for n in notes:
        print(f"note: {n}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
