"""Topic administration through each client's admin API: create, describe, configs, delete."""

from __future__ import annotations

import asyncio
import json
import subprocess
import time

import pytest
from confluent_kafka import KafkaError, KafkaException, TopicCollection
from confluent_kafka.admin import ConfigResource, ConfigSource, NewPartitions, NewTopic, ResourceType

from clients import admin, create_topic, is_kafka_error, unique_topic, wait_for_topic

TOPIC_CONFIG = {"retention.ms": "3600000", "cleanup.policy": "delete", "max.message.bytes": "2000000"}


def _wait_until_gone(bootstrap: str, name: str, timeout: float = 30.0) -> None:
    a = admin(bootstrap)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if name not in a.list_topics(timeout=5).topics:
            return
        time.sleep(0.1)
    raise AssertionError(f"topic {name} still in Metadata {timeout}s after its deletion")


def _field(d: dict, *names: str):
    """A field of a client's metadata dict; the clients' versions name some fields differently."""
    for n in names:
        if n in d:
            return d[n]
    raise KeyError(f"none of {names} in {d}")


def _topic_configs(bootstrap: str, name: str) -> dict:
    a = admin(bootstrap)
    res = ConfigResource(ResourceType.TOPIC, name)
    return a.describe_configs([res])[res].result(timeout=30)


def test_confluent_create_describe_delete(broker):
    bs = broker.bootstrap
    a = admin(bs)
    name = unique_topic("adm-cf")
    fs = a.create_topics([NewTopic(name, num_partitions=4, replication_factor=1, config=TOPIC_CONFIG)],
                         operation_timeout=30)
    assert fs[name].result(timeout=30) is None
    wait_for_topic(bs, name, 4)

    md = a.list_topics(topic=name, timeout=10)
    t = md.topics[name]
    assert sorted(t.partitions) == [0, 1, 2, 3]
    for p in t.partitions.values():
        assert p.leader == 1 and p.replicas == [1] and p.isrs == [1], p

    desc = a.describe_topics(TopicCollection([name]))[name].result(timeout=30)
    assert desc.name == name
    assert [p.id for p in desc.partitions] == [0, 1, 2, 3]
    assert all(p.leader.id == 1 and [r.id for r in p.replicas] == [1] for p in desc.partitions)
    assert not desc.is_internal

    configs = _topic_configs(bs, name)
    for k, v in TOPIC_CONFIG.items():
        assert configs[k].value == v, (k, configs[k])
        assert configs[k].source == ConfigSource.DYNAMIC_TOPIC_CONFIG.value, (k, configs[k])
    # An unset config shows the broker's default.
    assert configs["segment.bytes"].value == "1073741824"
    assert configs["segment.bytes"].source in (ConfigSource.DEFAULT_CONFIG.value,
                                               ConfigSource.STATIC_BROKER_CONFIG.value)

    # Creating it again fails with TOPIC_ALREADY_EXISTS.
    fs = a.create_topics([NewTopic(name, num_partitions=1, replication_factor=1)], operation_timeout=10)
    with pytest.raises(KafkaException) as e:
        fs[name].result(timeout=30)
    assert is_kafka_error(e.value, KafkaError.TOPIC_ALREADY_EXISTS), e.value

    # More partitions.
    fs = a.create_partitions([NewPartitions(name, 6)], operation_timeout=30)
    assert fs[name].result(timeout=30) is None
    wait_for_topic(bs, name, 6)

    fs = a.delete_topics([name], operation_timeout=30)
    assert fs[name].result(timeout=30) is None
    _wait_until_gone(bs, name)


def test_confluent_create_errors(broker):
    a = admin(broker.bootstrap)
    good, bad_rf, bad_cfg, bad_name = (unique_topic("adm-ok"), unique_topic("adm-rf"),
                                       unique_topic("adm-cfg"), "bad/name")
    fs = a.create_topics([
        NewTopic(good, 1, 1),
        NewTopic(bad_rf, 1, 3),  # one broker: replication factor 3 is impossible
        NewTopic(bad_cfg, 1, 1, config={"cleanup.policy": "sideways"}),
        NewTopic(bad_name, 1, 1),
    ], operation_timeout=30)
    assert fs[good].result(timeout=30) is None
    for name, code in [(bad_rf, KafkaError.INVALID_REPLICATION_FACTOR),
                       (bad_cfg, KafkaError.INVALID_CONFIG),
                       (bad_name, KafkaError.TOPIC_EXCEPTION)]:
        with pytest.raises(KafkaException) as e:
            fs[name].result(timeout=30)
        assert is_kafka_error(e.value, code), (name, e.value)
    topics = a.list_topics(timeout=10).topics
    assert good in topics and bad_rf not in topics and bad_cfg not in topics

    # Deleting a topic that does not exist: UNKNOWN_TOPIC_OR_PART.
    missing = unique_topic("adm-missing")
    fs = a.delete_topics([missing], operation_timeout=30)
    with pytest.raises(KafkaException) as e:
        fs[missing].result(timeout=30)
    assert is_kafka_error(e.value, KafkaError.UNKNOWN_TOPIC_OR_PART), e.value


