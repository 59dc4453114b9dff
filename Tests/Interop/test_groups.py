"""Consumer groups with real clients: the broker's group coordinator and `__consumer_offsets`.

- Three confluent-kafka consumers share a 6-partition topic, a fourth joins and the first leaves:
  every produced record is consumed, and no partition is ever owned by two consumers at once
  (ownership tracked through on_assign / on_revoke).
- With `cooperative-sticky`, a joining member takes partitions without the others giving up any
  partition that does not move.
- Synchronous commits survive a clean restart and a kill -9.
- kafka-python and aiokafka groups consume and commit.
- A static member (group.instance.id) that comes back takes over its old identity; once nobody
  heartbeats for it, its session expires and the group empties.
- `dump-log --offsets-decoder` shows the commits in the `__consumer_offsets` segment.

Timeouts here are hang guards only; nothing asserts on timing.
"""

from __future__ import annotations

import asyncio
import subprocess
import threading
import time
from collections import defaultdict

import pytest
from confluent_kafka import Consumer, TopicPartition

from clients import QUIET, create_topic, produce_confluent, unique_topic
from swkafka_broker import broker_binary

GROUP_SETTINGS = {"group.initial.rebalance.delay.ms": 0}


def _group_consumer(bootstrap: str, group: str, **conf) -> Consumer:
    base = {
        "bootstrap.servers": bootstrap,
        "group.id": group,
        "auto.offset.reset": "earliest",
        "enable.auto.commit": False,
        "session.timeout.ms": 6000,
        "heartbeat.interval.ms": 500,
        "fetch.wait.max.ms": 100,
        **QUIET,
    }
    base.update(conf)
    return Consumer(base)


class Ownership:
    """Which consumer owns which partition, from the rebalance callbacks; records any moment a
    partition was given to a consumer while another still held it."""

    def __init__(self):
        self.lock = threading.Lock()
        self.owner: dict[int, str] = {}
        self.violations: list[str] = []
        self.revoked: dict[str, list[int]] = defaultdict(list)
        self.assigned: dict[str, list[int]] = defaultdict(list)

    def on_assign(self, name: str, partitions) -> None:
        with self.lock:
            for tp in partitions:
                holder = self.owner.get(tp.partition)
                if holder is not None and holder != name:
                    self.violations.append(f"partition {tp.partition} assigned to {name} while {holder} owns it")
                self.owner[tp.partition] = name
                self.assigned[name].append(tp.partition)

    def on_revoke(self, name: str, partitions) -> None:
        with self.lock:
            for tp in partitions:
                if self.owner.get(tp.partition) == name:
                    del self.owner[tp.partition]
                self.revoked[name].append(tp.partition)

    def owned_by(self, name: str) -> set[int]:
        with self.lock:
            return {p for p, n in self.owner.items() if n == name}

    def snapshot(self) -> dict[int, str]:
        with self.lock:
            return dict(self.owner)


class Member(threading.Thread):
    """One consumer in its own thread: polls, records what it read, commits synchronously after
    each record batch, and leaves the group on `stop()`."""

    def __init__(self, name: str, bootstrap: str, group: str, topic: str, ownership: Ownership, **conf):
        super().__init__(daemon=True, name=name)
        self.member_name = name
        self.ownership = ownership
        self.consumer = _group_consumer(bootstrap, group, **conf)
        self.topic = topic
        self.seen: list[tuple[int, int]] = []
        self.errors: list[str] = []
        self.stopping = threading.Event()
        self.cooperative = conf.get("partition.assignment.strategy") == "cooperative-sticky"

    def _assign(self, consumer, partitions):
        self.ownership.on_assign(self.member_name, partitions)
        if self.cooperative:
            consumer.incremental_assign(partitions)

    def _revoke(self, consumer, partitions):
        self.ownership.on_revoke(self.member_name, partitions)
        if self.cooperative:
            consumer.incremental_unassign(partitions)

    def run(self) -> None:
        c = self.consumer
        c.subscribe([self.topic], on_assign=self._assign, on_revoke=self._revoke, on_lost=self._revoke)
        try:
            while not self.stopping.is_set():
                msgs = c.consume(num_messages=200, timeout=0.2)
                got = False
                for m in msgs:
                    if m.error():
                        self.errors.append(str(m.error()))
                        continue
                    self.seen.append((m.partition(), m.offset()))
                    got = True
                if got:
                    try:
                        c.commit(asynchronous=False)
                    except Exception as e:  # a commit racing a rebalance may be refused; retried next round
                        self.errors.append(f"commit: {e}")
        finally:
            c.close()

    def stop(self) -> None:
        self.stopping.set()
        self.join(timeout=30)
        assert not self.is_alive(), f"{self.member_name} did not stop"


