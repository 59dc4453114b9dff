import Foundation
import NIOCore
import Testing

@testable import KafkaEngine

/// `--offsets-decoder`, `--transaction-log-decoder`, `--cluster-metadata-decoder`, the decoder
/// classes, and `--format json`.
@Suite struct DumpLogDecoderTests {
    typealias F = DumpLogFixtures

    /// A segment of one batch (base offset 0, leader epoch 0) holding `records`.
    static func segment(
        _ dir: String, _ records: [(timestamp: Int64, key: ByteBuffer?, value: ByteBuffer?)], name: String? = nil
    ) throws -> String {
        var builder = F.builder(base: 0)
        for r in records { try builder.append(timestamp: r.timestamp, key: r.key, value: r.value) }
        let batch = try #require(try builder.build())
        let path = dir + "/" + (name ?? "00000000000000000000.log")
        try writeFile(path, F.bytes([batch]))
        return path
    }

    /// The text after `headerKeys: [] ` on each record line.
    static func recordTails(_ run: F.Run) -> [String] {
        run.outLines.filter { $0.hasPrefix("| ") }.map { $0.components(separatedBy: "headerKeys: [] ").last ?? "" }
    }

    // MARK: __transaction_state

    /// Kafka's own output for a `__transaction_state` segment, as printed by kafka-dump-log 3.x/4.0
    /// (Strimzi's blog post on transactions): the same records rebuilt here must give the same
    /// batch sizes and CRCs, and the same decoded lines.
    @Test func transactionLogMatchesKafkasOutput() throws {
        func key(_ id: String) throws -> ByteBuffer {
            var key = TransactionLogKey()
            key.transactionalId = id
            return try F.prefixed(0, key)
        }
        var empty = TransactionLogValue()
        empty.producerId = 1
        empty.producerEpoch = 0
        empty.transactionTimeoutMs = 60000
        empty.transactionStatus = 0
        empty.transactionPartitions = nil
        empty.transactionLastUpdateTimestampMs = 1_742_739_549_435
        empty.transactionStartTimestampMs = -1
        var ongoing = empty
        ongoing.transactionStatus = 1
        var partitions = TransactionLogValue.PartitionsSchema()
        partitions.topic = "output-topic"
        partitions.partitionIds = [0]
        ongoing.transactionPartitions = [partitions]
        ongoing.transactionLastUpdateTimestampMs = 1_742_739_702_876
        ongoing.transactionStartTimestampMs = 1_742_739_702_876

        var first = F.builder(base: 0)
        try first.append(timestamp: 1_742_739_549_438, key: try key("kafka-txn-0"), value: try F.prefixed(0, empty))
        var second = F.builder(base: 1)
        try second.append(timestamp: 1_742_739_702_876, key: try key("kafka-txn-0"), value: try F.prefixed(0, ongoing))
        let batches = [try #require(try first.build()), try #require(try second.build())]
        try withTemporaryDirectory { dir in
            let path = try F.segment(dir, batches)
            let run = F.run([path]) {
                $0.printDataLog = true
                $0.parser = .transactionLog
            }
            var expected = ["Dumping \(path)", "Log starting offset: 0"]
            expected.append(
                "baseOffset: 0 lastOffset: 0 count: 1 baseSequence: -1 lastSequence: -1 producerId: -1 producerEpoch: -1 "
                    + "partitionLeaderEpoch: 0 isTransactional: false isControl: false deleteHorizonMs: OptionalLong.empty "
                    + "position: 0 CreateTime: 1742739549438 size: 120 magic: 2 compresscodec: none crc: 3663501755 "
                    + "isvalid: true")
            expected.append(
                "| offset: 0 CreateTime: 1742739549438 keySize: 15 valueSize: 37 sequence: -1 headerKeys: [] "
                    + "key: transaction_metadata::transactionalId=kafka-txn-0 payload: producerId:1,producerEpoch:0,"
                    + "state=Empty,partitions=[],txnLastUpdateTimestamp=1742739549435,txnTimeoutMs=60000")
            expected.append(
                "baseOffset: 1 lastOffset: 1 count: 1 baseSequence: -1 lastSequence: -1 producerId: -1 producerEpoch: -1 "
                    + "partitionLeaderEpoch: 0 isTransactional: false isControl: false deleteHorizonMs: OptionalLong.empty "
                    + "position: 120 CreateTime: 1742739702876 size: 143 magic: 2 compresscodec: none crc: 563111626 "
                    + "isvalid: true")
            expected.append(
                "| offset: 1 CreateTime: 1742739702876 keySize: 15 valueSize: 59 sequence: -1 headerKeys: [] "
                    + "key: transaction_metadata::transactionalId=kafka-txn-0 payload: producerId:1,producerEpoch:0,"
                    + "state=Ongoing,partitions=[output-topic-0],txnLastUpdateTimestamp=1742739702876,txnTimeoutMs=60000"
            )
            #expect(run.outLines == expected)
            #expect(run.summary.exitCode == 0)
        }
    }

    @Test func transactionLogTombstonesAndStrangers() throws {
        var key = TransactionLogKey()
        key.transactionalId = "t"
        var unknownKey = ByteBuffer()
        unknownKey.writeInteger(Int16(7))
        try withTemporaryDirectory { dir in
            let path = try Self.segment(
                dir,
                [
                    (1, try F.prefixed(0, key), nil),
                    (2, unknownKey, ByteBuffer(bytes: [1])),
                    (3, nil, ByteBuffer(bytes: [1])),
                ])
            let run = F.run([path]) {
                $0.parser = .transactionLog; $0.printDataLog = true
            }
            #expect(
                Self.recordTails(run) == [
                    "key: transaction_metadata::transactionalId=t payload: <DELETE>",
                    "key: unknown::version=7",
                    "key: Error at offset 2, skipping. The record has no key.",
                ])
        }
    }

