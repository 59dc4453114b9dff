"""swkafka's consumer in a group (`console-consumer` without `--partition`) against a swkafka broker:
two swkafka members sharing a topic, a swkafka and a confluent-kafka member in one group (range and
cooperative-sticky), committed offsets carried from one run to the next, a generated group that reads
only new records, and an `--include` regex across topics. Every check is on the records: each one
read exactly once across the group's members."""

from __future__ import annotations

import re
import subprocess
import time

import pytest
from confluent_kafka import TopicPartition

from clients import consumer, create_topic, index_of, produce_confluent, unique_topic
from swkafka_broker import broker_binary

LINE = re.compile(rb"^Partition:(\d+)\t(\d+)\|[0-9a-z]*$")


def start_console(bootstrap: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [str(broker_binary()), "console-consumer", "--bootstrap-server", bootstrap,
         "--property", "print.partition=true", "--property", "print.value=true", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def finish(proc: subprocess.Popen, timeout: float = 120) -> list[tuple[int, int]]:
    """Waits for the consumer to exit; returns (partition, record index) per line written."""
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, err.decode()
    read = []
    for line in out.splitlines():
        m = LINE.match(line)
        assert m, f"unexpected line {line!r}"
        read.append((int(m.group(1)), int(m.group(2))))
    assert err.decode().endswith(f"Processed a total of {len(read)} messages\n"), err.decode()
    return read


def run_console(bootstrap: str, *args: str) -> list[tuple[int, int]]:
    return finish(start_console(bootstrap, *args))


def indexes(read: list[tuple[int, int]]) -> list[int]:
    return [i for _, i in read]


def committed(bootstrap: str, group: str, topic: str, partitions: int) -> dict[int, int]:
    c = consumer(bootstrap, **{"group.id": group})
    try:
        found = c.committed([TopicPartition(topic, p) for p in range(partitions)], timeout=30)
        return {tp.partition: tp.offset for tp in found}
    finally:
        c.close()


def test_committed_offsets_carry_over_between_runs(broker):
    """`--max-messages` stops mid-batch: the commit covers exactly what was written, so the next run
    of the same group continues with no duplicate and no gap."""
    topic = unique_topic("group-commit")
    group = unique_topic("g-commit")
    create_topic(broker.bootstrap, topic, partitions=2)
    produce_confluent(broker.bootstrap, topic, 100)
    first = run_console(broker.bootstrap, "--topic", topic, "--group", group, "--from-beginning",
                        "--max-messages", "40", "--timeout-ms", "20000")
    assert len(first) == 40
    offsets = committed(broker.bootstrap, group, topic, 2)
    assert sum(offsets.values()) == 40, offsets
    second = run_console(broker.bootstrap, "--topic", topic, "--group", group, "--max-messages", "60",
                         "--timeout-ms", "20000")
    assert sorted(indexes(first) + indexes(second)) == list(range(100))
    assert committed(broker.bootstrap, group, topic, 2) == {0: sum(1 for p, _ in first + second if p == 0),
                                                            1: sum(1 for p, _ in first + second if p == 1)}


def test_two_console_consumers_share_a_topic(broker):
    topic = unique_topic("group-share")
    group = unique_topic("g-share")
    create_topic(broker.bootstrap, topic, partitions=4)
    procs = [start_console(broker.bootstrap, "--topic", topic, "--group", group, "--from-beginning",
                           "--timeout-ms", "15000") for _ in range(2)]
    try:
        # Both members join (and split the partitions) before the records exist.
        time.sleep(8)
        produce_confluent(broker.bootstrap, topic, 400)
        reads = [finish(p) for p in procs]
    finally:
        for p in procs:
            p.kill()
    assert all(reads), "each member read some records"
    assert {p for p, _ in reads[0]}.isdisjoint({p for p, _ in reads[1]})
    assert sorted(indexes(reads[0]) + indexes(reads[1])) == list(range(400))


@pytest.mark.parametrize("strategy", ["range", "cooperative-sticky"])
def test_swkafka_and_confluent_members_in_one_group(broker, strategy):
    topic = unique_topic(f"group-mixed-{strategy}")
    group = unique_topic(f"g-mixed-{strategy}")
    create_topic(broker.bootstrap, topic, partitions=4)
    proc = start_console(broker.bootstrap, "--topic", topic, "--group", group, "--from-beginning",
                         "--timeout-ms", "8000", "--consumer-property", f"partition.assignment.strategy={strategy}")
    other = consumer(broker.bootstrap, **{"group.id": group, "partition.assignment.strategy": strategy,
                                          "auto.offset.reset": "earliest", "enable.auto.commit": True,
                                          "enable.auto.offset.store": True})
    theirs: list[tuple[int, int]] = []
    try:
        other.subscribe([topic])
        produced = False
        deadline = time.time() + 90
        idle_since = time.time()
        while time.time() < deadline:
            msg = other.poll(0.2)
            if msg is not None and msg.error() is None:
                theirs.append((msg.partition(), index_of(msg.value())))
                idle_since = time.time()
            if not produced:
                # Range and cooperative-sticky both split four partitions two and two: once the
                # confluent member holds two, the swkafka member holds the other two.
                if len(other.assignment()) == 2:
                    produce_confluent(broker.bootstrap, topic, 400)
                    produced = True
                    idle_since = time.time()
            elif time.time() - idle_since > 6:
                break
        assert produced, "the group never became stable with both members"
        ours = finish(proc)
    finally:
        proc.kill()
        other.close()
    assert ours and theirs, "both members read records"
    assert {p for p, _ in ours}.isdisjoint({p for p, _ in theirs})
    assert sorted(indexes(ours) + indexes(theirs)) == list(range(400))


def test_generated_group_reads_only_new_records(broker):
    topic = unique_topic("group-new")
    create_topic(broker.bootstrap, topic, partitions=1)
    produce_confluent(broker.bootstrap, topic, 10)
    proc = start_console(broker.bootstrap, "--topic", topic, "--timeout-ms", "15000")
    try:
        # Time to join the generated group and resolve the start (the end offset) before the new
        # records arrive.
        time.sleep(8)
        produce_confluent(broker.bootstrap, topic, 10, start=10)
        read = finish(proc)
    finally:
        proc.kill()
    assert indexes(read) == list(range(10, 20))


def test_include_regex_reads_matching_topics(broker):
    prefix = unique_topic("inc")
    group = unique_topic("g-include")
    for suffix in ("a", "b", "other"):
        create_topic(broker.bootstrap, f"{prefix}-{suffix}", partitions=1)
    for n, suffix in enumerate(("a", "b", "other")):
        produce_confluent(broker.bootstrap, f"{prefix}-{suffix}", 10, start=100 * n)
    read = run_console(broker.bootstrap, "--include", f"{re.escape(prefix)}-(a|b)", "--group", group,
                       "--from-beginning", "--timeout-ms", "8000")
    assert sorted(indexes(read)) == list(range(10)) + list(range(100, 110))


def test_group_member_picks_up_a_topic_created_later(broker_factory):
    """A subscribed topic that does not exist yet (no auto-creation) is found once it is created."""
    b = broker_factory("late-topic", auto_create_topics_enable="false")
    topic = unique_topic("group-late")
    proc = start_console(b.bootstrap, "--topic", topic, "--group", unique_topic("g-late"), "--from-beginning",
                         "--max-messages", "20", "--timeout-ms", "30000")
    try:
        time.sleep(3)
        create_topic(b.bootstrap, topic, partitions=2)
        produce_confluent(b.bootstrap, topic, 20)
        read = finish(proc)
    finally:
        proc.kill()
    assert sorted(indexes(read)) == list(range(20))