def _wait(condition, what: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def _all_offsets(delivered) -> set[tuple[int, int]]:
    return {(p, off) for p, pairs in delivered.by_partition.items() for off, _ in pairs}


@pytest.mark.parametrize("strategy", ["range", "cooperative-sticky"])
def test_members_join_and_leave_without_sharing_a_partition(broker_factory, strategy):
    b = broker_factory("groups", **GROUP_SETTINGS)
    topic = unique_topic("grp")
    create_topic(b.bootstrap, topic, partitions=6)
    first = produce_confluent(b.bootstrap, topic, 3000)
    group = unique_topic("group")
    ownership = Ownership()
    conf = {"partition.assignment.strategy": strategy}
    members = [Member(f"c{i}", b.bootstrap, group, topic, ownership, **conf) for i in range(3)]
    for m in members:
        m.start()
    _wait(lambda: len(ownership.snapshot()) == 6 and len(set(ownership.snapshot().values())) == 3,
          "three members sharing six partitions")
    before = {m.member_name: ownership.owned_by(m.member_name) for m in members}
    revoked_before = {m.member_name: len(ownership.revoked[m.member_name]) for m in members}

    fourth = Member("c3", b.bootstrap, group, topic, ownership, **conf)
    fourth.start()
    _wait(lambda: len(ownership.owned_by("c3")) > 0 and len(ownership.snapshot()) == 6,
          "the fourth member to get partitions")
    if strategy == "cooperative-sticky":
        # Only what moves to the newcomer is revoked; the rest stays where it was.
        moved = sum(len(ownership.revoked[m.member_name]) - revoked_before[m.member_name] for m in members)
        assert moved == len(ownership.owned_by("c3")), (moved, ownership.snapshot())
        for m in members:
            assert ownership.owned_by(m.member_name) <= before[m.member_name]

    members[0].stop()
    second = produce_confluent(b.bootstrap, topic, 3000, start=3000)
    expected = _all_offsets(first) | _all_offsets(second)
    everyone = members + [fourth]
    _wait(lambda: expected <= {s for m in everyone for s in m.seen}, "every record to be consumed", timeout=120)
    for m in everyone[1:]:
        m.stop()
    assert ownership.violations == []
    assert len(expected) == 6000


@pytest.mark.crash
def test_committed_offsets_survive_restart_and_kill(broker_factory):
    b = broker_factory("commits", **GROUP_SETTINGS)
    topic = unique_topic("commits")
    create_topic(b.bootstrap, topic, partitions=3)
    group = unique_topic("group")
    c = _group_consumer(b.bootstrap, group)
    first = [TopicPartition(topic, p, 10 + p) for p in range(3)]
    c.commit(offsets=first, asynchronous=False)
    c.close()

    def committed() -> dict[int, int]:
        c = _group_consumer(b.bootstrap, group)
        try:
            return {tp.partition: tp.offset for tp in c.committed(
                [TopicPartition(topic, p) for p in range(3)], timeout=30)}
        finally:
            c.close()

    assert committed() == {0: 10, 1: 11, 2: 12}
    b.restart(clean=True)
    assert committed() == {0: 10, 1: 11, 2: 12}

    c = _group_consumer(b.bootstrap, group)
    c.commit(offsets=[TopicPartition(topic, p, 100 + p) for p in range(3)], asynchronous=False)
    c.close()
    b.restart(clean=False)  # kill -9
    assert committed() == {0: 100, 1: 101, 2: 102}


def test_kafka_python_group_consumes_and_commits(broker_factory):
    from kafka import KafkaConsumer

    b = broker_factory("kpgroup", **GROUP_SETTINGS)
    topic = unique_topic("kp")
    create_topic(b.bootstrap, topic, partitions=3)
    delivered = produce_confluent(b.bootstrap, topic, 300)
    group = unique_topic("kp-group")
    consumer = KafkaConsumer(topic, bootstrap_servers=b.bootstrap, group_id=group, auto_offset_reset="earliest",
                             enable_auto_commit=False, session_timeout_ms=6000, heartbeat_interval_ms=500,
                             consumer_timeout_ms=1000)
    seen: set[tuple[int, int]] = set()
    deadline = time.monotonic() + 60
    while len(seen) < 300 and time.monotonic() < deadline:
        for m in consumer:
            seen.add((m.partition, m.offset))
    consumer.commit()
    consumer.close()
    assert seen == _all_offsets(delivered)
    assert _committed(b.bootstrap, group, topic, 3) == _ends(delivered)


def test_aiokafka_group_consumes_and_commits(broker_factory):
    from aiokafka import AIOKafkaConsumer

    b = broker_factory("aiogroup", **GROUP_SETTINGS)
    topic = unique_topic("aio")
    create_topic(b.bootstrap, topic, partitions=3)
    delivered = produce_confluent(b.bootstrap, topic, 300)
    group = unique_topic("aio-group")

    async def run() -> set[tuple[int, int]]:
        consumer = AIOKafkaConsumer(topic, bootstrap_servers=b.bootstrap, group_id=group,
                                    auto_offset_reset="earliest", enable_auto_commit=False,
                                    session_timeout_ms=6000, heartbeat_interval_ms=500)
        await consumer.start()
        seen: set[tuple[int, int]] = set()
        try:
            deadline = time.monotonic() + 60
            while len(seen) < 300 and time.monotonic() < deadline:
                batches = await consumer.getmany(timeout_ms=500)
                for records in batches.values():
                    seen.update((r.partition, r.offset) for r in records)
            await consumer.commit()
        finally:
            await consumer.stop()
        return seen

    seen = asyncio.run(run())
    assert seen == _all_offsets(delivered)
    assert _committed(b.bootstrap, group, topic, 3) == _ends(delivered)


def test_dump_log_offsets_decoder_shows_commits(broker_factory):
    b = broker_factory("dumpgroups", **GROUP_SETTINGS)
    topic = unique_topic("dump")
    create_topic(b.bootstrap, topic, partitions=1)
    group = "dump-log-group"
    c = _group_consumer(b.bootstrap, group)
    c.commit(offsets=[TopicPartition(topic, 0, 42)], asynchronous=False)
    c.close()
    b.stop_cleanly()
    # "dump-log-group" hashes to partition 7 of 50 (Java's String.hashCode).
    segment = b.log_dirs / "__consumer_offsets-7" / "00000000000000000000.log"
    assert segment.exists(), sorted(p.name for p in b.log_dirs.iterdir())
    out = subprocess.run([str(broker_binary()), "dump-log", "--files", str(segment), "--offsets-decoder"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert f'"group":"{group}","topic":"{topic}","partition":0' in out.stdout, out.stdout
    assert '"offset":42' in out.stdout, out.stdout


def _committed(bootstrap: str, group: str, topic: str, partitions: int) -> dict[int, int]:
    c = _group_consumer(bootstrap, group)
    try:
        return {tp.partition: tp.offset for tp in c.committed(
            [TopicPartition(topic, p) for p in range(partitions)], timeout=30)}
    finally:
        c.close()


def _ends(delivered) -> dict[int, int]:
    return {p: max(off for off, _ in pairs) + 1 for p, pairs in delivered.by_partition.items()}


def test_static_member_takes_over_its_old_identity_then_expires(broker_factory):
    from confluent_kafka.admin import AdminClient

    b = broker_factory("static", **GROUP_SETTINGS)
    topic = unique_topic("static")
    create_topic(b.bootstrap, topic, partitions=4)
    group = unique_topic("static-group")
    admin = AdminClient({"bootstrap.servers": b.bootstrap, **QUIET})

    def join() -> tuple[Consumer, list[int]]:
        assigned: list[int] = []
        c = _group_consumer(b.bootstrap, group, **{"group.instance.id": "instance-1"})
        c.subscribe([topic], on_assign=lambda _c, ps: assigned.extend(tp.partition for tp in ps))
        _wait(lambda: (c.poll(0.05), bool(assigned))[1], "an assignment")
        return c, sorted(assigned)

    def describe():
        return admin.describe_consumer_groups([group])[group].result(timeout=30)

    first, partitions = join()
    first_id = first.memberid()
    first.close()  # a static member does not leave on close
    assert [m.member_id for m in describe().members] == [first_id]

    second, again = join()
    assert again == partitions == [0, 1, 2, 3]
    described = describe()
    assert [m.member_id for m in described.members] == [second.memberid()] != [first_id]
    assert described.state.name == "STABLE"
    second.close()
    # Nobody heartbeats for the instance any more: its session (6 s) expires and the group empties.
    _wait(lambda: describe().state.name == "EMPTY", "the static member to expire", timeout=60)