    // MARK: __consumer_offsets

    @Test func offsetsTopic() throws {
        var commitKey = OffsetCommitKey()
        commitKey.group = "g"
        commitKey.topic = "t"
        commitKey.partition = 0
        var commit = OffsetCommitValue()
        commit.offset = 42
        commit.leaderEpoch = 5
        commit.commitTimestamp = 1000

        var subscription = ConsumerProtocolSubscription()
        subscription.topics = ["t"]
        var assigned = ConsumerProtocolAssignment.TopicPartition()
        assigned.topic = "t"
        assigned.partitions = [0]
        var assignment = ConsumerProtocolAssignment()
        assignment.assignedPartitions = [assigned]
        var member = GroupMetadataValue.MemberMetadata()
        member.memberId = "m1"
        member.clientId = "c"
        member.clientHost = "/127.0.0.1"
        member.rebalanceTimeout = 300_000
        member.sessionTimeout = 45000
        member.subscription = try F.prefixed(1, subscription)
        member.assignment = try F.prefixed(1, assignment)
        var group = GroupMetadataValue()
        group.protocolType = "consumer"
        group.generation = 1
        group.protocol = "range"
        group.leader = "m1"
        group.currentStateTimestamp = 5
        group.members = [member]
        var groupKey = GroupMetadataKey()
        groupKey.group = "g"
        var unknownType = ByteBuffer()
        unknownType.writeInteger(Int16(9))

        try withTemporaryDirectory { dir in
            let path = try Self.segment(
                dir,
                [
                    (1, try F.prefixed(1, commitKey), try F.prefixed(3, commit)),
                    (2, try F.prefixed(1, commitKey), nil),
                    (3, try F.prefixed(2, groupKey), try F.prefixed(3, group)),
                    (4, unknownType, ByteBuffer()),
                    (5, try F.prefixed(1, commitKey), ByteBuffer(bytes: [0, 3, 0])),
                ])
            let run = F.run([path]) {
                $0.parser = .offsets; $0.printDataLog = true
            }
            let commitKeyJSON = #"{"type":"1","data":{"group":"g","topic":"t","partition":0}}"#
            var expected: [String] = []
            expected.append(
                "key: \(commitKeyJSON) payload: "
                    + #"{"version":"3","data":{"offset":42,"leaderEpoch":5,"metadata":"","commitTimestamp":1000}}"#)
            expected.append("key: \(commitKeyJSON) payload: <DELETE>")
            expected.append(
                #"key: {"type":"2","data":{"group":"g"}} payload: {"version":"3","data":{"protocolType":"consumer","#
                    + #""generation":1,"protocol":"range","leader":"m1","currentStateTimestamp":5,"members":[{"#
                    + #""memberId":"m1","groupInstanceId":null,"clientId":"c","clientHost":"/127.0.0.1","#
                    + #""rebalanceTimeout":300000,"sessionTimeout":45000,"subscription":{"topics":["t"],"userData":null,"#
                    + #""ownedPartitions":[]},"assignment":{"assignedPartitions":[{"topic":"t","partitions":[0]}],"#
                    + #""userData":null}}]}}"#)
            expected.append("key: Unknown record type 9 at offset 3, skipping.")
            let tails = Self.recordTails(run)
            #expect(Array(tails.prefix(4)) == expected)
            #expect(
                tails.last?.hasPrefix(
                    "key: Error at offset 4, skipping. Could not read record with version 3 from value's buffer due to: "
                )
                    == true)
        }
    }

    @Test func groupMetadataOfOtherProtocolsKeepsTheBytes() throws {
        var member = GroupMetadataValue.MemberMetadata()
        member.memberId = "m"
        member.subscription = ByteBuffer(bytes: [0, 1, 2])
        var group = GroupMetadataValue()
        group.protocolType = "connect"
        group.members = [member]
        let json = OffsetsTopicParser.groupMetadataJSON(group, version: 0)
        #expect(json.hasSuffix(#""sessionTimeout":0,"subscription":"AAEC","assignment":""}]}"#))
        group.protocolType = "consumer"
        // Undecodable subscription bytes stay base64 under the consumer protocol too.
        #expect(
            OffsetsTopicParser.groupMetadataJSON(group, version: 0)
                == json.replacingOccurrences(of: "connect", with: "consumer"))
    }

