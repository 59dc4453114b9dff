"""`swkafka topics`, `console-producer` and `console-consumer` against a swkafka broker: exact
outputs, round trips in order, the formatter properties, kcat in both directions, and a closed
stdout."""

from __future__ import annotations

import re
import subprocess
import time

import pytest

from clients import create_topic, unique_topic, wait_for_topic
from swkafka_broker import broker_binary


def tool(*args: str, input: bytes | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([str(broker_binary()), *args], input=input, capture_output=True, timeout=timeout)


def produce(bootstrap: str, topic: str, data: bytes, *extra: str) -> None:
    r = tool("console-producer", "--bootstrap-server", bootstrap, "--topic", topic, *extra, input=data)
    assert r.returncode == 0, r.stderr.decode()
    assert r.stdout == b""


def consume(bootstrap: str, topic: str, count: int, *extra: str) -> subprocess.CompletedProcess:
    r = tool("console-consumer", "--bootstrap-server", bootstrap, "--topic", topic, "--from-beginning",
             "--max-messages", str(count), "--timeout-ms", "20000", *extra)
    assert r.returncode == 0, r.stderr.decode()
    assert r.stderr.decode().endswith(f"Processed a total of {count} messages\n"), r.stderr.decode()
    return r


def test_hundred_thousand_lines_round_trip_in_order(broker):
    topic = unique_topic("tools-seq")
    create_topic(broker.bootstrap, topic, partitions=1)
    lines = b"".join(b"%d\n" % i for i in range(1, 100_001))
    produce(broker.bootstrap, topic, lines)
    r = consume(broker.bootstrap, topic, 100_000)
    assert r.stdout == lines


def test_parse_key_and_every_print_property(broker):
    topic = unique_topic("tools-props")
    create_topic(broker.bootstrap, topic, partitions=1)
    produce(broker.bootstrap, topic, b"k1:v1\tkey1\tvalue1\nk2:v2,k3:\tkey2\tvalue2\n",
            "--property", "parse.key=true", "--property", "parse.headers=true")
    r = consume(broker.bootstrap, topic, 2,
                "--property", "print.timestamp=true", "--property", "print.partition=true",
                "--property", "print.offset=true", "--property", "print.epoch=true",
                "--property", "print.headers=true", "--property", "print.key=true",
                "--property", "print.value=true", "--property", "key.separator=|",
                "--property", "line.separator=;\n", "--property", "headers.separator=&")
    out = r.stdout.decode().split(";\n")
    assert out[2] == ""
    pattern = r"CreateTime:(\d+)\|Partition:0\|Offset:(\d)\|Epoch:(\d+)\|(.*)\|(key\d)\|(value\d)"
    first = re.fullmatch(pattern, out[0])
    second = re.fullmatch(pattern, out[1])
    assert first and second, out
    assert first.group(2, 4, 5, 6) == ("0", "k1:v1", "key1", "value1")
    assert second.group(2, 4, 5, 6) == ("1", "k2:v2&k3:", "key2", "value2")
    assert abs(int(first.group(1)) / 1000 - time.time()) < 120

    # Defaults: only the value; print.key with the default tab separator; null.literal for a null key.
    produce(broker.bootstrap, topic, b"plain\n")
    assert consume(broker.bootstrap, topic, 3).stdout == b"value1\nvalue2\nplain\n"
    r = consume(broker.bootstrap, topic, 3, "--property", "print.key=true", "--property", "null.literal=NULL",
                "--property", "print.headers=true", "--property", "print.value=false")
    assert r.stdout == b"k1:v1\tkey1\nk2:v2,k3:\tkey2\nNO_HEADERS\tNULL\n"


def test_parse_key_without_separator_fails(broker):
    topic = unique_topic("tools-nosep")
    create_topic(broker.bootstrap, topic, partitions=1)
    r = tool("console-producer", "--bootstrap-server", broker.bootstrap, "--topic", topic,
             "--property", "parse.key=true", input=b"a\tb\nnoseparator\n")
    assert r.returncode == 1
    assert b"No key separator found on line number 2: 'noseparator'" in r.stderr


def test_topics_create_list_describe_delete_exact_output(broker):
    topic = unique_topic("tools-topics")
    b = broker.bootstrap
    r = tool("topics", "--bootstrap-server", b, "--create", "--topic", topic, "--partitions", "2",
             "--replication-factor", "1", "--config", "retention.ms=3600000")
    assert (r.returncode, r.stdout, r.stderr) == (0, f"Created topic {topic}.\n".encode(), b"")

    r = tool("topics", "--bootstrap-server", b, "--create", "--topic", topic)
    assert r.returncode == 1
    assert r.stdout == b""
    assert r.stderr.decode() == f"Error while executing topic command : Topic '{topic}' already exists.\n"
    r = tool("topics", "--bootstrap-server", b, "--create", "--topic", topic, "--if-not-exists")
    assert (r.returncode, r.stdout) == (0, b"")

    r = tool("topics", "--bootstrap-server", b, "--list")
    assert r.returncode == 0
    assert topic in r.stdout.decode().splitlines()
    assert r.stdout.decode().splitlines() == sorted(r.stdout.decode().splitlines())
    r = tool("topics", "--bootstrap-server", b, "--list", "--topic", topic)
    assert r.stdout == f"{topic}\n".encode()

    r = tool("topics", "--bootstrap-server", b, "--describe", "--topic", topic)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.decode().split("\n")
    assert re.fullmatch(
        rf"Topic: {topic}\tTopicId: [A-Za-z0-9_-]{{22}}\tPartitionCount: 2\tReplicationFactor: 1\t"
        r"Configs: (.*)", lines[0]), lines[0]
    assert "retention.ms=3600000" in lines[0].split("Configs: ")[1].split(",")
    node = r"\d+"
    for p in (0, 1):
        assert re.fullmatch(
            rf"\tTopic: {topic}\tPartition: {p}\tLeader: ({node})\tReplicas: \1\tIsr: \1\tElr: (N/A)?\tLastKnownElr: (N/A)?",
            lines[1 + p]), lines[1 + p]
    assert lines[3:] == [""]

    r = tool("topics", "--bootstrap-server", b, "--alter", "--topic", topic, "--partitions", "3")
    assert (r.returncode, r.stdout, r.stderr) == (0, b"", b"")
    wait_for_topic(b, topic, 3)

    r = tool("topics", "--bootstrap-server", b, "--delete", "--topic", topic)
    assert (r.returncode, r.stdout, r.stderr) == (0, b"", b"")
    r = tool("topics", "--bootstrap-server", b, "--describe", "--topic", topic)
    for _ in range(100):
        if r.returncode == 1:
            break
        time.sleep(0.1)
        r = tool("topics", "--bootstrap-server", b, "--describe", "--topic", topic)
    assert r.returncode == 1
    assert r.stderr.decode() == f"Error while executing topic command : Topic '{topic}' does not exist as expected\n"
    r = tool("topics", "--bootstrap-server", b, "--delete", "--topic", topic, "--if-exists")
    assert (r.returncode, r.stdout, r.stderr) == (0, b"", b"")


def test_kcat_to_console_consumer_and_back(broker):
    b = broker.bootstrap
    topic = unique_topic("tools-kcat")
    create_topic(b, topic, partitions=1)
    data = b"".join(b"k%d\tv%d\n" % (i, i) for i in range(500))
    subprocess.run(["kcat", "-P", "-b", b, "-t", topic, "-K", "\t", "-X", "log_level=3"], input=data, check=True,
                   timeout=60)
    r = consume(b, topic, 500, "--property", "print.key=true")
    assert r.stdout == data

    topic2 = unique_topic("tools-kcat2")
    create_topic(b, topic2, partitions=1)
    produce(b, topic2, data, "--property", "parse.key=true")
    out = subprocess.run(["kcat", "-C", "-b", b, "-t", topic2, "-e", "-f", "%k\t%s\n", "-X", "log_level=3"],
                         capture_output=True, check=True, timeout=60).stdout
    assert out == data


def test_exit_at_end_and_timeout(broker):
    b = broker.bootstrap
    topic = unique_topic("tools-end")
    create_topic(b, topic, partitions=3)
    produce(b, topic, b"".join(b"%d\n" % i for i in range(30)))
    r = tool("console-consumer", "--bootstrap-server", b, "--topic", topic, "--from-beginning", "--exit-at-end")
    assert r.returncode == 0, r.stderr
    assert sorted(int(x) for x in r.stdout.split()) == list(range(30))
    assert r.stderr == b"Processed a total of 30 messages\n"

    started = time.monotonic()
    r = tool("console-consumer", "--bootstrap-server", b, "--topic", topic, "--timeout-ms", "1000")
    assert time.monotonic() - started < 60, "--timeout-ms must end an idle consumer, not hang"
    assert (r.returncode, r.stdout, r.stderr) == (0, b"", b"Processed a total of 0 messages\n")


def test_closed_stdout_exits_cleanly(broker):
    b = broker.bootstrap
    topic = unique_topic("tools-head")
    create_topic(b, topic, partitions=1)
    produce(b, topic, b"".join(b"%d\n" % i for i in range(200_000)))
    cmd = f"'{broker_binary()}' console-consumer --bootstrap-server {b} --topic {topic} --from-beginning | head -3"
    r = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, timeout=60)
    assert r.stdout == b"0\n1\n2\n"
    assert r.returncode == 0, r.stderr
    assert r.stderr.decode().startswith("Unable to write to standard out, closing consumer.\nProcessed a total of ")


def test_sigint_prints_the_total(broker):
    b = broker.bootstrap
    topic = unique_topic("tools-int")
    create_topic(b, topic, partitions=1)
    produce(b, topic, b"a\nb\n")
    p = subprocess.Popen([str(broker_binary()), "console-consumer", "--bootstrap-server", b, "--topic", topic,
                          "--from-beginning"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 20
    out = b""
    while out.count(b"\n") < 2 and time.monotonic() < deadline:
        out += p.stdout.read1(100)
    p.send_signal(2)
    rest, err = p.communicate(timeout=10)
    assert p.returncode == 0
    assert out + rest == b"a\nb\n"
    assert err == b"Processed a total of 2 messages\n"
