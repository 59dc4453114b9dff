"""`swkafka producer-perf-test` and `consumer-perf-test` against a swkafka broker: exactly the
records asked for land (counted with confluent-kafka), with the right sizes and payloads, the
consumer tool reads them back in a group that `consumer-groups --list` shows, Kafka's line formats
parse, JSON mode parses, and the failure paths (timeout, transactions, bad flags) exit non-zero
with Kafka's texts. No timing is asserted."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

from clients import consumer, create_topic, unique_topic, watermarks
from confluent_kafka import TopicPartition
from swkafka_broker import broker_binary

BIN = Path(__file__).resolve().parents[2] / "bin"

WINDOW = re.compile(r"^(\d+) records sent, [\d.]+ records/sec \([\d.]+ MB/sec\), [\d.]+ ms avg latency, "
                    r"[\d.]+ ms max latency\.$")
TOTAL = re.compile(r"^(\d+) records sent, \d+\.\d{6} records/sec \(\d+\.\d{2} MB/sec\), \d+\.\d{2} ms avg latency, "
                   r"\d+\.\d{2} ms max latency, (\d+) ms 50th, (\d+) ms 95th, (\d+) ms 99th, (\d+) ms 99\.9th\.$")
HEADER = ("start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, "
          "rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec")


def tool(*args: str, timeout: float = 180) -> subprocess.CompletedProcess:
    return subprocess.run([str(broker_binary()), *args], capture_output=True, text=True, timeout=timeout)


def produce_perf(bootstrap: str, topic: str, *args: str, props: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    return tool("producer-perf-test", "--topic", topic, *args, "--producer-props", f"bootstrap.servers={bootstrap}",
                *props)


def read_values(bootstrap: str, topic: str, partitions: int, count: int) -> list[bytes]:
    c = consumer(bootstrap)
    c.assign([TopicPartition(topic, p, 0) for p in range(partitions)])
    values: list[bytes] = []
    try:
        while len(values) < count:
            msgs = c.consume(1000, timeout=10)
            assert msgs, f"read {len(values)} of {count}"
            for m in msgs:
                assert m.error() is None, m.error()
                values.append(m.value())
    finally:
        c.close()
    return values


def test_record_size_run_lands_exactly_n_records(broker):
    topic = unique_topic("perf-size")
    create_topic(broker.bootstrap, topic, partitions=3)
    r = produce_perf(broker.bootstrap, topic, "--num-records", "5000", "--record-size", "100",
                     "--throughput", "-1", props=("acks=1", "linger.ms=5"))
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    total = TOTAL.match(lines[-1])
    assert total, lines
    assert total.group(1) == "5000"
    assert all(WINDOW.match(line) for line in lines[:-1]), lines
    assert sum(hi for _, hi in watermarks(broker.bootstrap, topic, 3).values()) == 5000
    values = read_values(broker.bootstrap, topic, 3, 5000)
    assert all(len(v) == 100 and re.fullmatch(rb"[A-Z]{100}", v) for v in values)


def test_payload_file_values_come_from_the_file(broker, tmp_path):
    topic = unique_topic("perf-file")
    create_topic(broker.bootstrap, topic, partitions=1)
    payloads = tmp_path / "payloads.txt"
    payloads.write_text("alpha|beta|gamma delta|")
    r = produce_perf(broker.bootstrap, topic, "--num-records", "300", "--payload-file", str(payloads),
                     "--payload-delimiter", "|", "--throughput", "-1")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0] == f"Reading payloads from: {payloads}"
    assert lines[1] == "Number of messages read: 3"
    assert TOTAL.match(lines[-1]).group(1) == "300"
    values = read_values(broker.bootstrap, topic, 1, 300)
    assert set(values) == {b"alpha", b"beta", b"gamma delta"}


def test_monotonic_payloads_and_json_output(broker):
    topic = unique_topic("perf-mono")
    create_topic(broker.bootstrap, topic, partitions=1)
    r = tool("producer-perf-test", "--topic", topic, "--bootstrap-server", broker.bootstrap, "--num-records",
             "1000", "--payload-monotonic", "--throughput", "2000", "--reporting-interval", "100",
             "--format", "json", "--print-metrics")
    assert r.returncode == 0, r.stderr
    objects = [json.loads(line) for line in r.stdout.splitlines()]
    windows = [o for o in objects if o["type"] == "window"]
    total = next(o for o in objects if o["type"] == "total")
    metrics = next(o for o in objects if o["type"] == "metrics")
    assert windows, objects
    assert total["records"] == 1000
    assert {"records_per_sec", "mb_per_sec", "avg_latency_ms", "max_latency_ms", "p50_ms", "p95_ms", "p99_ms",
            "p999_ms"} <= total.keys()
    assert total["p50_ms"] <= total["p99_ms"] <= total["p999_ms"] <= total["max_latency_ms"]
    assert metrics["record_send_total"] == 1000 and metrics["record_error_total"] == 0
    values = read_values(broker.bootstrap, topic, 1, 1000)
    assert values == [str(i).encode() for i in range(1000)]


def test_print_metrics_table(broker):
    topic = unique_topic("perf-metrics")
    create_topic(broker.bootstrap, topic, partitions=1)
    r = produce_perf(broker.bootstrap, topic, "--num-records", "200", "--record-size", "10", "--throughput", "-1",
                     "--print-metrics")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    at = lines.index("") + 1
    assert re.fullmatch(r"Metric Name +Value", lines[at])
    rows = dict(re.fullmatch(r"(\S+) +: (\S+)", line).groups() for line in lines[at + 1:])
    assert rows["producer-metrics:record-send-total:{client-id=perf-producer-client}"] == "200.000"
    assert rows["producer-metrics:record-error-total:{client-id=perf-producer-client}"] == "0.000"


def test_consumer_perf_reads_them_back_in_a_group(broker):
    topic = unique_topic("perf-consume")
    create_topic(broker.bootstrap, topic, partitions=3)
    assert produce_perf(broker.bootstrap, topic, "--num-records", "3000", "--record-size", "200",
                        "--throughput", "-1").returncode == 0
    group = unique_topic("perf-group")
    r = tool("consumer-perf-test", "--bootstrap-server", broker.bootstrap, "--topic", topic, "--messages", "3000",
             "--group", group, "--timeout", "20000")
    assert r.returncode == 0, r.stderr
    header, summary = r.stdout.splitlines()
    assert header == HEADER
    fields = summary.split(", ")
    assert len(fields) == 10
    assert fields[2] == f"{3000 * 200 / 1048576:.4f}"
    assert fields[4] == "3000"
    assert int(fields[6]) >= 0 and int(fields[7]) >= 0
    listed = tool("consumer-groups", "--bootstrap-server", broker.bootstrap, "--list")
    assert group in listed.stdout.split(), listed

    detailed = tool("consumer-perf-test", "--bootstrap-server", broker.bootstrap, "--include", f"{topic}.*",
                    "--messages", "3000", "--show-detailed-stats", "--reporting-interval", "1", "--hide-header",
                    "--format", "json")
    assert detailed.returncode == 0, detailed.stderr
    objects = [json.loads(line) for line in detailed.stdout.splitlines()]
    assert objects[-1]["type"] == "total" and objects[-1]["records"] == 3000
    assert objects[-1]["bytes"] == 600000 and objects[-1]["timed_out"] is False


def test_consumer_timeout_warns_and_fails(broker):
    topic = unique_topic("perf-timeout")
    create_topic(broker.bootstrap, topic, partitions=1)
    assert produce_perf(broker.bootstrap, topic, "--num-records", "10", "--record-size", "5",
                        "--throughput", "-1").returncode == 0
    r = tool("consumer-perf-test", "--bootstrap-server", broker.bootstrap, "--topic", topic, "--messages", "20",
             "--timeout", "1500")
    assert r.returncode == 1, r
    lines = r.stdout.splitlines()
    assert lines[1] == ("WARNING: Exiting before consuming the expected number of messages: timeout (1500 ms) "
                        "exceeded. You can use the --timeout option to increase the timeout.")
    assert lines[2].split(", ")[4] == "10"
    assert "Read 10 of the 20 messages expected." in r.stderr


def test_transactions_are_refused():
    for extra in (["--transactional-id", "tx"], ["--transaction-duration-ms", "100"],
                  ["--producer-props", "bootstrap.servers=127.0.0.1:1", "transactional.id=tx"]):
        args = ["producer-perf-test", "--topic", "t", "--num-records", "1", "--record-size", "1", "--throughput",
                "-1", *extra]
        if "--producer-props" not in extra:
            args += ["--producer-props", "bootstrap.servers=127.0.0.1:1"]
        r = tool(*args)
        assert r.returncode == 1, r
        assert r.stdout == ""
        assert r.stderr.count("\n") == 1 and "Transactions are not supported" in r.stderr


def test_bad_flags_are_one_line_usage_errors():
    cases = [
        (["producer-perf-test", "--topic", "t", "--num-records", "1", "--throughput", "-1",
          "--producer-props", "a=b"],
         "one of the arguments --record-size --payload-file --payload-monotonic is required"),
        (["producer-perf-test", "--topic", "t", "--num-records", "0", "--record-size", "1", "--throughput", "-1",
          "--producer-props", "a=b"], "--num-records should be greater than zero"),
        (["producer-perf-test", "--nope"], "Unknown option '--nope'"),
        (["consumer-perf-test", "--bootstrap-server", "x:1", "--topic", "t"], 'Missing required argument "[messages]"'),
    ]
    for args, message in cases:
        r = tool(*args)
        assert r.returncode == 2, (args, r)
        first, hint = r.stderr.splitlines()
        assert message in first, r.stderr
        assert hint.startswith("Run 'swkafka ")


def test_wrappers_run_the_tools(broker, tmp_path):
    for name in ("kafka-producer-perf-test.sh", "kafka-consumer-perf-test.sh"):
        shutil.copy(BIN / name, tmp_path / name)
    os.symlink(broker_binary(), tmp_path / "swkafka")
    topic = unique_topic("perf-wrap")
    create_topic(broker.bootstrap, topic, partitions=1)
    p = subprocess.run([str(tmp_path / "kafka-producer-perf-test.sh"), "--topic", topic, "--num-records", "50",
                        "--record-size", "8", "--throughput", "-1", "--producer-props",
                        f"bootstrap.servers={broker.bootstrap}"], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    assert TOTAL.match(p.stdout.splitlines()[-1]).group(1) == "50"
    c = subprocess.run([str(tmp_path / "kafka-consumer-perf-test.sh"), "--bootstrap-server", broker.bootstrap,
                        "--topic", topic, "--messages", "50"], capture_output=True, text=True, timeout=120)
    assert c.returncode == 0, c.stderr
    assert c.stdout.splitlines()[1].split(", ")[4] == "50"
