import Foundation
import NIOCore
import Testing

@testable import KafkaEngine

@Suite struct QuorumStateFileTests {
    @Test func writesKafkasJSONAndReadsItBack() async throws {
        try await withTemporaryMetadataDirectory { dir in
            let file = QuorumStateFile(directory: dir)
            #expect(try file.read() == nil)
            let state = QuorumState(leaderId: 1, leaderEpoch: 3, votedId: -1, currentVoters: [1])
            try file.write(state)
            let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: file.path)), as: UTF8.self)
            #expect(
                text
                    == #"{"clusterId":"","leaderId":1,"leaderEpoch":3,"votedId":-1,"appliedOffset":0,"currentVoters":[{"voterId":1}],"data_version":0}"#
            )
            #expect(try file.read() == state)
            #expect(!FileManager.default.fileExists(atPath: file.path + ".tmp"))
        }
    }

    @Test func readsAFileKafkaWrote() throws {
        let kafka = #"{"clusterId":"","leaderId":3,"leaderEpoch":12,"votedId":-1,"appliedOffset":0,"currentVoters":[{"voterId":1},{"voterId":2},{"voterId":3}],"data_version":0}"#
        let state = try QuorumStateFile.decode(Array(kafka.utf8), path: "quorum-state")
        #expect(state == QuorumState(leaderId: 3, leaderEpoch: 12, votedId: -1, currentVoters: [1, 2, 3]))
        #expect(throws: StorageError.self) { try QuorumStateFile.decode(Array("{\"leaderId\":1}".utf8), path: "q") }
        #expect(throws: StorageError.self) { try QuorumStateFile.decode(Array("not json".utf8), path: "q") }
    }
}

@Suite struct KafkaRaftClientTests {
    @Test func startBecomesLeaderOfTheNextEpochAndWritesALeaderChange() async throws {
        try await withTemporaryMetadataDirectory { dir in
            let raft = try KafkaRaftClient.open(
                nodeId: 1, voters: [1], logDir: dir, clusterId: "c", clock: ManualClock())
            let listener = RecordingRaftListener()
            raft.register(listener)
            try await raft.start()
            #expect(raft.leaderAndEpoch.leaderId == 1)
            #expect(raft.leaderAndEpoch.epoch == 1)
            #expect(raft.highWatermark == 1)
            #expect(listener.batches.count == 1)
            #expect(listener.batches.first?.isControl == true)
            #expect(listener.leaderChanges.map(\.1) == [1])
            let state = try QuorumStateFile(directory: dir + "/__cluster_metadata-0").read()
            #expect(state?.leaderId == 1 && state?.leaderEpoch == 1 && state?.votedId == -1)
            #expect(FileManager.default.fileExists(atPath: dir + "/__cluster_metadata-0/partition.metadata"))
            raft.shutdown()
        }
    }

    @Test func appendCommitsBeforeReturningAndTheLogReplaysAfterAReopen() async throws {
        try await withTemporaryMetadataDirectory { dir in
            let id = KafkaUUID(high: 1, low: 2)
            do {
                let raft = try KafkaRaftClient.open(
                    nodeId: 1, voters: [1], logDir: dir, clusterId: "c", clock: ManualClock())
                let listener = RecordingRaftListener()
                raft.register(listener)
                await #expect(throws: RaftError.self) { try await raft.append([topicRecord("early", id)]) }
                try await raft.start()
                let last = try await raft.append([topicRecord("t", id), partitionRecord(id, 0)])
                #expect(last == 2)
                #expect(raft.highWatermark == 3)
                #expect(listener.records == [topicRecord("t", id), partitionRecord(id, 0)])
                #expect(listener.batches.last?.baseOffset == 1)
                raft.shutdown()
                await #expect(throws: RaftError.self) { try await raft.append([topicRecord("late", id)]) }
            }
            let raft = try KafkaRaftClient.open(nodeId: 1, voters: [1], logDir: dir, clusterId: "c", clock: ManualClock())
            let listener = RecordingRaftListener()
            raft.register(listener)
            try await raft.start()
            #expect(raft.leaderAndEpoch.epoch == 2)
            #expect(listener.records == [topicRecord("t", id), partitionRecord(id, 0)])
            #expect(listener.batches.map(\.isControl) == [true, false, true])
            #expect(listener.batches.last?.highWatermark == 4)
            #expect(try await raft.append([configRecord(.topic, "t", "retention.ms", "1")]) == 4)
            raft.shutdown()
        }
    }

    @Test func aBatchTheClientWroteDecodesWithTheDumpLogClusterMetadataDecoder() async throws {
        try await withTemporaryMetadataDirectory { dir in
            let raft = try KafkaRaftClient.open(nodeId: 1, voters: [1], logDir: dir, clusterId: "c", clock: ManualClock())
            try await raft.start()
            let id = KafkaUUID(high: 0, low: 42)
            try await raft.append([topicRecord("orders", id), configRecord(.topic, "orders", "cleanup.policy", "compact")])
            let data = try raft.log.read(startOffset: 1, maxLength: 1 << 20, isolation: .logEnd, minOneMessage: true)
            let bytes = try #require(data.records).readBytes()
            var iterator = RecordBatchIterator(bytes)
            let next = iterator.next()
            let batch = try #require(next)
            #expect(batch.partitionLeaderEpoch == 1)
            let values = try batch.records(maxDecompressedBytes: 1 << 20).map { $0.value }
            #expect(
                try ClusterMetadataParser.decode(values[0])
                    == #"{"type":"TOPIC_RECORD","version":0,"data":{"name":"orders","topicId":"\#(id)"}}"#)
            #expect(
                try ClusterMetadataParser.decode(values[1])
                    == #"{"type":"CONFIG_RECORD","version":0,"data":{"resourceType":2,"resourceName":"orders","name":"cleanup.policy","value":"compact"}}"#
            )
            raft.shutdown()
        }
    }

    @Test func aNodeOutsideTheVotersIsRefused() async throws {
        try await withTemporaryMetadataDirectory { dir in
            #expect(throws: RaftError.self) {
                _ = try KafkaRaftClient.open(nodeId: 2, voters: [1], logDir: dir, clusterId: "c", clock: ManualClock())
            }
        }
    }
}

@Suite struct MetadataRecordTests {
    @Test func framingIsKafkasApiMessageAndVersion() throws {
        var record = FeatureLevelRecord()
        record.name = "metadata.version"
        record.featureLevel = 21
        let framed = try MetadataRecord(record, version: 0).encoded()
        // frame version 1, type 12, version 0, then the body.
        #expect(Array(framed.readableBytesView.prefix(3)) == [1, 12, 0])
        let decoded = try MetadataRecord(decoding: framed)
        #expect(decoded.type == .featureLevelRecord)
        #expect(decoded.message(as: FeatureLevelRecord.self) == record)
        var garbage = framed
        garbage.writeInteger(UInt8(0))
        #expect(throws: KafkaProtocolError.self) { try MetadataRecord(decoding: garbage) }
        var frame0 = ByteBuffer(bytes: [0, 12, 0])
        frame0.writeImmutableBuffer(framed.getSlice(at: 3, length: framed.readableBytes - 3)!)
        #expect(throws: KafkaProtocolError.self) { try MetadataRecord(decoding: frame0) }
        #expect(throws: KafkaProtocolError.self) { try MetadataRecord(decoding: ByteBuffer(bytes: [1, 99, 0])) }
    }
}
