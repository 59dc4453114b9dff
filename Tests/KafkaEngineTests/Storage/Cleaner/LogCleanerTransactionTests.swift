import NIOCore
import Synchronization
import Testing

@testable import KafkaEngine

/// Compaction of transactional data: aborted records go, markers stay while they are needed, then
/// wait for their own delete horizon; the `.txnindex` follows.
@Suite struct LogCleanerTransactionTests {
    typealias S = CleanerTestSupport

    static func appendData(
        _ log: Log, _ writes: [S.Write], clock: ManualClock, producerId: Int64 = RecordBatch.noProducerId,
        sequence: Int32 = RecordBatch.noSequence
    ) throws {
        let transactional = producerId != RecordBatch.noProducerId
        try log.appendAsFollower(
            try S.batch(
                writes, timestamp: clock.milliseconds(), baseOffset: log.logEndOffset, producerId: producerId,
                producerEpoch: transactional ? 0 : RecordBatch.noProducerEpoch,
                baseSequence: transactional ? sequence : RecordBatch.noSequence, isTransactional: transactional))
    }

    static func appendMarker(_ log: Log, _ result: EndTransactionMarker.Result, producerId: Int64, clock: ManualClock)
        throws
    {
        let marker = try RecordBatchBuilder.endTransactionMarkerBatch(
            baseOffset: log.logEndOffset, timestamp: clock.milliseconds(), partitionLeaderEpoch: 0,
            producerId: producerId,
            producerEpoch: 0, marker: EndTransactionMarker(result, coordinatorEpoch: 3))
        try log.appendAsFollower(marker.buffer)
    }

    /// The control batches left, as (offset, delete horizon).
    static func markers(_ log: Log) throws -> [(offset: Int64, horizon: Int64?, records: Int32)] {
        try S.batches(log).filter(\.batch.isControlBatch).map {
            ($0.batch.baseOffset, $0.batch.deleteHorizonMs, $0.batch.recordsCount)
        }
    }

    @Test func abortedDataGoesAndMarkersGoAfterTheirHorizon() throws {
        try withTemporaryDirectory { root in
            let clock = ManualClock()
            let producerState = CleanerTestProducerState()
            let dir = PartitionDirectory(
                root: root, config: try S.compactConfig(["delete.retention.ms": "1000"]), clock: clock)
            let log = try dir.open(producerState: producerState)
            let cleaner = LogCleaner(clock: clock)
            let checkpoint = S.checkpointPath(root)

            try Self.appendData(log, [S.Write("k1", "aborted")], clock: clock, producerId: 1, sequence: 0)  // 0
            try Self.appendData(log, [S.Write("k2", "committed")], clock: clock, producerId: 2, sequence: 0)  // 1
            try Self.appendData(log, [S.Write("k3", "plain")], clock: clock)  // 2
            try Self.appendData(log, [S.Write("k3", "aborted too")], clock: clock, producerId: 1, sequence: 1)  // 3
            try Self.appendMarker(log, .abort, producerId: 1, clock: clock)  // 4
            try Self.appendMarker(log, .commit, producerId: 2, clock: clock)  // 5
            try Self.appendData(log, [S.Write("k2", "newer")], clock: clock)  // 6
            try log.roll()
            let abortedTxn = AbortedTxn(producerId: 1, firstOffset: 0, lastOffset: 4, lastStableOffset: 0)
            #expect(try log.collectAbortedTransactions(startOffset: 0, upperBoundOffset: 7) == [abortedTxn])

            // First cleaning: the aborted data goes, and an aborted key does not hide the plain
            // value below it. Both markers saw data of their transaction: they stay as they were.
            _ = try #require(LogCleanerTests.cleaned(try cleaner.cleanLog(log, checkpointPath: checkpoint)))
            #expect(try S.records(log).map(\.description) == ["2:k3=plain", "6:k2=newer"])
            #expect(try Self.markers(log).map(\.offset) == [4, 5])
            #expect(try Self.markers(log).allSatisfy { $0.horizon == nil })
            #expect(
                try log.collectAbortedTransactions(startOffset: 0, upperBoundOffset: 7) == [abortedTxn],
                "the abort marker's index entry stays with it")

            // Second cleaning: no data of either transaction is left; the markers get a horizon.
            clock.advance(milliseconds: 10)
            let stamped = clock.milliseconds() + 1000
            try Self.appendData(log, [S.Write("k4", "x")], clock: clock)
            try log.roll()
            _ = try #require(LogCleanerTests.cleaned(try cleaner.cleanLog(log, checkpointPath: checkpoint)))
            #expect(try Self.markers(log).map(\.offset) == [4, 5])
            #expect(try Self.markers(log).allSatisfy { $0.horizon == stamped && $0.records == 1 })
            #expect(try log.collectAbortedTransactions(startOffset: 0, upperBoundOffset: 8).isEmpty)
            let commit = try #require(try S.batches(log).first { $0.batch.baseOffset == 5 })
            let marker = try EndTransactionMarker(
                record: try #require(try commit.batch.records(maxDecompressedBytes: 1 << 20).first))
            #expect(marker == EndTransactionMarker(.commit, coordinatorEpoch: 3), "a rewritten marker keeps its value")
            #expect(commit.batch.isTransactional && commit.batch.producerId == 2 && commit.batch.producerEpoch == 0)

            // Past the horizon: the markers go, except the one holding producer 2's last epoch,
            // which stays as an empty batch.
            producerState.state.withLock { $0.lastRecords = [2: LastRecord(lastDataOffset: nil, producerEpoch: 0)] }
            clock.advance(milliseconds: 1000)
            try Self.appendData(log, [S.Write("k5", "y")], clock: clock)
            try log.roll()
            _ = try #require(LogCleanerTests.cleaned(try cleaner.cleanLog(log, checkpointPath: checkpoint)))
            let left = try Self.markers(log)
            #expect(left.map(\.offset) == [5] && left.first?.records == 0)
            #expect(try S.records(log).map(\.description) == ["2:k3=plain", "6:k2=newer", "7:k4=x", "8:k5=y"])
            try S.expectOrdered(log)
        }
    }

    @Test func abortedDataSpreadOverSegmentsIsDropped() throws {
        try withTemporaryDirectory { root in
            let clock = ManualClock()
            let producerState = CleanerTestProducerState()
            let dir = PartitionDirectory(root: root, config: try S.compactConfig(), clock: clock)
            let log = try dir.open(producerState: producerState)
            try Self.appendData(log, [S.Write("a", "1")], clock: clock)  // 0
            // 1-2
            try Self.appendData(
                log, [S.Write("a", "aborted"), S.Write("b", "aborted")], clock: clock, producerId: 7, sequence: 0)
            try log.roll()
            try Self.appendData(log, [S.Write("b", "aborted")], clock: clock, producerId: 7, sequence: 2)  // 3
            try log.roll()
            try Self.appendMarker(log, .abort, producerId: 7, clock: clock)  // 4
            try log.roll()
            // The index entry sits with the marker, two segments after the data it covers.
            #expect(try log.collectAbortedTransactions(startOffset: 0, upperBoundOffset: 2).count == 1)
            _ = try #require(
                LogCleanerTests.cleaned(
                    try LogCleaner(clock: clock).cleanLog(log, checkpointPath: S.checkpointPath(root))))
            #expect(try S.records(log).map(\.description) == ["0:a=1"])
            #expect(try Self.markers(log).map(\.offset) == [4])
        }
    }
}
