"""`swkafka consumer-groups` against groups that confluent-kafka consumers make on a real broker.

Each test makes its own topic and group. Records are produced to explicit partitions with explicit
timestamps (record i of a partition at base + i seconds), so every reset scenario has one right
answer, which is checked twice: in the tool's table and by a confluent-kafka consumer joining the
group afterwards and starting exactly there.
"""

from __future__ import annotations

import subprocess
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from confluent_kafka import Consumer, Producer, TopicPartition

from clients import QUIET, create_topic, unique_topic
from swkafka_broker import broker_binary

WRAPPER = Path(__file__).resolve().parents[2] / "bin" / "kafka-consumer-groups.sh"


def cg(bootstrap: str, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(broker_binary()), "consumer-groups", "--bootstrap-server", bootstrap, *args],
        capture_output=True, text=True, timeout=timeout)


def rows(stdout: str) -> list[list[str]]:
    """The data rows of a table (the header line and blank lines dropped), split on whitespace."""
    lines = [line for line in stdout.splitlines() if line.strip()]
    return [line.split() for line in lines[1:]]


def fill(bootstrap: str, topic: str, counts: dict[int, int], base_ms: int) -> None:
    p = Producer({"bootstrap.servers": bootstrap, "linger.ms": 5, **QUIET})
    errors: list[str] = []
    for partition, count in counts.items():
        for i in range(count):
            p.produce(topic, value=f"{partition}-{i}".encode(), partition=partition, timestamp=base_ms + i * 1000,
                      on_delivery=lambda err, msg: errors.append(str(err)) if err else None)
    assert p.flush(30) == 0
    assert not errors, errors


def group_consumer(bootstrap: str, group: str, **conf) -> Consumer:
    return Consumer({
        "bootstrap.servers": bootstrap, "group.id": group, "enable.auto.commit": False,
        "auto.offset.reset": "earliest", "session.timeout.ms": 6000, "heartbeat.interval.ms": 500,
        "fetch.wait.max.ms": 100, **QUIET, **conf,
    })


def join_and_commit(bootstrap: str, topic: str, group: str, partitions: int, commits: dict[int, int]) -> Consumer:
    """A member of `group` holding every partition of `topic`, with `commits` committed. Left open."""
    c = group_consumer(bootstrap, group)
    c.subscribe([topic])
    deadline = time.monotonic() + 60
    while len(c.assignment()) < partitions:
        assert time.monotonic() < deadline, "the consumer never got its assignment"
        c.poll(0.2)
    c.commit(offsets=[TopicPartition(topic, p, o) for p, o in commits.items()], asynchronous=False)
    return c


def wait_for_state(bootstrap: str, group: str, state: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while True:
        r = cg(bootstrap, "--describe", "--group", group, "--state")
        found = rows(r.stdout)
        if found and found[0][4] == state:
            return
        assert time.monotonic() < deadline, f"group {group} never became {state}: {r.stdout} {r.stderr}"
        time.sleep(0.3)


def committed(bootstrap: str, topic: str, group: str, partitions: int) -> dict[int, int]:
    c = group_consumer(bootstrap, group)
    try:
        got = c.committed([TopicPartition(topic, p) for p in range(partitions)], timeout=10)
        return {tp.partition: tp.offset for tp in got}
    finally:
        c.close()


def first_offsets(bootstrap: str, topic: str, group: str, expect: set[int], timeout: float = 60) -> dict[int, int]:
    """Joins `group` (no committed offset would mean the log end) and returns the first offset read per partition."""
    c = group_consumer(bootstrap, group, **{"auto.offset.reset": "latest"})
    out: dict[int, int] = {}
    try:
        c.subscribe([topic])
        deadline = time.monotonic() + timeout
        while set(out) < expect:
            assert time.monotonic() < deadline, f"read only {out}"
            for m in c.consume(num_messages=100, timeout=0.5):
                if m.error() is None:
                    out.setdefault(m.partition(), m.offset())
    finally:
        c.close()
    return out


def iso(ms: int, tz: timezone = timezone.utc) -> str:
    return datetime.fromtimestamp(ms / 1000, tz).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3]