    // MARK: __cluster_metadata

    static func metadataRecord<M: KafkaMessage>(_ type: MetadataRecordType, version: Int16, _ message: M) throws
        -> ByteBuffer
    {
        var buffer = ByteBuffer()
        buffer.writeUnsignedVarint(1)
        buffer.writeUnsignedVarint(UInt32(type.rawValue))
        buffer.writeUnsignedVarint(UInt32(version))
        try message.write(to: &buffer, version: version)
        return buffer
    }

    @Test func clusterMetadata() throws {
        var topic = TopicRecord()
        topic.name = "foo"
        topic.topicId = KafkaUUID(high: 0x0123_4567_89AB_CDEF, low: 0xFEDC_BA98_7654_3210)
        var quota = ClientQuotaRecord()
        var entity = ClientQuotaRecord.EntityData()
        entity.entityType = "user"
        entity.entityName = "alice"
        quota.entity = [entity]
        quota.key = "producer_byte_rate"
        quota.value = 1_048_576
        var frameZero = ByteBuffer()
        frameZero.writeUnsignedVarint(0)
        var unknown = ByteBuffer()
        unknown.writeUnsignedVarint(1)
        unknown.writeUnsignedVarint(99)
        unknown.writeUnsignedVarint(0)
        var trailing = try Self.metadataRecord(.topicRecord, version: 0, topic)
        trailing.writeInteger(UInt8(0))
        try withTemporaryDirectory { dir in
            let path = try Self.segment(
                dir,
                [
                    (1, nil, try Self.metadataRecord(.topicRecord, version: 0, topic)),
                    (2, nil, try Self.metadataRecord(.clientQuotaRecord, version: 0, quota)),
                    (3, nil, frameZero),
                    (4, nil, unknown),
                    (5, nil, trailing),
                ])
            let run = F.run([path]) {
                $0.parser = .clusterMetadata; $0.printDataLog = true
            }
            #expect(
                Self.recordTails(run) == [
                    #"payload: {"type":"TOPIC_RECORD","version":0,"data":{"name":"foo","topicId":"ASNFZ4mrze_-3LqYdlQyEA"}}"#,
                    #"payload: {"type":"CLIENT_QUOTA_RECORD","version":0,"data":{"entity":[{"entityType":"user","#
                        + #""entityName":"alice"}],"key":"producer_byte_rate","value":1048576.0,"remove":false}}"#,
                    "payload: Error at 2, skipping. Could not deserialize metadata record with frame version 0. Note that "
                        + "upgrades from the preview release of KRaft in 2.8 to newer versions are not supported.",
                    "payload: Error at 3, skipping. Unknown metadata id 99",
                    "payload: Error at 4, skipping. Found 1 byte(s) of garbage after 2",
                ])
            #expect(run.summary.exitCode == 0)
        }
    }

    @Test func enumConstantNames() {
        #expect(ClusterMetadataParser.enumConstantName("RegisterBrokerRecord") == "REGISTER_BROKER_RECORD")
        #expect(ClusterMetadataParser.enumConstantName("ZkMigrationStateRecord") == "ZK_MIGRATION_STATE_RECORD")
        #expect(ClusterMetadataParser.enumConstantName("NoOpRecord") == "NO_OP_RECORD")
    }

    // MARK: Decoder classes

    @Test func decoderClasses() throws {
        try withTemporaryDirectory { dir in
            let path = try Self.segment(
                dir,
                [
                    (
                        1, ByteBuffer(bytes: [0, 0, 1, 0]),
                        ByteBuffer(bytes: [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFE])
                    ),
                    (2, ByteBuffer(bytes: [7]), ByteBuffer(bytes: [0xC3, 0x28, 0x41])),
                ])
            let numbers = F.run([path]) {
                $0.printDataLog = true
                $0.parser = .decoders(key: .integer, value: .long)
            }
            #expect(Self.recordTails(numbers).first == "key: 256 payload: -2")
            #expect(Self.recordTails(numbers).last?.hasPrefix("key: Error at offset 1, skipping.") == true)

            // Malformed UTF-8 reads back with U+FFFD, as Java's new String(bytes, UTF_8).
            let text = F.run([path]) { $0.printDataLog = true }
            #expect(Self.recordTails(text).last == "key: \u{07} payload: \u{FFFD}(A")

            let raw = F.run([path]) {
                $0.printDataLog = true
                $0.parser = .decoders(key: .bytes, value: .string)
                $0.decoderNotices = [
                    "kafka.serializer.DefaultDecoder is deprecated. Please use org.apache.kafka.tools.api.DefaultDecoder instead"
                ]
            }
            #expect(raw.outLines[1].hasPrefix("kafka.serializer.DefaultDecoder is deprecated."))
            #expect(Self.recordTails(raw).first?.hasPrefix("key: AAABAA== payload: ") == true)
        }
        #expect(DumpLogDecoder(className: "org.apache.kafka.tools.api.LongDecoder") == .long)
        #expect(DumpLogDecoder(className: "kafka.serializer.StringDecoder") == .string)
        #expect(DumpLogDecoder(className: "IntegerDecoder") == .integer)
        #expect(DumpLogDecoder(className: "com.example.MyDecoder") == nil)
        #expect(
            DumpLogDecoder.deprecationNotice(for: "kafka.serializer.LongDecoder")
                == "kafka.serializer.LongDecoder is deprecated. Please use org.apache.kafka.tools.api.LongDecoder instead"
        )
    }

    // MARK: --format json

    static func objects(_ run: F.Run) throws -> [[String: Any]] {
        try run.outLines.map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
        }
    }

    @Test func jsonFormatHasOneObjectPerLine() throws {
        var builder = F.builder(base: 0, producerId: 5, producerEpoch: 0, baseSequence: 0)
        try F.append(&builder, [F.Rec(1, "k", "v", headers: [("h", "x")]), F.Rec(2, nil, "line\nbreak")])
        let batch = try #require(try builder.build())
        try withTemporaryDirectory { dir in
            let path = try F.segment(dir, [batch])
            let run = F.run([path]) {
                $0.format = .json
                $0.printDataLog = true
            }
            let objects = try Self.objects(run)
            #expect(objects.map { $0["type"] as? String } == ["file", "segment", "batch", "record", "record"])
            let batchObject = objects[2]
            #expect(batchObject["crc"] as? Int == Int(batch.crc))
            #expect(batchObject["isValid"] as? Bool == true)
            #expect(batchObject["compressCodec"] as? String == "none")
            #expect(batchObject["deleteHorizonMs"] is NSNull)
            #expect(batchObject["lastSequence"] as? Int == 1)
            #expect(objects[3]["headerKeys"] as? [String] == ["h"])
            #expect(objects[3]["key"] as? String == "k")
            #expect(objects[4]["key"] == nil)
            #expect(objects[4]["payload"] as? String == "line\nbreak")
            #expect(objects[4]["sequence"] as? Int == 1)

            var bytes = F.bytes([batch])
            bytes[bytes.count - 1] ^= 1
            try writeFile(path, bytes + [9, 9])
            let corrupt = try Self.objects(F.run([path]) { $0.format = .json })
            #expect(
                corrupt.map { $0["type"] as? String } == [
                    "file", "segment", "batch", "invalid_bytes", "corruption", "corruption",
                ])
            #expect(corrupt[4]["position"] as? Int == 0)
            #expect((corrupt[4]["message"] as? String)?.hasPrefix("CRC mismatch") == true)
        }
    }

    @Test func jsonFormatEmbedsDecodedJSON() throws {
        var key = GroupMetadataKey()
        key.group = "g"
        try withTemporaryDirectory { dir in
            let path = try Self.segment(dir, [(1, try F.prefixed(2, key), nil)])
            let objects = try Self.objects(
                F.run([path]) {
                    $0.format = .json; $0.parser = .offsets; $0.printDataLog = true
                })
            let record = try #require(objects.last)
            let keyObject = try #require(record["key"] as? [String: Any])
            #expect(keyObject["type"] as? String == "2")
            #expect(record["payload"] as? String == "<DELETE>")
        }
    }
}
