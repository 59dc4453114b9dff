import Foundation
import NIOCore
import Testing

@testable import KafkaEngine

/// The log cleaner runs as the log manager's background work: every `log.cleaner.backoff.ms` it
/// compacts each log dir's filthiest compacted log and records its progress in that dir's
/// `cleaner-offset-checkpoint`.
@Suite struct LogManagerCleanerTests {
    @Test func compactedLogsAreCleanedOnTheCleanersSchedule() async throws {
        try await withTemporaryDirectoryAsync { root in
            var node = try LogManagerNode(
                root: root, dirs: 1,
                ["cleanup.policy": "compact", "segment.bytes": "1500", "min.cleanable.dirty.ratio": "0.01"])
            node.options.cleanerConfig = CleanerConfig(backoffMs: 15_000)
            let (manager, scheduler, _) = try await node.start()
            let partition = TopicPartition("compacted", 0)
            let log = try manager.getOrCreateLog(topicPartition: partition)
            // 40 rounds over 5 keys: only the last round's values should survive.
            for round in 0..<40 {
                for key in 0..<5 {
                    var builder = RecordBatchBuilder()
                    try builder.append(
                        timestamp: node.clock.milliseconds(), key: ByteBuffer(string: "k\(key)"),
                        value: ByteBuffer(string: "v\(round)"))
                    _ = try log.appendAsLeader(try #require(try builder.build()).buffer, leaderEpoch: 0)
                }
            }
            try log.roll()
            let before = log.segments.count
            #expect(before > 3)

            scheduler.advance(milliseconds: 15_000)

            var latest: [String: (offset: Int64, value: String)] = [:]
            var offsets: [Int64] = []
            for bytes in try LogManagerNode.contents(log) {
                var batches = RecordBatchIterator(ByteBuffer(bytes: bytes))
                while let batch = batches.next() {
                    for record in try batch.records(maxDecompressedBytes: 1 << 20) {
                        let key = String(buffer: try #require(record.key))
                        #expect(latest[key] == nil, "key \(key) appears twice after cleaning")
                        latest[key] = (record.offset, String(buffer: try #require(record.value)))
                        offsets.append(record.offset)
                    }
                }
            }
            #expect(latest.mapValues(\.value) == ["k0": "v39", "k1": "v39", "k2": "v39", "k3": "v39", "k4": "v39"])
            #expect(offsets == offsets.sorted())
            #expect(latest["k4"]?.offset == 199, "offsets are kept")
            let checkpoint = try node.checkpoint(node.logDirs[0], LogFileNames.cleanerOffsetCheckpointFileName)
            #expect((checkpoint[partition] ?? 0) > 0)
            try await manager.shutdown()
        }
    }
}
