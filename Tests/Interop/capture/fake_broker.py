"""A minimal single-node Kafka broker that records every request frame it receives.

It exists to capture what real clients put on the wire, not to be a broker: state lives in memory,
there is one node (id 1) that leads every partition, topics are created on first mention with
`DEFAULT_PARTITIONS` partitions, groups have one member (who leads), and every API it does not
model answers with the spec's all-defaults response. It answers enough for producers, consumers
and consumer groups to run to completion: ApiVersions, Metadata, Produce, Fetch (the produced
batches, base offsets re-stamped as a broker assigns them), ListOffsets, OffsetForLeaderEpoch,
FindCoordinator, JoinGroup/SyncGroup/Heartbeat/LeaveGroup, OffsetCommit/OffsetFetch,
InitProducerId.

Each recorded frame is the request exactly as received, without the 4-byte size prefix.

Run alone (`python fake_broker.py`) it prints its port and serves until interrupted.
"""

from __future__ import annotations

import asyncio
import struct
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field

from kafka_codec import CodecError, KafkaSpecs
from kafka_records import batch_record_count, restamp_base_offset, split_batches

NODE_ID = 1
CLUSTER_ID = "c3drYWZrYS1jYXB0dXJlcw"
DEFAULT_PARTITIONS = 3
MAX_FETCH_WAIT_S = 0.5

# Error codes used here.
NONE = 0
UNKNOWN_TOPIC_OR_PARTITION = 3
UNSUPPORTED_VERSION = 35
MEMBER_ID_REQUIRED = 79
UNKNOWN_TOPIC_ID = 100

# What the broker advertises in ApiVersions (each at 0..spec max). Anything else a client sends
# still gets an answer, but clients only call what is advertised.
ADVERTISED = [0, 1, 2, 3, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 22, 23]


@dataclass
class CapturedFrame:
    label: str
    connection: int
    received_at: float
    frame: bytes


@dataclass
class Partition:
    batches: list[tuple[int, bytes]] = field(default_factory=list)  # (base offset, restamped batch)
    end_offset: int = 0


@dataclass
class Topic:
    name: str
    topic_id: uuid.UUID
    partitions: list[Partition]


@dataclass
class Group:
    generation: int = 0
    member_id: str = ""
    protocol_type: str = ""
    protocol_name: str = ""
    assignments: dict[str, bytes] = field(default_factory=dict)
    offsets: dict[tuple[str, int], tuple[int, int, str | None]] = field(default_factory=dict)


