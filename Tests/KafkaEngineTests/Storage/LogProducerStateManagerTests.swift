import Foundation
import NIOCore
import Testing

@testable import KafkaEngine

/// A `Log` with its default producer state, a `ProducerStateManager`: duplicates answered with the
/// first write's offsets, sequence and epoch refusals, transactions in the `.txnindex` and the last
/// stable offset, and the state kept across clean and unclean restarts, truncation and retention.
@Suite struct LogProducerStateManagerTests {
    typealias T = LogTestSupport

    /// A partition directory whose log keeps a producer state manager.
    static func directory(_ root: String, _ overrides: [String: String] = [:]) throws -> PartitionDirectory {
        PartitionDirectory(root: root, config: try T.config(overrides))
    }

    static func data(
        _ producerId: Int64, epoch: Int16 = 0, seq: Int32, count: Int32 = 1, transactional: Bool = false,
        timestamp: Int64 = testStartTime
    ) throws -> ByteBuffer {
        try dataBatch(
            producerId: producerId, epoch: epoch, baseSequence: seq, count: count, baseOffset: 0,
            timestamp: timestamp, isTransactional: transactional
        ).buffer
    }

    static func marker(_ producerId: Int64, epoch: Int16 = 0, _ result: EndTransactionMarker.Result) throws
        -> ByteBuffer
    {
        try markerBatch(producerId: producerId, epoch: epoch, result, baseOffset: 0).buffer
    }

    static func code(_ body: () throws -> Void) -> ErrorCode? { T.logError(body)?.code }

    static func snapshotOffsets(_ directory: String) throws -> [Int64] {
        try T.files(directory).compactMap { name in
            guard let parsed = SegmentFileName(name), parsed.kind == .producerSnapshot, parsed.status == .live else {
                return nil
            }
            return parsed.baseOffset
        }
    }

    // MARK: Idempotence