@pytest.fixture
def setup(broker):
    """A 2-partition topic with 10 records in partition 0 and 6 in partition 1, and a group name."""
    topic = unique_topic("cg")
    group = f"cg-{uuid.uuid4().hex[:8]}"
    create_topic(broker.bootstrap, topic, 2)
    base = int(time.time() * 1000) - 3_600_000
    fill(broker.bootstrap, topic, {0: 10, 1: 6}, base)
    return broker.bootstrap, topic, group, base


def test_list_and_describe_show_lag_while_a_member_holds_partitions(setup):
    b, topic, group, _ = setup
    c = join_and_commit(b, topic, group, 2, {0: 4, 1: 5})
    try:
        wait_for_state(b, group, "Stable")
        r = cg(b, "--list")
        assert r.returncode == 0 and group in r.stdout.splitlines()
        r = cg(b, "--list", "--state", "stable")
        assert [group, "Stable"] in rows(r.stdout)
        assert r.stdout.startswith("GROUP" + " " * 20)
        r = cg(b, "--list", "--type")
        assert [group, "Classic"] in rows(r.stdout)
        r = cg(b, "--describe", "--all-groups", "--state")
        assert r.returncode == 0
        assert [row for row in rows(r.stdout) if row[0] == group][0][3:] == ["range", "Stable", "1"]
        r = cg(b, "--list", "--state", "bogus")
        assert r.returncode == 2 and "Invalid state list 'bogus'." in r.stderr

        member = c.memberid()
        r = cg(b, "--describe", "--group", group)
        assert r.returncode == 0, r.stdout + r.stderr
        assert r.stdout.startswith("\nGROUP ")
        header = r.stdout.splitlines()[1].split()
        assert header == ["GROUP", "TOPIC", "PARTITION", "CURRENT-OFFSET", "LOG-END-OFFSET", "LAG", "CONSUMER-ID",
                          "HOST", "CLIENT-ID"]
        assert rows(r.stdout) == [
            [group, topic, "0", "4", "10", "6", member, "/127.0.0.1", "rdkafka"],
            [group, topic, "1", "5", "6", "1", member, "/127.0.0.1", "rdkafka"],
        ]
        assert r.stderr == ""

        r = cg(b, "--describe", "--group", group, "--members")
        assert rows(r.stdout) == [[group, member, "/127.0.0.1", "rdkafka", "2"]]
        r = cg(b, "--describe", "--group", group, "--members", "--verbose")
        assert rows(r.stdout) == [[group, member, "/127.0.0.1", "rdkafka", "2", f"{topic}(0,1)"]]
        r = cg(b, "--describe", "--group", group, "--state")
        (row,) = rows(r.stdout)
        assert row[0] == group and row[1].endswith(f":{b.rsplit(':', 1)[1]}") and row[2] == "(1)"
        assert row[3:] == ["range", "Stable", "1"]

        r = cg(b, "--describe", "--group", group, "--summary", "--log-start-offset")
        assert rows(r.stdout.split("\n\n")[0]) == [
            [group, topic, "0", "4", "0", "10", "6", member, "/127.0.0.1", "rdkafka"],
            [group, topic, "1", "5", "0", "6", "1", member, "/127.0.0.1", "rdkafka"],
        ]
        assert rows(r.stdout.split("\n\n")[1]) == [[group, "Stable", "1", "7"]]

        r = cg(b, "--describe", "--group", group, "--format", "json")
        assert '"totalLag":7' in r.stdout and r.stdout.count("\n") == 1
    finally:
        c.close()


def test_a_stable_group_refuses_a_reset(setup):
    b, topic, group, _ = setup
    c = join_and_commit(b, topic, group, 2, {0: 4, 1: 5})
    try:
        wait_for_state(b, group, "Stable")
        r = cg(b, "--reset-offsets", "--group", group, "--topic", topic, "--to-earliest", "--execute")
        assert r.returncode == 1
        assert r.stdout.startswith(
            f"\nError: Assignments can only be reset if the group '{group}' is inactive, but the current state is Stable.\n")
        assert committed(b, topic, group, 2) == {0: 4, 1: 5}
    finally:
        c.close()