class FakeBroker:
    def __init__(self, specs: KafkaSpecs | None = None, host: str = "127.0.0.1", verbose: bool = False):
        self.specs = specs or KafkaSpecs()
        self.host = host
        self.port = 0
        self.verbose = verbose
        self.label = ""
        self.frames: list[CapturedFrame] = []
        self.errors: list[str] = []
        self.topics: dict[str, Topic] = {}
        self.groups: dict[str, Group] = {}
        self._next_producer_id = 1000
        self._connections = 0
        self._open_connections: set[asyncio.StreamWriter] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.AbstractServer | None = None
        self._thread: threading.Thread | None = None
        self._appended: asyncio.Event | None = None
        self._lock = threading.Lock()

    # -----------------------------------------------------------------------------------------
    # Lifecycle (the broker runs on its own event loop thread)

    def start(self) -> int:
        ready = threading.Event()

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            self._appended = asyncio.Event()
            self._server = loop.run_until_complete(
                asyncio.start_server(self._serve, self.host, 0)
            )
            self.port = self._server.sockets[0].getsockname()[1]
            ready.set()
            loop.run_forever()
            loop.close()

        self._thread = threading.Thread(target=run, name="fake-broker", daemon=True)
        self._thread.start()
        ready.wait()
        return self.port

    def stop(self) -> None:
        if self._loop is None:
            return

        async def shutdown() -> None:
            self._server.close()
            for w in list(self._open_connections):
                w.close()
            await self._server.wait_closed()

        asyncio.run_coroutine_threadsafe(shutdown(), self._loop).result(timeout=5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
        self._loop = None

    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.port}"

    def open_connection_count(self) -> int:
        return len(self._open_connections)

    def take_frames(self) -> list[CapturedFrame]:
        with self._lock:
            frames, self.frames = self.frames, []
        return frames

    # -----------------------------------------------------------------------------------------
    # Connections

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._connections += 1
        conn = self._connections
        self._open_connections.add(writer)
        try:
            while True:
                try:
                    size_bytes = await reader.readexactly(4)
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                (size,) = struct.unpack(">i", size_bytes)
                if size < 0 or size > 100 * 1024 * 1024:
                    self._error(f"conn {conn}: bad frame size {size}")
                    return
                frame = await reader.readexactly(size)
                with self._lock:
                    self.frames.append(CapturedFrame(self.label, conn, time.time(), frame))
                try:
                    response = await self._handle(frame)
                except (CodecError, KeyError, ValueError, TypeError) as e:
                    self._error(f"conn {conn}: {type(e).__name__}: {e}")
                    return
                if response is not None:
                    writer.write(struct.pack(">i", len(response)) + response)
                    await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            return
        finally:
            self._open_connections.discard(writer)
            writer.close()

    def _error(self, message: str) -> None:
        self.errors.append(message)
        print(f"fake-broker: {message}", file=sys.stderr)

    async def _handle(self, frame: bytes) -> bytes | None:
        api_key, api_version, correlation_id = struct.unpack(">hhi", frame[:8])
        if api_key == 18 and api_version > self.specs.requests[18].valid.high:
            # A newer ApiVersions than we know: answer v0 with the error and our list (KIP-511).
            body = self._api_versions_body()
            body["ErrorCode"] = UNSUPPORTED_VERSION
            return self.specs.encode_response(18, 0, correlation_id, body)
        req = self.specs.decode_request(frame)
        if self.verbose:
            print(f"fake-broker: {self.label} {req.spec.name} v{api_version} corr={correlation_id}",
                  file=sys.stderr)
        handler = getattr(self, f"_h_{api_key}", None)
        if handler is None:
            body = self.specs.default_response(api_key, api_version)
        else:
            body = handler(req.body, api_version)
            if asyncio.iscoroutine(body):
                body = await body
        if body is None:  # acks=0 produce: no response at all
            return None
        full = self.specs.default_response(api_key, api_version)
        full.update(body)
        return self.specs.encode_response(api_key, api_version, correlation_id, full)

    # -----------------------------------------------------------------------------------------
    # State helpers

    def topic(self, name: str, create: bool = True) -> Topic | None:
        t = self.topics.get(name)
        if t is None and create:
            t = Topic(name, uuid.uuid5(uuid.NAMESPACE_URL, f"swkafka-capture/{name}"),
                      [Partition() for _ in range(DEFAULT_PARTITIONS)])
            self.topics[name] = t
        return t

    def topic_by_id(self, topic_id: uuid.UUID) -> Topic | None:
        return next((t for t in self.topics.values() if t.topic_id == topic_id), None)

    def _broker_entry(self) -> dict:
        return {"NodeId": NODE_ID, "Host": self.host, "Port": self.port, "Rack": None}

    # -----------------------------------------------------------------------------------------
    # Handlers: `_h_<apiKey>(body, version) -> response body (fields not set take defaults)`

    def _api_versions_body(self) -> dict:
        return {
            "ApiKeys": [
                {"ApiKey": k, "MinVersion": 0, "MaxVersion": self.specs.requests[k].valid.high}
                for k in ADVERTISED
            ],
        }

    def _h_18(self, body: dict, version: int) -> dict:  # ApiVersions
        return self._api_versions_body()

    def _h_3(self, body: dict, version: int) -> dict:  # Metadata
        requested = body.get("Topics")
        if requested is None or (version == 0 and requested == []):
            topics = list(self.topics.values())
        else:
            topics = []
            for entry in requested:
                name = entry.get("Name")
                t = self.topic(name) if name else self.topic_by_id(entry.get("TopicId"))
                if t is not None:
                    topics.append(t)
        return {
            "Brokers": [self._broker_entry()],
            "ClusterId": CLUSTER_ID,
            "ControllerId": NODE_ID,
            "Topics": [
                {
                    "ErrorCode": NONE,
                    "Name": t.name,
                    "TopicId": t.topic_id,
                    "IsInternal": False,
                    "Partitions": [
                        {
                            "ErrorCode": NONE,
                            "PartitionIndex": i,
                            "LeaderId": NODE_ID,
                            "LeaderEpoch": 0,
                            "ReplicaNodes": [NODE_ID],
                            "IsrNodes": [NODE_ID],
                            "OfflineReplicas": [],
                        }
                        for i in range(len(t.partitions))
                    ],
                    "TopicAuthorizedOperations": -2147483648,
                }
                for t in topics
            ],
            "ClusterAuthorizedOperations": -2147483648,
        }

    def _h_0(self, body: dict, version: int) -> dict | None:  # Produce
        responses = []
        for td in body["TopicData"]:
            t = self.topic(td["Name"])
            parts = []
            for pd in td["PartitionData"]:
                index = pd["Index"]
                if not 0 <= index < len(t.partitions):
                    parts.append({"Index": index, "ErrorCode": UNKNOWN_TOPIC_OR_PARTITION,
                                  "BaseOffset": -1, "LogAppendTimeMs": -1, "LogStartOffset": -1})
                    continue
                p = t.partitions[index]
                base = p.end_offset
                for raw in split_batches(pd["Records"]):
                    p.batches.append((p.end_offset, restamp_base_offset(raw, p.end_offset)))
                    p.end_offset += batch_record_count(raw)
                parts.append({"Index": index, "ErrorCode": NONE, "BaseOffset": base,
                              "LogAppendTimeMs": -1, "LogStartOffset": 0})
            responses.append({"Name": td["Name"], "PartitionResponses": parts})
        if self._appended is not None:
            self._appended.set()
            self._appended = asyncio.Event()
        if body["Acks"] == 0:
            return None
        return {"Responses": responses}

    def _fetch_topic(self, ft: dict, version: int) -> Topic | None:
        if version >= 13:
            return self.topic_by_id(ft["TopicId"])
        return self.topic(ft["Topic"], create=False)

    def _has_data(self, body: dict, version: int) -> bool:
        for ft in body["Topics"]:
            t = self._fetch_topic(ft, version)
            if t is None:
                return True  # answer the error at once
            for fp in ft["Partitions"]:
                i = fp["Partition"]
                if not 0 <= i < len(t.partitions) or t.partitions[i].end_offset > fp["FetchOffset"]:
                    return True
        return False

    async def _h_1(self, body: dict, version: int) -> dict:  # Fetch
        wait = min(body["MaxWaitMs"] / 1000.0, MAX_FETCH_WAIT_S)
        if wait > 0 and not self._has_data(body, version):
            try:
                await asyncio.wait_for(self._appended.wait(), wait)
            except asyncio.TimeoutError:
                pass
        responses = []
        for ft in body["Topics"]:
            t = self._fetch_topic(ft, version)
            parts = []
            for fp in ft["Partitions"]:
                i = fp["Partition"]
                entry = {"PartitionIndex": i, "HighWatermark": -1, "LastStableOffset": -1,
                         "LogStartOffset": -1, "AbortedTransactions": None, "PreferredReadReplica": -1,
                         "Records": None}
                if t is None or not 0 <= i < len(t.partitions):
                    entry["ErrorCode"] = UNKNOWN_TOPIC_ID if version >= 13 else UNKNOWN_TOPIC_OR_PARTITION
                    parts.append(entry)
                    continue
                p = t.partitions[i]
                chunks, size = [], 0
                for base, raw in p.batches:
                    if base + batch_record_count(raw) <= fp["FetchOffset"]:
                        continue
                    if chunks and size + len(raw) > fp["PartitionMaxBytes"]:
                        break
                    chunks.append(raw)
                    size += len(raw)
                entry.update({"ErrorCode": NONE, "HighWatermark": p.end_offset,
                              "LastStableOffset": p.end_offset, "LogStartOffset": 0,
                              "AbortedTransactions": [], "Records": b"".join(chunks)})
                parts.append(entry)
            key = {"TopicId": ft["TopicId"]} if version >= 13 else {"Topic": ft["Topic"]}
            responses.append({**key, "Partitions": parts})
        return {"ErrorCode": NONE, "SessionId": 0, "Responses": responses}

    def _h_2(self, body: dict, version: int) -> dict:  # ListOffsets
        topics = []
        for lt in body["Topics"]:
            t = self.topic(lt["Name"], create=False)
            parts = []
            for lp in lt["Partitions"]:
                i = lp["PartitionIndex"]
                if t is None or not 0 <= i < len(t.partitions):
                    parts.append({"PartitionIndex": i, "ErrorCode": UNKNOWN_TOPIC_OR_PARTITION,
                                  "Timestamp": -1, "Offset": -1, "LeaderEpoch": -1})
                    continue
                p = t.partitions[i]
                ts = lp["Timestamp"]
                if ts == -2:
                    offset = 0
                elif ts == -1 or ts == -3:
                    offset = p.end_offset
                else:
                    offset = next((base for base, raw in p.batches
                                   if struct.unpack(">q", raw[35:43])[0] >= ts), -1)
                parts.append({"PartitionIndex": i, "ErrorCode": NONE, "OldStyleOffsets": [offset],
                              "Timestamp": -1, "Offset": offset, "LeaderEpoch": 0})
            topics.append({"Name": lt["Name"], "Partitions": parts})
        return {"Topics": topics}

    def _h_23(self, body: dict, version: int) -> dict:  # OffsetForLeaderEpoch
        topics = []
        for ot in body["Topics"]:
            t = self.topic(ot["Topic"], create=False)
            parts = []
            for op in ot["Partitions"]:
                i = op["Partition"]
                if t is None or not 0 <= i < len(t.partitions):
                    parts.append({"ErrorCode": UNKNOWN_TOPIC_OR_PARTITION, "Partition": i})
                else:
                    parts.append({"ErrorCode": NONE, "Partition": i, "LeaderEpoch": 0,
                                  "EndOffset": t.partitions[i].end_offset})
            topics.append({"Topic": ot["Topic"], "Partitions": parts})
        return {"Topics": topics}

    def _h_10(self, body: dict, version: int) -> dict:  # FindCoordinator
        node = {"NodeId": NODE_ID, "Host": self.host, "Port": self.port, "ErrorCode": NONE,
                "ErrorMessage": None}
        if version >= 4:
            return {"Coordinators": [{"Key": k, **node} for k in body["CoordinatorKeys"]]}
        return node

    def _h_11(self, body: dict, version: int) -> dict:  # JoinGroup
        g = self.groups.setdefault(body["GroupId"], Group())
        member_id = body["MemberId"]
        if not member_id:
            member_id = f"{body.get('GroupInstanceId') or 'member'}-{uuid.uuid4()}"
            if version >= 4 and body.get("GroupInstanceId") is None:
                # KIP-394: the broker hands out the id and the client joins again with it.
                return {"ErrorCode": MEMBER_ID_REQUIRED, "GenerationId": -1, "MemberId": member_id,
                        "ProtocolName": None if version >= 7 else "", "Leader": ""}
        protocol = body["Protocols"][0]
        g.generation += 1
        g.member_id = member_id
        g.protocol_type = body["ProtocolType"]
        g.protocol_name = protocol["Name"]
        g.assignments = {}
        return {
            "ErrorCode": NONE,
            "GenerationId": g.generation,
            "ProtocolType": g.protocol_type,
            "ProtocolName": g.protocol_name,
            "Leader": member_id,
            "MemberId": member_id,
            "Members": [{"MemberId": member_id, "GroupInstanceId": body.get("GroupInstanceId"),
                         "Metadata": protocol["Metadata"]}],
        }

    def _h_14(self, body: dict, version: int) -> dict:  # SyncGroup
        g = self.groups.setdefault(body["GroupId"], Group())
        for a in body["Assignments"]:
            g.assignments[a["MemberId"]] = a["Assignment"]
        return {
            "ErrorCode": NONE,
            "ProtocolType": g.protocol_type or body.get("ProtocolType"),
            "ProtocolName": g.protocol_name or body.get("ProtocolName"),
            "Assignment": g.assignments.get(body["MemberId"], b""),
        }

    def _h_12(self, body: dict, version: int) -> dict:  # Heartbeat
        return {"ErrorCode": NONE}

    def _h_13(self, body: dict, version: int) -> dict:  # LeaveGroup
        g = self.groups.get(body["GroupId"])
        if g is not None:
            g.member_id = ""
        if version >= 3:
            return {"ErrorCode": NONE, "Members": [
                {"MemberId": m["MemberId"], "GroupInstanceId": m.get("GroupInstanceId"), "ErrorCode": NONE}
                for m in body["Members"]
            ]}
        return {"ErrorCode": NONE}

    def _h_8(self, body: dict, version: int) -> dict:  # OffsetCommit
        g = self.groups.setdefault(body["GroupId"], Group())
        topics = []
        for ct in body["Topics"]:
            parts = []
            for cp in ct["Partitions"]:
                g.offsets[(ct["Name"], cp["PartitionIndex"])] = (
                    cp["CommittedOffset"], cp.get("CommittedLeaderEpoch", -1), cp["CommittedMetadata"])
                parts.append({"PartitionIndex": cp["PartitionIndex"], "ErrorCode": NONE})
            topics.append({"Name": ct["Name"], "Partitions": parts})
        return {"Topics": topics}

    def _offset_fetch_topics(self, group_id: str, requested: list[dict] | None) -> list[dict]:
        g = self.groups.setdefault(group_id, Group())
        if requested is None:
            names: dict[str, list[int]] = {}
            for (topic, part) in sorted(g.offsets):
                names.setdefault(topic, []).append(part)
            requested = [{"Name": n, "PartitionIndexes": ps} for n, ps in names.items()]
        out = []
        for rt in requested:
            parts = []
            for i in rt["PartitionIndexes"]:
                offset, epoch, metadata = g.offsets.get((rt["Name"], i), (-1, -1, ""))
                parts.append({"PartitionIndex": i, "CommittedOffset": offset, "CommittedLeaderEpoch": epoch,
                              "Metadata": metadata, "ErrorCode": NONE})
            out.append({"Name": rt["Name"], "Partitions": parts})
        return out

    def _h_9(self, body: dict, version: int) -> dict:  # OffsetFetch
        if version >= 8:
            return {"Groups": [
                {"GroupId": rg["GroupId"], "Topics": self._offset_fetch_topics(rg["GroupId"], rg["Topics"]),
                 "ErrorCode": NONE}
                for rg in body["Groups"]
            ]}
        return {"Topics": self._offset_fetch_topics(body["GroupId"], body["Topics"]), "ErrorCode": NONE}

    def _h_22(self, body: dict, version: int) -> dict:  # InitProducerId
        self._next_producer_id += 1
        return {"ErrorCode": NONE, "ProducerId": self._next_producer_id, "ProducerEpoch": 0}

    def _h_15(self, body: dict, version: int) -> dict:  # DescribeGroups
        groups = []
        for gid in body["Groups"]:
            g = self.groups.get(gid)
            groups.append({"ErrorCode": NONE, "GroupId": gid,
                           "GroupState": "Stable" if g and g.member_id else "Dead",
                           "ProtocolType": g.protocol_type if g else "",
                           "ProtocolData": g.protocol_name if g else "", "Members": []})
        return {"Groups": groups}

    def _h_16(self, body: dict, version: int) -> dict:  # ListGroups
        return {"ErrorCode": NONE, "Groups": [
            {"GroupId": gid, "ProtocolType": g.protocol_type, "GroupState": "Stable" if g.member_id else "Empty",
             "GroupType": "classic"}
            for gid, g in self.groups.items()
        ]}


def main() -> None:
    broker = FakeBroker(verbose=True)
    port = broker.start()
    print(f"fake broker listening on 127.0.0.1:{port}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        broker.stop()


if __name__ == "__main__":
    main()