    @Test func retriesOfTheLastFiveBatchesGetTheirOriginalOffsetsAndWriteNothing() throws {
        try withTemporaryDirectory { root in
            let dir = try Self.directory(root)
            let log = try dir.openManaged()
            #expect(log.managedProducerState != nil, "Log.open keeps producer state by default")
            let pid: Int64 = 4000
            var sent: [(bytes: ByteBuffer, info: LogAppendInfo, maxTimestamp: Int64)] = []
            var seq: Int32 = 0
            for (index, count) in [2, 1, 3, 1, 2, 4, 1].enumerated() {
                let timestamp = testStartTime + Int64(index) * 10
                let bytes = try Self.data(pid, seq: seq, count: Int32(count), timestamp: timestamp)
                sent.append((bytes, try log.appendAsLeader(bytes, leaderEpoch: 0), timestamp + Int64(count) - 1))
                seq += Int32(count)
            }
            let end = log.logEndOffset
            let size = log.size
            for index in [6, 2, 4, 3, 5, 2] {
                let retry = try log.appendAsLeader(sent[index].bytes, leaderEpoch: 0)
                #expect(
                    retry.firstOffset == sent[index].info.firstOffset && retry.lastOffset == sent[index].info.lastOffset
                )
                #expect(retry.logAppendTime == sent[index].maxTimestamp, "Kafka answers a duplicate with its timestamp")
                #expect(log.logEndOffset == end && log.size == size, "a duplicate writes nothing")
            }
            for index in [0, 1] {
                #expect(
                    Self.code { try log.appendAsLeader(sent[index].bytes, leaderEpoch: 0) }
                        == .outOfOrderSequenceNumber,
                    "older than the last five: out of order, never written again")
            }
            #expect(log.logEndOffset == end && log.size == size)
        }
    }

    @Test func aGapInSequencesIsOutOfOrderAndAStaleEpochIsRefused() throws {
        try withTemporaryDirectory { root in
            let log = try Self.directory(root).openManaged()
            try log.appendAsLeader(try Self.data(7, epoch: 3, seq: 0, count: 2), leaderEpoch: 0)
            #expect(
                Self.code { try log.appendAsLeader(try Self.data(7, epoch: 3, seq: 3), leaderEpoch: 0) }
                    == .outOfOrderSequenceNumber)
            #expect(log.logEndOffset == 2)
            try log.appendAsLeader(try Self.data(7, epoch: 3, seq: 2), leaderEpoch: 0)
            // A new epoch starts again at 0; the old epoch is fenced from then on.
            #expect(
                Self.code { try log.appendAsLeader(try Self.data(7, epoch: 4, seq: 5), leaderEpoch: 0) }
                    == .outOfOrderSequenceNumber)
            try log.appendAsLeader(try Self.data(7, epoch: 4, seq: 0), leaderEpoch: 0)
            #expect(
                Self.code { try log.appendAsLeader(try Self.data(7, epoch: 3, seq: 3), leaderEpoch: 0) }
                    == .invalidProducerEpoch)
            #expect(log.logEndOffset == 4)
            // A follower keeps whatever the leader wrote.
            let follower = try PartitionDirectory(root: root, config: try T.config(), name: "follower-0").openManaged()
            var stale = try dataBatch(producerId: 7, epoch: 4, baseSequence: 0, baseOffset: 0)
            try follower.appendAsFollower(stale.buffer)
            stale = try dataBatch(producerId: 7, epoch: 2, baseSequence: 9, baseOffset: 1)
            try follower.appendAsFollower(stale.buffer)
            #expect(follower.logEndOffset == 2)
        }
    }

    // MARK: Restarts and truncation

    /// Appends `count` one-record batches of producer `pid` from `seq`, rolling after every third.
    static func appendRun(_ log: Log, pid: Int64, from seq: Int32, count: Int32) throws -> [ByteBuffer] {
        var sent: [ByteBuffer] = []
        for n in seq..<(seq + count) {
            let bytes = try data(pid, seq: n)
            try log.appendAsLeader(bytes, leaderEpoch: 0)
            sent.append(bytes)
            if n % 3 == 2 { try log.roll() }
        }
        return sent
    }

    @Test func producerStateSurvivesACleanRestart() throws {
        try withTemporaryDirectory { root in
            var dir = try Self.directory(root)
            let log = try dir.openManaged()
            let sent = try Self.appendRun(log, pid: 11, from: 0, count: 8)
            try dir.closeCleanly(log)
            #expect(try Self.snapshotOffsets(dir.path).contains(8), "a clean close leaves a snapshot at the log end")

            let reopened = try dir.openManaged()
            dir.opened()
            #expect(reopened.recoveryReport.recoveredSegments.isEmpty)
            let retry = try reopened.appendAsLeader(sent[7], leaderEpoch: 0)
            #expect(retry.firstOffset == 7 && reopened.logEndOffset == 8)
            #expect(
                Self.code { try reopened.appendAsLeader(try Self.data(11, seq: 10), leaderEpoch: 0) }
                    == .outOfOrderSequenceNumber)
            #expect(try reopened.appendAsLeader(try Self.data(11, seq: 8), leaderEpoch: 0).firstOffset == 8)
        }
    }

    @Test func producerStateIsRebuiltAfterAnUncleanShutdown() throws {
        try withTemporaryDirectory { root in
            var dir = try Self.directory(root)
            let log = try dir.openManaged()
            let sent = try Self.appendRun(log, pid: 12, from: 0, count: 8)
            dir.crash(log, recoveryPoint: 0)

            let reopened = try dir.openManaged()
            #expect(!reopened.recoveryReport.recoveredSegments.isEmpty)
            for index in [3, 5, 7] {
                let retry = try reopened.appendAsLeader(sent[index], leaderEpoch: 0)
                #expect(retry.firstOffset == Int64(index), "batch \(index) is recognised after recovery")
            }
            #expect(reopened.logEndOffset == 8)
            #expect(try reopened.appendAsLeader(try Self.data(12, seq: 8), leaderEpoch: 0).firstOffset == 8)
            dir.crash(reopened, recoveryPoint: 6)

            // Without any snapshot the state comes from the batches alone.
            for offset in try Self.snapshotOffsets(dir.path) {
                try FileManager.default.removeItem(
                    atPath: LogFileNames.producerSnapshotFile(directory: dir.path, offset: offset))
            }
            let again = try dir.openManaged()
            #expect(try again.appendAsLeader(try Self.data(12, seq: 8), leaderEpoch: 0).firstOffset == 8)
            #expect(
                Self.code { try again.appendAsLeader(try Self.data(12, seq: 3), leaderEpoch: 0) }
                    == .outOfOrderSequenceNumber)
            #expect(try again.appendAsLeader(try Self.data(12, seq: 9), leaderEpoch: 0).firstOffset == 9)
        }
    }

    @Test func truncationRebuildsProducerState() throws {
        try withTemporaryDirectory { root in
            var dir = try Self.directory(root)
            dir.highWatermarkFollowsLogEnd = false
            let log = try dir.openManaged()
            let sent = try Self.appendRun(log, pid: 13, from: 0, count: 8)
            #expect(try log.truncateTo(4))
            #expect(log.logEndOffset == 4)
            // Sequences 4... were cut: they are new again, and 3 is the newest duplicate.
            #expect(try log.appendAsLeader(sent[3], leaderEpoch: 0).firstOffset == 3)
            #expect(log.logEndOffset == 4)
            #expect(try log.appendAsLeader(sent[4], leaderEpoch: 1).firstOffset == 4)
            #expect(log.logEndOffset == 5)
            #expect(try Self.snapshotOffsets(dir.path).allSatisfy { $0 <= 5 }, "no snapshot past the new end survives")

            // A full truncation forgets every producer; the producer may restart anywhere.
            try log.truncateFullyAndStartAt(100)
            #expect(try Self.snapshotOffsets(dir.path).allSatisfy { $0 == 100 })
            #expect(try log.appendAsLeader(try Self.data(13, seq: 40), leaderEpoch: 1).firstOffset == 100)
            try dir.closeCleanly(log)
            let reopened = try dir.openManaged()
            #expect(
                Self.code { try reopened.appendAsLeader(try Self.data(13, seq: 42), leaderEpoch: 1) }
                    == .outOfOrderSequenceNumber)
            #expect(try reopened.appendAsLeader(try Self.data(13, seq: 41), leaderEpoch: 1).firstOffset == 101)
        }
    }

    @Test func snapshotsGoWithTheirSegmentsAndAfterTheRecoveryPointCheckpoint() throws {
        try withTemporaryDirectory { root in
            let dir = try Self.directory(root, ["retention.bytes": "1", "file.delete.delay.ms": "0"])
            let log = try dir.openManaged()
            _ = try Self.appendRun(log, pid: 14, from: 0, count: 9)
            #expect(try Self.snapshotOffsets(dir.path) == [3, 6, 9], "a snapshot at each roll")
            try log.flushRolledSegmentsAndSnapshots()
            #expect(log.recoveryPoint == 9)
            #expect(try log.deleteSnapshotsAfterRecoveryPointCheckpoint() == 6)
            #expect(try Self.snapshotOffsets(dir.path) == [6, 9])
            try log.appendAsLeader(try Self.data(14, seq: 9), leaderEpoch: 0)
            #expect(try log.deleteOldSegments() == 3)
            #expect(log.logStartOffset == 9)
            #expect(try Self.snapshotOffsets(dir.path) == [9], "snapshots of deleted segments are deleted")
            // The producer is kept after its records went (KIP-360): its next batch continues.
            #expect(try log.appendAsLeader(try Self.data(14, seq: 10), leaderEpoch: 0).firstOffset == 10)
        }
    }

    @Test func expiredProducersAreForgotten() throws {
        try withTemporaryDirectory { root in
            let dir = try Self.directory(root)
            let log = try dir.openManaged()
            try log.appendAsLeader(try Self.data(15, seq: 0), leaderEpoch: 0)
            log.removeExpiredProducers(now: testStartTime + ProducerStateManager.defaultProducerIdExpirationMs - 1)
            #expect(log.managedProducerState?.withManager { $0.producerIdCount } == 1)
            log.removeExpiredProducers(now: testStartTime + ProducerStateManager.defaultProducerIdExpirationMs)
            #expect(log.managedProducerState?.withManager { $0.producerIdCount } == 0)
            // Forgotten, the producer may continue at any sequence.
            #expect(try log.appendAsLeader(try Self.data(15, seq: 7), leaderEpoch: 0).firstOffset == 1)
        }
    }

    // MARK: Transactions

    @Test func abortedTransactionsGoToTheTxnIndexAndCommittedReadsStopAtTheLastStableOffset() throws {
        try withTemporaryDirectory { root in
            var dir = try Self.directory(root)
            let log = try dir.openManaged()
            // 0-1: producer 21's transaction; 2: a plain producer; 3: 21 aborts.
            try log.appendAsLeader(try Self.data(21, seq: 0, count: 2, transactional: true), leaderEpoch: 0)
            #expect(log.firstUnstableOffset == 0 && log.lastStableOffset == 0)
            try log.appendAsLeader(try Self.data(22, seq: 0), leaderEpoch: 0)
            let pending = try log.read(startOffset: 0, maxLength: 1 << 20, isolation: .committed, minOneMessage: true)
            #expect(pending.records == nil, "nothing is stable before the open transaction")
            #expect(pending.abortedTransactions == [])
            #expect(
                try log.read(startOffset: 0, maxLength: 1 << 20, isolation: .highWatermark, minOneMessage: true)
                    .sizeInBytes > 0)

            try log.appendAsLeader(try Self.marker(21, .abort), leaderEpoch: 0, origin: .coordinator)
            #expect(log.firstUnstableOffset == nil && log.lastStableOffset == 4)
            let aborted = AbortedTxn(producerId: 21, firstOffset: 0, lastOffset: 3, lastStableOffset: 4)
            #expect(try log.activeSegment.txnIndex.allAbortedTxns() == [aborted])

            // 4-5: producer 23's transaction, committed at 6; 7: producer 24's, still open.
            try log.appendAsLeader(try Self.data(23, seq: 0, count: 2, transactional: true), leaderEpoch: 0)
            #expect(log.lastStableOffset == 4)
            try log.appendAsLeader(try Self.marker(23, .commit), leaderEpoch: 0, origin: .coordinator)
            try log.appendAsLeader(try Self.data(24, seq: 0, transactional: true), leaderEpoch: 0)
            #expect(log.lastStableOffset == 7 && log.logEndOffset == 8)
            #expect(try log.activeSegment.txnIndex.allAbortedTxns() == [aborted], "a commit is not indexed")

            let committed = try log.read(startOffset: 0, maxLength: 1 << 20, isolation: .committed, minOneMessage: true)
            #expect(T.batches(try T.bytes(committed)).last?.nextOffset == 7, "a committed read stops at the LSO")
            #expect(committed.abortedTransactions == [aborted])

            // The transaction state is rebuilt by recovery, the .txnindex too.
            dir.crash(log, recoveryPoint: 0)
            let segment = dir.segmentFile(0, .transactionIndex)
            try FileManager.default.removeItem(atPath: segment)
            let reopened = try dir.openManaged()
            #expect(reopened.lastStableOffset == 7 && reopened.firstUnstableOffset == 7)
            #expect(try reopened.activeSegment.txnIndex.allAbortedTxns() == [aborted])
            try reopened.appendAsLeader(try Self.marker(24, .abort), leaderEpoch: 0, origin: .coordinator)
            #expect(reopened.lastStableOffset == 9)
            #expect(try reopened.activeSegment.txnIndex.allAbortedTxns().map(\.producerId) == [21, 24])
            // A data batch outside the open transaction of its producer is refused.
            try reopened.appendAsLeader(try Self.data(25, seq: 0, transactional: true), leaderEpoch: 0)
            #expect(
                Self.code { try reopened.appendAsLeader(try Self.data(25, seq: 1), leaderEpoch: 0) } == .invalidTxnState
            )
        }
    }

    @Test func theLastStableOffsetNeverPassesTheHighWatermark() throws {
        try withTemporaryDirectory { root in
            var dir = try Self.directory(root)
            dir.highWatermarkFollowsLogEnd = false
            let log = try dir.openManaged()
            try log.appendAsLeader(try Self.data(31, seq: 0, count: 2, transactional: true), leaderEpoch: 0)
            try log.appendAsLeader(try Self.marker(31, .commit), leaderEpoch: 0, origin: .coordinator)
            #expect(log.highWatermark == 0 && log.lastStableOffset == 0)
            log.updateHighWatermark(2)
            #expect(log.lastStableOffset == 0, "the marker is not replicated yet: the transaction still holds the LSO")
            log.updateHighWatermark(3)
            #expect(log.lastStableOffset == 3 && log.firstUnstableOffset == nil)
        }
    }
}

extension PartitionDirectory {
    /// Opens the log with `Log.open`'s default producer state, a `ProducerStateManager`.
    func openManaged() throws -> Log {
        try Log.open(
            directory: path, config: config, clock: clock, logStartOffset: logStartOffset, recoveryPoint: recoveryPoint,
            hadCleanShutdown: cleanShutdown, highWatermarkFollowsLogEnd: highWatermarkFollowsLogEnd)
    }
}
