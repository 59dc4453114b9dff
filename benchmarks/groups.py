#!/usr/bin/env python3
"""Consumer-group figures for one swkafka broker, measured with confluent-kafka (librdkafka):

- join: a new member of a new group, from subscribe() to its on_assign, with the broker's
  group.initial.rebalance.delay.ms at 3000 (Kafka's default) and at 0;
- rejoin: a second member joins a stable one-member group; from its subscribe() until both have
  their new assignment (the first member learns of the rebalance from a heartbeat, so its
  heartbeat.interval.ms dominates: measured at librdkafka's default 3000 and at 100);
- commits per second to one coordinator: synchronous commits in a loop, and asynchronous ones
  (all sent, then waited for).

Each figure is the median of RUNS runs (default 5). The broker is `$SWKAFKA_BIN`, else the debug
build of this repository (`swift build`); say which when quoting figures.

    /work/main/.venv/bin/python benchmarks/groups.py
    RUNS=9 SWKAFKA_BIN=.build/release/swkafka benchmarks/groups.py
"""

from __future__ import annotations

import os
import statistics
import sys
import threading
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "Tests" / "Interop"))

from confluent_kafka import Consumer, TopicPartition  # noqa: E402
from confluent_kafka.admin import AdminClient, NewTopic  # noqa: E402

from swkafka_broker import Broker, broker_binary  # noqa: E402

RUNS = int(os.environ.get("RUNS", "5"))
QUIET = {"log_level": 3}


def consumer(bootstrap: str, group: str, **conf) -> Consumer:
    base = {"bootstrap.servers": bootstrap, "group.id": group, "enable.auto.commit": False,
            "auto.offset.reset": "earliest", **QUIET}
    base.update(conf)
    return Consumer(base)


def create_topic(bootstrap: str, name: str, partitions: int) -> None:
    admin = AdminClient({"bootstrap.servers": bootstrap, **QUIET})
    admin.create_topics([NewTopic(name, partitions, 1)])[name].result(timeout=30)


def time_to_assignment(bootstrap: str, topic: str) -> float:
    """Seconds from subscribe() to the first on_assign of a new member of a new group."""
    assigned = threading.Event()
    c = consumer(bootstrap, f"bench-{uuid.uuid4().hex[:8]}")
    start = time.monotonic()
    c.subscribe([topic], on_assign=lambda *_: assigned.set())
    while not assigned.is_set():
        c.poll(0.01)
        if time.monotonic() - start > 60:
            raise RuntimeError("no assignment within 60 s")
    elapsed = time.monotonic() - start
    c.close()
    return elapsed


def time_to_rejoin(bootstrap: str, topic: str, heartbeat_ms: int) -> float:
    """Seconds from a second member's subscribe() until both members hold their new assignment."""
    group = f"bench-{uuid.uuid4().hex[:8]}"
    first_count = [0]
    first = consumer(bootstrap, group, **{"heartbeat.interval.ms": heartbeat_ms})
    first.subscribe([topic], on_assign=lambda _c, ps: first_count.__setitem__(0, first_count[0] + 1))
    while first_count[0] == 0:
        first.poll(0.01)
    second_assigned = threading.Event()
    second = consumer(bootstrap, group)
    start = time.monotonic()
    second.subscribe([topic], on_assign=lambda *_: second_assigned.set())
    while not (second_assigned.is_set() and first_count[0] >= 2):
        first.poll(0.005)
        second.poll(0.005)
        if time.monotonic() - start > 60:
            raise RuntimeError("no rebalance within 60 s")
    elapsed = time.monotonic() - start
    second.close()
    first.close()
    return elapsed


def commit_rates(bootstrap: str, topic: str, count_sync: int = 1000, count_async: int = 10000) -> tuple[float, float]:
    """Commits per second: synchronous (one at a time) and asynchronous (pipelined)."""
    c = consumer(bootstrap, f"bench-commit-{uuid.uuid4().hex[:8]}")
    c.commit(offsets=[TopicPartition(topic, 0, 0)], asynchronous=False)  # coordinator found, warm
    start = time.monotonic()
    for i in range(count_sync):
        c.commit(offsets=[TopicPartition(topic, 0, i)], asynchronous=False)
    sync_rate = count_sync / (time.monotonic() - start)
    c.close()

    done = [0]
    c = consumer(bootstrap, f"bench-commit-{uuid.uuid4().hex[:8]}",
                 on_commit=lambda err, _ps: done.__setitem__(0, done[0] + 1))
    c.commit(offsets=[TopicPartition(topic, 0, 0)], asynchronous=False)
    start = time.monotonic()
    for i in range(count_async):
        c.commit(offsets=[TopicPartition(topic, 0, i)], asynchronous=True)
        if i % 100 == 0:
            c.poll(0)
    while done[0] < count_async:
        c.poll(0.01)
        if time.monotonic() - start > 120:
            raise RuntimeError(f"only {done[0]} async commits answered")
    async_rate = count_async / (time.monotonic() - start)
    c.close()
    return sync_rate, async_rate


def median(values: list[float]) -> float:
    return statistics.median(values)


def main() -> None:
    print(f"broker binary: {broker_binary()}  runs: {RUNS}")
    for delay in (3000, 0):
        b = Broker(f"bench-groups-{delay}", {"group.initial.rebalance.delay.ms": delay}).start()
        try:
            topic = "bench-groups"
            create_topic(b.bootstrap, topic, 6)
            time_to_assignment(b.bootstrap, topic)  # creates and loads __consumer_offsets
            joins = [time_to_assignment(b.bootstrap, topic) for _ in range(RUNS)]
            print(f"group.initial.rebalance.delay.ms={delay}: new member of a new group assigned in "
                  f"{median(joins) * 1000:.0f} ms (median; runs {', '.join(f'{j * 1000:.0f}' for j in joins)})")
            if delay == 0:
                for heartbeat_ms in (3000, 100):
                    rejoins = [time_to_rejoin(b.bootstrap, topic, heartbeat_ms) for _ in range(RUNS)]
                    print(f"rejoin (second member joins a stable group, both reassigned; first member's "
                          f"heartbeat.interval.ms={heartbeat_ms}): {median(rejoins) * 1000:.0f} ms "
                          f"(median; runs {', '.join(f'{r * 1000:.0f}' for r in rejoins)})")
                rates = [commit_rates(b.bootstrap, topic) for _ in range(RUNS)]
                print(f"commits/s to one coordinator: synchronous {median([r[0] for r in rates]):.0f}, "
                      f"asynchronous {median([r[1] for r in rates]):.0f} (medians)")
        finally:
            b.stop()
            b.destroy()


if __name__ == "__main__":
    main()