def test_confluent_alter_topic_config(broker):
    from confluent_kafka.admin import AlterConfigOpType, ConfigEntry

    bs = broker.bootstrap
    name = unique_topic("adm-alter")
    create_topic(bs, name, 1)
    a = admin(bs)
    res = ConfigResource(ResourceType.TOPIC, name, incremental_configs=[
        ConfigEntry("retention.ms", "7200000", incremental_operation=AlterConfigOpType.SET)])
    a.incremental_alter_configs([res])[res].result(timeout=30)
    deadline = time.monotonic() + 10
    while _topic_configs(bs, name)["retention.ms"].value != "7200000":
        assert time.monotonic() < deadline, "retention.ms not changed 10s after the alter"
        time.sleep(0.1)


def test_kafka_python_admin(broker):
    from kafka.admin import ConfigResource as KPConfigResource
    from kafka.admin import ConfigResourceType, KafkaAdminClient
    from kafka.admin import NewTopic as KPNewTopic

    name = unique_topic("adm-kp")
    a = KafkaAdminClient(bootstrap_servers=broker.bootstrap, request_timeout_ms=30000)
    try:
        a.create_topics([KPNewTopic(name, 2, 1, topic_configs={"retention.ms": "3600000"})],
                        timeout_ms=30000)
        wait_for_topic(broker.bootstrap, name, 2)
        assert name in a.list_topics()
        (t,) = a.describe_topics([name])
        assert _field(t, "name", "topic") == name and t["error_code"] == 0, t
        assert sorted(_field(p, "partition_index", "partition") for p in t["partitions"]) == [0, 1]
        assert all(_field(p, "leader_id", "leader") == 1 for p in t["partitions"]), t

        described = a.describe_configs([KPConfigResource(ConfigResourceType.TOPIC, name)])
        text = json.dumps(described, default=str)
        assert "retention.ms" in text and "3600000" in text, text[:2000]

        a.delete_topics([name], timeout_ms=30000)
    finally:
        a.close()
    _wait_until_gone(broker.bootstrap, name)


def test_aiokafka_admin(broker):
    from aiokafka.admin import AIOKafkaAdminClient
    from aiokafka.admin import NewTopic as AIONewTopic

    name = unique_topic("adm-aio")

    async def run():
        a = AIOKafkaAdminClient(bootstrap_servers=broker.bootstrap, request_timeout_ms=30000)
        await a.start()
        try:
            resp = await a.create_topics([AIONewTopic(name, 3, 1, topic_configs={"retention.ms": "3600000"})],
                                         timeout_ms=30000)
            errors = [e[1] for e in resp.topic_errors]
            assert errors == [0], resp
            wait_for_topic(broker.bootstrap, name, 3)
            assert name in await a.list_topics()
            described = await a.describe_topics([name])
            (t,) = [x for x in described if _field(x, "name", "topic") == name]
            assert t["error_code"] == 0 and len(t["partitions"]) == 3, t
            resp = await a.delete_topics([name], timeout_ms=30000)
            assert [e[1] for e in resp.topic_error_codes] == [0], resp
        finally:
            await a.close()

    asyncio.run(asyncio.wait_for(run(), 120))
    _wait_until_gone(broker.bootstrap, name)


def test_kcat_metadata(broker):
    name = unique_topic("adm-kcat")
    create_topic(broker.bootstrap, name, 5)
    out = subprocess.run(["kcat", "-L", "-J", "-b", broker.bootstrap, "-t", name, "-X", "log_level=3"],
                         capture_output=True, timeout=60)
    assert out.returncode == 0, out.stderr.decode(errors="replace")
    md = json.loads(out.stdout)
    assert [b["id"] for b in md["brokers"]] == [1]
    assert md["brokers"][0]["name"] == broker.bootstrap
    (t,) = md["topics"]
    assert t["topic"] == name and len(t["partitions"]) == 5
    assert all(p["leader"] == 1 for p in t["partitions"])


def test_recreated_topic_starts_empty(broker):
    """A topic deleted and created again under the same name holds none of the old records."""
    from clients import produce_confluent, watermarks

    bs = broker.bootstrap
    name = unique_topic("adm-again")
    create_topic(bs, name, 2)
    d = produce_confluent(bs, name, 1000, acks="all")
    assert d.errors == []
    assert sum(hi for _, hi in watermarks(bs, name, 2).values()) == 1000
    a = admin(bs)
    a.delete_topics([name], operation_timeout=30)[name].result(timeout=30)
    _wait_until_gone(bs, name)
    create_topic(bs, name, 2)
    assert watermarks(bs, name, 2) == {0: (0, 0), 1: (0, 0)}
    d = produce_confluent(bs, name, 10, start=5000, acks="all")
    assert d.errors == [] and all(o < 10 for reports in d.by_partition.values() for o, _ in reports)
