"""Real Kafka clients doing one small job each against a broker, for the capture script.

    python drivers.py CLIENT SCENARIO BOOTSTRAP

prints one JSON object: what the client produced or consumed (so the capture script can check the
round trip) or `{"refused": "..."}` when the client cannot do what the scenario asks. Each scenario
runs in its own process so that its connections are gone when it exits.

Producers send `RECORDS` (keys, values, headers, a null key, a null value) to partition 0 of the
scenario's topic in one batch; consumers read a topic back from the beginning.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time

CODECS = ["none", "gzip", "snappy", "lz4", "zstd"]

# The record set every producer sends: (key, value, headers). Keys and values are text so the
# manifest can show them; the long value gives the codecs something to compress.
RECORDS: list[tuple[str | None, str | None, list[tuple[str, str]]]] = [
    ("key-1", "value-1", [("trace", "t-1"), ("source", "capture")]),
    (None, "value with a null key", [("trace", "t-2")]),
    ("key-3", None, []),
    ("key-4", "ünïcødé ✓ " + "lorem ipsum dolor sit amet " * 8, [("empty", "")]),
    ("key-5", "", []),
]

# kcat produces from lines: one header set for all messages, and `-Z` turns an empty key or
# value into null, so an empty (non-null) value cannot be expressed.
KCAT_LINES = ["key-1:value-1", ":value with a null key", "key-3:", "key-4:" + RECORDS[3][1]]
KCAT_HEADERS = [("trace", "kcat"), ("source", "capture")]

DEADLINE_S = 30
# Consumers stay in their group this long after reading everything, so heartbeats are sent too.
HOLD_S = 1.5


def topic_for(client: str) -> str:
    return f"capture-{client}"


def _enc(s: str | None) -> bytes | None:
    return None if s is None else s.encode("utf-8")


# ---------------------------------------------------------------------------------------------
# kcat (librdkafka, the version kcat was built with)


def kcat(scenario: str, bootstrap: str) -> dict:
    topic = topic_for("kcat")
    base = ["kcat", "-b", bootstrap, "-X", "socket.timeout.ms=10000"]
    if scenario == "metadata":
        out = subprocess.run(base + ["-L"], capture_output=True, text=True, timeout=DEADLINE_S, check=True)
        return {"metadata": out.stdout.splitlines()[:3]}
    if scenario.startswith("produce-"):
        codec = scenario.split("-", 1)[1]
        cmd = base + ["-P", "-t", topic, "-p", "0", "-K:", "-Z", "-z", codec, "-X", "linger.ms=100"]
        for k, v in KCAT_HEADERS:
            cmd += ["-H", f"{k}={v}"]
        subprocess.run(cmd, input="\n".join(KCAT_LINES) + "\n", text=True, timeout=DEADLINE_S, check=True)
        return {"produced": len(KCAT_LINES), "compression": codec}
    fmt = "%k\t%s\t%p\t%o\n"
    if scenario == "consume":
        cmd = base + ["-C", "-t", topic, "-o", "beginning", "-e", "-Z", "-f", fmt]
    elif scenario == "group":
        cmd = base + ["-G", "capture-kcat-group", "-o", "beginning", "-e", "-Z", "-f", fmt,
                      "-X", "auto.commit.interval.ms=100", "-X", "heartbeat.interval.ms=500", topic]
    else:
        raise SystemExit(f"unknown kcat scenario {scenario}")
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=DEADLINE_S, check=True)
    return {"consumed": len(out.stdout.splitlines())}


# ---------------------------------------------------------------------------------------------
# confluent-kafka (librdkafka bundled with the wheel)


def confluent(scenario: str, bootstrap: str) -> dict:
    from confluent_kafka import Consumer, Producer

    topic = topic_for("confluent-kafka")
    if scenario.startswith("produce-"):
        variant = scenario.split("-", 1)[1]
        conf = {"bootstrap.servers": bootstrap, "linger.ms": 100}
        if variant == "idempotent":
            conf.update({"enable.idempotence": True, "compression.type": "none"})
        else:
            conf.update({"compression.type": variant, "enable.idempotence": False})
        p = Producer(conf)
        errors = []

        def on_delivery(err, msg):
            if err is not None:
                errors.append(str(err))

        for key, value, headers in RECORDS:
            p.produce(topic, key=_enc(key), value=_enc(value), partition=0,
                      headers=[(k, _enc(v)) for k, v in headers], on_delivery=on_delivery)
        remaining = p.flush(DEADLINE_S)
        if remaining or errors:
            raise RuntimeError(f"undelivered: {remaining}, errors: {errors}")
        return {"produced": len(RECORDS), "compression": variant}
    if scenario == "group":
        c = Consumer({"bootstrap.servers": bootstrap, "group.id": "capture-confluent-group",
                      "auto.offset.reset": "earliest", "enable.auto.commit": False,
                      "heartbeat.interval.ms": 500})
        c.subscribe([topic])
        got = []
        deadline = time.time() + DEADLINE_S
        expected = _expected_count("confluent-kafka")
        while len(got) < expected and time.time() < deadline:
            msg = c.poll(0.5)
            if msg is None or msg.error():
                continue
            got.append(msg)
        c.commit(asynchronous=False)
        c.close()
        return {"consumed": len(got)}
    raise SystemExit(f"unknown confluent-kafka scenario {scenario}")


# ---------------------------------------------------------------------------------------------
# kafka-python


def kafka_python(scenario: str, bootstrap: str) -> dict:
    from kafka import KafkaConsumer, KafkaProducer

    topic = topic_for("kafka-python")
    if scenario.startswith("produce-"):
        codec = scenario.split("-", 1)[1]
        p = KafkaProducer(bootstrap_servers=bootstrap, linger_ms=100,
                          compression_type=None if codec == "none" else codec)
        futures = [
            p.send(topic, key=_enc(key), value=_enc(value), partition=0,
                   headers=[(k, _enc(v)) for k, v in headers])
            for key, value, headers in RECORDS
        ]
        p.flush(DEADLINE_S)
        for f in futures:
            f.get(timeout=DEADLINE_S)
        p.close(timeout=5)
        return {"produced": len(RECORDS), "compression": codec}
    if scenario == "group":
        c = KafkaConsumer(topic, bootstrap_servers=bootstrap, group_id="capture-kafka-python-group",
                          auto_offset_reset="earliest", enable_auto_commit=False,
                          heartbeat_interval_ms=500)
        got = 0
        deadline = time.time() + DEADLINE_S
        expected = _expected_count("kafka-python")
        while got < expected and time.time() < deadline:
            for records in c.poll(timeout_ms=500).values():
                got += len(records)
        hold = time.time() + HOLD_S
        while time.time() < hold:
            for records in c.poll(timeout_ms=250).values():
                got += len(records)
        c.commit()
        c.close()
        return {"consumed": got}
    raise SystemExit(f"unknown kafka-python scenario {scenario}")


# ---------------------------------------------------------------------------------------------
# aiokafka


async def _aiokafka(scenario: str, bootstrap: str) -> dict:
    from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

    topic = topic_for("aiokafka")
    if scenario.startswith("produce-"):
        codec = scenario.split("-", 1)[1]
        p = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=100,
                             compression_type=None if codec == "none" else codec)
        await p.start()
        try:
            futures = [
                await p.send(topic, key=_enc(key), value=_enc(value), partition=0,
                             headers=[(k, _enc(v)) for k, v in headers])
                for key, value, headers in RECORDS
            ]
            await asyncio.gather(*futures)
        finally:
            await p.stop()
        return {"produced": len(RECORDS), "compression": codec}
    if scenario == "group":
        c = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, group_id="capture-aiokafka-group",
                             auto_offset_reset="earliest", enable_auto_commit=False,
                             heartbeat_interval_ms=500)
        await c.start()
        got = 0
        try:
            expected = _expected_count("aiokafka")
            deadline = time.time() + DEADLINE_S
            while got < expected and time.time() < deadline:
                for records in (await c.getmany(timeout_ms=500)).values():
                    got += len(records)
            hold = time.time() + HOLD_S
            while time.time() < hold:
                for records in (await c.getmany(timeout_ms=250)).values():
                    got += len(records)
            await c.commit()
        finally:
            await c.stop()
        return {"consumed": got}
    raise SystemExit(f"unknown aiokafka scenario {scenario}")


def aiokafka(scenario: str, bootstrap: str) -> dict:
    return asyncio.run(_aiokafka(scenario, bootstrap))


# ---------------------------------------------------------------------------------------------

CLIENTS = {"kcat": kcat, "confluent-kafka": confluent, "kafka-python": kafka_python, "aiokafka": aiokafka}

_expected: dict[str, int] = {}


def _expected_count(client: str) -> int:
    return _expected.get(client, 1)


def main() -> None:
    client, scenario, bootstrap = sys.argv[1:4]
    if len(sys.argv) > 4:
        _expected[client] = int(sys.argv[4])
    try:
        result = CLIENTS[client](scenario, bootstrap)
    except (ImportError, ValueError, AssertionError, NotImplementedError) as e:
        result = {"refused": f"{type(e).__name__}: {e}"}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
