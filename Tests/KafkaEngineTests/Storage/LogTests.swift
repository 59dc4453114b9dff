import Foundation
import NIOCore
import Testing

@testable import KafkaEngine

/// The partition log's append, read, offset and flush behaviour on real files.
@Suite struct LogTests {
    typealias T = LogTestSupport

    @Test func appendsAssignOffsetsAndReadsReturnTheBytesWritten() throws {
        try withTemporaryDirectory { root in
            let dir = PartitionDirectory(root: root, config: try T.config())
            let log = try dir.open()
            let first = try log.appendAsLeader(try T.batch(count: 3, timestamp: 1000), leaderEpoch: 5)
            #expect(first.firstOffset == 0 && first.lastOffset == 2 && first.recordCount == 3)
            #expect(first.maxTimestamp == 1002 && first.shallowOffsetOfMaxTimestamp == 2)
            let second = try log.appendAsLeader(try T.batch(count: 2, timestamp: 2000), leaderEpoch: 5)
            #expect(second.firstOffset == 3 && second.lastOffset == 4)
            #expect(log.logEndOffset == 5 && log.highWatermark == 5 && log.logStartOffset == 0)

            let read = try log.read(startOffset: 0, maxLength: 1 << 20, isolation: .highWatermark, minOneMessage: true)
            let batches = T.batches(try T.bytes(read))
            #expect(batches.count == 2)
            #expect(batches.map(\.baseOffset) == [0, 3])
            #expect(batches.map(\.partitionLeaderEpoch) == [5, 5])
            #expect(batches.allSatisfy { (try? $0.validate()) != nil })
            let records = try batches[1].records(maxDecompressedBytes: 1 << 20)
            #expect(records.map(\.offset) == [3, 4])
            #expect(records.map(\.timestamp) == [2000, 2001])

            // From the middle of the second batch: the whole batch comes back.
            let middle = try log.read(
                startOffset: 4, maxLength: 1 << 20, isolation: .highWatermark, minOneMessage: true)
            #expect(T.batches(try T.bytes(middle)).map(\.baseOffset) == [3])
            #expect(middle.fetchOffsetMetadata.messageOffset == 4)
            // At the end: nothing; past it: out of range.
            let atEnd = try log.read(startOffset: 5, maxLength: 100, isolation: .highWatermark, minOneMessage: true)
            #expect(atEnd.records == nil)
            #expect(
                T.logError {
                    _ = try log.read(startOffset: 6, maxLength: 100, isolation: .logEnd, minOneMessage: true)
                }?.code == .offsetOutOfRange)
            #expect(log.leaderEpochCache.epochEntries == [EpochEntry(epoch: 5, startOffset: 0)])
            try log.close()
        }
    }
}