def test_describe_an_empty_group_and_a_missing_one(setup):
    b, topic, group, _ = setup
    join_and_commit(b, topic, group, 2, {0: 4, 1: 5}).close()
    wait_for_state(b, group, "Empty")
    r = cg(b, "--describe", "--group", group)
    assert r.returncode == 0
    assert r.stderr == f"\nConsumer group '{group}' has no active members.\n"
    assert rows(r.stdout) == [[group, topic, "0", "4", "10", "6", "-", "-", "-"],
                              [group, topic, "1", "5", "6", "1", "-", "-", "-"]]
    r = cg(b, "--describe", "--group", "no-such-group-" + group)
    assert r.returncode == 1
    assert r.stdout == f"\nError: Consumer group 'no-such-group-{group}' does not exist.\n"


RESETS = [
    # (arguments, expected new offsets by partition, whether the partition has records left to read)
    (["--to-earliest"], {0: 0, 1: 0}),
    (["--to-latest"], {0: 10, 1: 6}),
    (["--to-current"], {0: 4, 1: 5}),
    (["--to-offset", "7"], {0: 7, 1: 6}),
    (["--shift-by", "-3"], {0: 1, 1: 2}),
    (["--shift-by", "4"], {0: 8, 1: 6}),
    (["--by-duration", "P1D"], {0: 0, 1: 0}),
]


@pytest.mark.parametrize("args,expected", RESETS, ids=[" ".join(a) for a, _ in RESETS])
def test_reset_scenarios_move_offsets_as_kafka_does(setup, args, expected):
    b, topic, group, _ = setup
    join_and_commit(b, topic, group, 2, {0: 4, 1: 5}).close()
    wait_for_state(b, group, "Empty")

    dry = cg(b, "--reset-offsets", "--group", group, "--topic", topic, *args)
    assert dry.returncode == 0, dry.stdout + dry.stderr
    assert "WARN: No action will be performed as the --execute option is missing." in dry.stderr
    assert rows(dry.stdout) == [[group, topic, str(p), str(o)] for p, o in sorted(expected.items())]
    assert committed(b, topic, group, 2) == {0: 4, 1: 5}, "a dry run must not commit"

    r = cg(b, "--reset-offsets", "--group", group, "--topic", topic, *args, "--execute")
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout == dry.stdout
    assert committed(b, topic, group, 2) == expected
    left = {p for p, o in expected.items() if o < {0: 10, 1: 6}[p]}
    if left:
        assert first_offsets(b, topic, group, left) == {p: expected[p] for p in left}


def test_clamping_logs_kafkas_warning(setup):
    b, topic, group, _ = setup
    join_and_commit(b, topic, group, 2, {0: 4, 1: 5}).close()
    wait_for_state(b, group, "Empty")
    r = cg(b, "--reset-offsets", "--group", group, "--topic", f"{topic}:1", "--to-offset", "50", "--dry-run")
    assert r.returncode == 0
    assert rows(r.stdout) == [[group, topic, "1", "6"]]
    assert (f" WARN New offset (50) is higher than latest offset for topic partition {topic}-1. "
            "Value will be set to 6. (") in r.stderr


def test_to_datetime_with_and_without_a_zone(setup):
    b, topic, group, base = setup
    join_and_commit(b, topic, group, 2, {0: 4, 1: 5}).close()
    wait_for_state(b, group, "Empty")
    # Record i is at base + i s: 3.5 s after base finds record 4 in both partitions.
    at = base + 3500
    r = cg(b, "--reset-offsets", "--group", group, "--all-topics", "--to-datetime", iso(at), "--execute")
    assert r.returncode == 0, r.stdout + r.stderr
    assert committed(b, topic, group, 2) == {0: 4, 1: 4}
    assert first_offsets(b, topic, group, {0, 1}) == {0: 4, 1: 4}
    wait_for_state(b, group, "Empty")
    plus2 = timezone(timedelta(hours=2))
    r = cg(b, "--reset-offsets", "--group", group, "--all-topics", "--to-datetime", iso(base + 5500, plus2) + "+02:00",
           "--execute")
    assert r.returncode == 0, r.stdout + r.stderr
    assert committed(b, topic, group, 2) == {0: 6, 1: 6}
    # Later than every record: Kafka's note, then the log end.
    r = cg(b, "--reset-offsets", "--group", group, "--all-topics", "--by-duration", "PT1M", "--execute")
    assert f"\nWarn: Partition 0 from topic {topic} is empty. Falling back to latest known offset.\n" in r.stdout
    assert committed(b, topic, group, 2) == {0: 10, 1: 6}


def test_shift_by_without_a_committed_offset_is_a_usage_error(setup):
    b, topic, group, _ = setup
    join_and_commit(b, topic, group, 2, {0: 4}).close()
    wait_for_state(b, group, "Empty")
    r = cg(b, "--reset-offsets", "--group", group, "--topic", topic, "--shift-by", "1", "--dry-run")
    assert r.returncode == 2
    assert f"Cannot shift offset for partition {topic}-1 since there is no current committed offset" in r.stderr


def test_export_then_from_file_round_trip(setup, tmp_path):
    b, topic, group, _ = setup
    join_and_commit(b, topic, group, 2, {0: 4, 1: 5}).close()
    wait_for_state(b, group, "Empty")
    r = cg(b, "--reset-offsets", "--group", group, "--all-topics", "--to-offset", "2", "--dry-run", "--export")
    assert r.returncode == 0
    assert r.stdout == f"{topic},0,2\n{topic},1,2\n\n"
    plan = tmp_path / "plan.csv"
    plan.write_text(r.stdout)
    r = cg(b, "--reset-offsets", "--group", group, "--from-file", str(plan), "--execute")
    assert r.returncode == 0, r.stdout + r.stderr
    assert rows(r.stdout) == [[group, topic, "0", "2"], [group, topic, "1", "2"]]
    assert committed(b, topic, group, 2) == {0: 2, 1: 2}
    assert first_offsets(b, topic, group, {0, 1}) == {0: 2, 1: 2}

    # The multi-group form names the group on each line.
    plan.write_text(f"{group},{topic},0,9\n{group},{topic},1,3\n")
    r = cg(b, "--reset-offsets", "--group", group, "--group", "other-" + group, "--from-file", str(plan), "--execute")
    assert f"\nError: No reset plan for group other-{group} found.\n" in r.stdout
    assert committed(b, topic, group, 2) == {0: 9, 1: 3}


def test_delete_offsets_and_delete_group(setup):
    b, topic, group, _ = setup
    c = join_and_commit(b, topic, group, 2, {0: 4, 1: 5})
    try:
        wait_for_state(b, group, "Stable")
        r = cg(b, "--delete", "--group", group)
        assert r.returncode == 1
        assert r.stdout.startswith("\nError: Deletion of some consumer groups failed:\n* Group '")
        r = cg(b, "--delete-offsets", "--group", group, "--topic", topic)
        assert r.returncode == 1
        assert r.stdout.startswith("\nError: Encounter some partition level error, see the follow-up details:\n")
    finally:
        c.close()
    wait_for_state(b, group, "Empty")
    r = cg(b, "--delete-offsets", "--group", group, "--topic", f"{topic}:0")
    assert r.returncode == 0, r.stdout
    assert r.stdout.startswith(f"Request succeed for deleting offsets with topic {topic}:0 group {group}\n")
    assert rows(r.stdout.split("\n", 1)[1]) == [[topic, "0", "Successful"]]
    assert committed(b, topic, group, 2) == {0: -1001, 1: 5}
    r = cg(b, "--delete", "--group", group)
    assert r.returncode == 0
    assert r.stdout == f"Deletion of requested consumer groups ('{group}') was successful.\n"
    assert group not in cg(b, "--list").stdout.splitlines()


def test_the_kafka_script_wrapper(setup, tmp_path):
    """bin/kafka-consumer-groups.sh runs the swkafka next to it (here: a link to the binary under test,
    so the test does not trigger bin/swkafka's release build)."""
    b, topic, group, _ = setup
    join_and_commit(b, topic, group, 2, {0: 1, 1: 1}).close()
    wrapper = tmp_path / WRAPPER.name
    wrapper.write_bytes(WRAPPER.read_bytes())
    wrapper.chmod(0o755)
    (tmp_path / "swkafka").symlink_to(broker_binary())
    r = subprocess.run([str(wrapper), "--bootstrap-server", b, "--list"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and group in r.stdout.splitlines()
    r = subprocess.run([str(wrapper), "--bootstrap-server", b, "--describe"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert "Option [describe] takes one of these options: [all-groups], [group]" in r.stderr
