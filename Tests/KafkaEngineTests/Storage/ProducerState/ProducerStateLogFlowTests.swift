import Foundation
import Testing

@testable import KafkaEngine

/// Producer state driven through the log-facing calls with real record batches: duplicates,
/// fencing, transactions and the `.txnindex`, recovery, truncation and restarts.
@Suite struct ProducerStateLogFlowTests {
    @Test func duplicatesOfEachOfTheLastFiveGetTheirOriginalOffsets() throws {
        try withTemporaryDirectory { dir in
            let log = try InMemoryPartitionLog(dir: dir)
            let pid: Int64 = 4000
            var sent: [(seq: Int32, count: Int32, result: InMemoryPartitionLog.AppendResult)] = []
            var seq: Int32 = 0
            for (i, count) in [2, 1, 3, 1, 2, 4, 1].enumerated() {
                let batch = try dataBatch(
                    producerId: pid, epoch: 0, baseSequence: seq, count: Int32(count), baseOffset: 0,
                    timestamp: testStartTime + Int64(i))
                sent.append((seq, Int32(count), try log.append(batch)))
                seq += Int32(count)
            }
            let end = log.logEndOffset
            // Any of the last five, in any order: nothing written, the first write's offsets returned.
            for index in [6, 2, 4, 3, 5, 2] {
                let (seq, count, original) = sent[index]
                guard case .appended(let first, let last) = original else { Issue.record("not appended"); return }
                let retry = try dataBatch(producerId: pid, epoch: 0, baseSequence: seq, count: count, baseOffset: 0)
                let result = try log.append(retry)
                guard case .duplicate(let dupFirst, let dupLast, let timestamp) = result else {
                    Issue.record("batch \(index) not recognised as a duplicate: \(result)")
                    continue
                }
                #expect(dupFirst == first && dupLast == last)
                #expect(timestamp == testStartTime + Int64(index) + Int64(count) - 1)  // the batch's max timestamp
                #expect(log.logEndOffset == end)
            }
            // Older than the window: no longer recognised, so out of order (never a silent rewrite).
            for index in [0, 1] {
                let retry = try dataBatch(
                    producerId: pid, epoch: 0, baseSequence: sent[index].seq, count: sent[index].count, baseOffset: 0)
                #expect(producerStateErrorCode { try log.append(retry) } == .outOfOrderSequenceNumber)
            }
            // A retry with a different sequence range is not a duplicate either.
            let overlapping = try dataBatch(
                producerId: pid, epoch: 0, baseSequence: sent[6].seq - 1, count: 2, baseOffset: 0)
            #expect(producerStateErrorCode { try log.append(overlapping) } == .outOfOrderSequenceNumber)
            #expect(
                log.manager.lastEntry(producerId: pid)?.batchMetadata.count == ProducerStateEntry.numBatchesToRetain)
        }
    }

    @Test func epochBumpResetsSequenceAndFencesTheOldEpoch() throws {
        try withTemporaryDirectory { dir in
            let log = try InMemoryPartitionLog(dir: dir)
            let pid: Int64 = 9
            try log.append(dataBatch(producerId: pid, epoch: 3, baseSequence: 0, count: 5, baseOffset: 0))
            #expect(
                producerStateErrorCode {
                    try log.append(dataBatch(producerId: pid, epoch: 4, baseSequence: 5, baseOffset: 0))
                } == .outOfOrderSequenceNumber)
            try log.append(dataBatch(producerId: pid, epoch: 4, baseSequence: 0, count: 2, baseOffset: 0))
            let entry = try #require(log.manager.lastEntry(producerId: pid))
            #expect(entry.producerEpoch == 4)
            #expect(entry.batchMetadata.count == 1)
            // The old epoch is fenced, even for what used to be a duplicate.
            #expect(
                producerStateErrorCode {
                    try log.append(dataBatch(producerId: pid, epoch: 3, baseSequence: 0, count: 5, baseOffset: 0))
                } == .invalidProducerEpoch)
            #expect(log.logEndOffset == 7)
        }
    }

    @Test func sequencesWrapAroundInt32Max() throws {
        try withTemporaryDirectory { dir in
            let log = try InMemoryPartitionLog(dir: dir)
            let pid: Int64 = 77
            // A producer unknown to the partition may start anywhere (its state may have expired).
            try log.append(dataBatch(producerId: pid, epoch: 1, baseSequence: Int32.max - 2, count: 2, baseOffset: 0))
            // Straddles the wrap: Int32.max, 0, 1.
            let straddling = try dataBatch(producerId: pid, epoch: 1, baseSequence: Int32.max, count: 3, baseOffset: 0)
            #expect(straddling.lastSequence == 1)
            #expect(try log.append(straddling) == .appended(firstOffset: 2, lastOffset: 4))
            #expect(
                try log.append(straddling) == .duplicate(firstOffset: 2, lastOffset: 4, timestamp: testStartTime + 2))
            #expect(
                producerStateErrorCode {
                    try log.append(dataBatch(producerId: pid, epoch: 1, baseSequence: 3, baseOffset: 0))
                } == .outOfOrderSequenceNumber)
            try log.append(dataBatch(producerId: pid, epoch: 1, baseSequence: 2, baseOffset: 0))
            let entry = try #require(log.manager.lastEntry(producerId: pid))
            #expect(entry.firstSeq == Int32.max - 2)
            #expect(entry.lastSeq == 2)
            // The wrapped batch survives a snapshot round trip.
            try log.restart(clean: true)
            #expect(log.manager.lastEntry(producerId: pid)?.lastSeq == 2)
            try log.append(dataBatch(producerId: pid, epoch: 1, baseSequence: 3, baseOffset: 0))
        }
    }

    @Test func transactionsCommitAndAbortMoveTheLastStableOffset() throws {
        try withTemporaryDirectory { dir in
            let log = try InMemoryPartitionLog(dir: dir)
            let (a, b): (Int64, Int64) = (100, 200)
            // Offsets 0-1: a's transaction; 2: an idempotent producer; 3-5: b's transaction.
            try log.append(
                dataBatch(producerId: a, epoch: 0, baseSequence: 0, count: 2, baseOffset: 0, isTransactional: true))
            try log.append(dataBatch(producerId: 300, epoch: 0, baseSequence: 0, baseOffset: 0))
            try log.append(
                dataBatch(producerId: b, epoch: 5, baseSequence: 0, count: 3, baseOffset: 0, isTransactional: true))
            log.updateHighWatermark(log.logEndOffset)
            #expect(log.manager.firstUndecidedOffset == 0)
            #expect(log.lastStableOffset == 0)

            // A transactional producer may not write outside its transaction.
            #expect(
                producerStateErrorCode {
                    try log.append(dataBatch(producerId: a, epoch: 0, baseSequence: 2, baseOffset: 0))
                } == .invalidTxnState)

            // Offset 6: a commits.
            try log.append(
                markerBatch(producerId: a, epoch: 0, .commit, baseOffset: 0, coordinatorEpoch: 1), origin: .coordinator)
            #expect(log.abortedTxns.isEmpty)  // commits are not indexed
            #expect(log.manager.firstUndecidedOffset == 3)
            // Decided, but the marker is not below the high watermark yet.
            #expect(log.lastStableOffset == 0)
            log.updateHighWatermark(log.logEndOffset)
            #expect(log.lastStableOffset == 3)

            // Offset 7: b aborts.
            try log.append(
                markerBatch(producerId: b, epoch: 5, .abort, baseOffset: 0, coordinatorEpoch: 1), origin: .coordinator)
            #expect(log.abortedTxns == [AbortedTxn(producerId: b, firstOffset: 3, lastOffset: 7, lastStableOffset: 8)])
            #expect(log.lastStableOffset == 3)
            log.updateHighWatermark(log.logEndOffset)
            #expect(log.lastStableOffset == 8)
            #expect(log.manager.firstUnstableOffset == nil)

            // A stale coordinator, and a marker from an old producer epoch, are refused.
            #expect(
                producerStateErrorCode {
                    try log.append(
                        markerBatch(producerId: b, epoch: 5, .abort, baseOffset: 0, coordinatorEpoch: 0),
                        origin: .coordinator)
                } == .transactionCoordinatorFenced)
            #expect(
                producerStateErrorCode {
                    try log.append(
                        markerBatch(producerId: b, epoch: 4, .abort, baseOffset: 0, coordinatorEpoch: 1),
                        origin: .coordinator)
                } == .invalidProducerEpoch)
        }
    }

    @Test func abortedTransactionRecordsTheOtherProducersOpenTransactionAsLso() throws {
        try withTemporaryDirectory { dir in
            let log = try InMemoryPartitionLog(dir: dir)
            // Offset 0: producer 1's transaction; 1: producer 2's; 2: producer 1 aborts.
            try log.append(dataBatch(producerId: 1, epoch: 0, baseSequence: 0, baseOffset: 0, isTransactional: true))
            try log.append(dataBatch(producerId: 2, epoch: 0, baseSequence: 0, baseOffset: 0, isTransactional: true))
            try log.append(markerBatch(producerId: 1, epoch: 0, .abort, baseOffset: 0), origin: .coordinator)
            // Producer 2's open transaction (offset 1) bounds what read_committed may see.
            #expect(log.abortedTxns == [AbortedTxn(producerId: 1, firstOffset: 0, lastOffset: 2, lastStableOffset: 1)])
            // The transaction's first batch is cached with its position in the segment.
            let first = try #require(log.manager.firstUnstableOffset)
            #expect(first.messageOffset == 0 && first.segmentBaseOffset == 0 && first.relativePositionInSegment == 0)
            log.updateHighWatermark(3)
            let second = try #require(log.manager.firstUnstableOffset)
            #expect(second.messageOffset == 1)
            #expect(second.relativePositionInSegment == Int32(log.allBatches[0].sizeInBytes))
        }
    }

    @Test func segmentRecoveryRebuildsTheSameStateAndTxnIndex() throws {
        try withTemporaryDirectory { dir in
            let log = try InMemoryPartitionLog(dir: dir)
            try fillWithMixedTraffic(log)
            let (recovered, aborted) = try log.recoveredFromScratch()
            #expect(aborted == log.abortedTxns)
            #expect(recovered.activeProducers == log.manager.activeProducers)
            #expect(recovered.firstUndecidedOffset == log.manager.firstUndecidedOffset)
            #expect(recovered.mapEndOffset == log.logEndOffset)
        }
    }

    @Test func restartsRebuildFromSnapshotsAndSegments() throws {
        try withTemporaryDirectory { dir in
            let log = try InMemoryPartitionLog(dir: dir)
            try fillWithMixedTraffic(log)
            let before = log.manager.activeProducers
            let undecided = log.manager.firstUndecidedOffset

            // Unclean: the snapshots at the segment bases, then the tail replayed.
            try log.restart(clean: false)
            #expect(summary(log.manager.activeProducers) == summary(before))
            #expect(log.manager.firstUndecidedOffset == undecided)
            #expect(log.manager.mapEndOffset == log.logEndOffset)
            #expect(log.manager.latestSnapshotOffset == log.logEndOffset)

            // Clean: everything from the snapshot at the log end.
            try log.restart(clean: true)
            #expect(summary(log.manager.activeProducers) == summary(before))

            // No snapshot at all after an unclean stop: the whole log is replayed, exactly.
            for offset in log.manager.snapshotOffsets {
                try FileManager.default.removeItem(
                    atPath: LogFileNames.producerSnapshotFile(directory: dir, offset: offset))
            }
            try log.restart(clean: false)
            #expect(log.manager.activeProducers == before)
            #expect(log.manager.firstUndecidedOffset == undecided)
        }
    }

    @Test func cleanShutdownWithoutSnapshotsSkipsTheReplay() throws {
        try withTemporaryDirectory { dir in
            let log = try InMemoryPartitionLog(dir: dir)
            try fillWithMixedTraffic(log)
            let segments = log.segments.map(\.baseOffset)
            try log.manager.truncateFullyAndStartAt(0)  // no snapshot files left
            let fresh = try ProducerStateHarness.newManager(dir: dir, clock: log.clock)
            try fresh.rebuildProducerState(
                segmentBaseOffsets: segments, logStartOffset: 0, lastOffset: log.logEndOffset,
                reloadFromCleanShutdown: true, currentTimeMs: log.clock.milliseconds()
            ) { _, _, _ throws(StorageError) in
                Issue.record("nothing should be read")
                return []
            }
            #expect(
                fresh.snapshotOffsets == [segments[segments.count - 2], segments[segments.count - 1], log.logEndOffset])
            #expect(fresh.activeProducers.isEmpty)
            #expect(fresh.mapEndOffset == log.logEndOffset)
        }
    }

    @Test func truncationRebuildsTheStateOfThePrefix() throws {
        try withTemporaryDirectory { dir in
            let log = try InMemoryPartitionLog(dir: dir)
            try fillWithMixedTraffic(log)
            let batches = log.allBatches
            for cut in [
                batches[batches.count - 1].baseOffset, batches[batches.count / 2].baseOffset, batches[3].baseOffset,
            ] {
                try log.truncate(to: cut)
                #expect(log.manager.mapEndOffset == cut)
                #expect(log.manager.snapshotOffsets.allSatisfy { $0 <= cut })
                let (expected, aborted) = try log.recoveredFromScratch()
                #expect(summary(log.manager.activeProducers) == summary(expected.activeProducers))
                #expect(log.manager.firstUndecidedOffset == expected.firstUndecidedOffset)
                #expect(aborted == log.abortedTxns)
            }
        }
    }

    @Test func logStartOffsetAndSegmentDeletion() throws {
        try withTemporaryDirectory { dir in
            let log = try InMemoryPartitionLog(dir: dir)
            try fillWithMixedTraffic(log)
            let bases = log.segments.map(\.baseOffset)
            // Retention deletes the first segment: its snapshot goes with it, the start offset moves.
            let marked = try log.manager.removeAndMarkSnapshotForDeletion(offset: bases[1])
            #expect(marked?.path.hasSuffix(".snapshot.deleted") == true)
            try marked?.deleteIfExists()
            log.manager.onLogStartOffsetIncremented(bases[1])
            #expect(!log.manager.snapshotOffsets.contains(bases[1]))
            #expect(!log.manager.activeProducers.isEmpty)  // producers outlive their records
            // The recovery point checkpoint lets older snapshots go.
            try log.manager.deleteSnapshotsBefore(bases[2])
            #expect(log.manager.snapshotOffsets.allSatisfy { $0 >= bases[2] })
        }
    }

    /// Idempotent and transactional producers, markers, and a roll every few batches.
    private func fillWithMixedTraffic(_ log: InMemoryPartitionLog) throws {
        var seqs: [Int64: Int32] = [:]
        func send(_ pid: Int64, epoch: Int16 = 0, count: Int32, transactional: Bool = false) throws {
            let seq = seqs[pid, default: 0]
            try log.append(
                dataBatch(
                    producerId: pid, epoch: epoch, baseSequence: seq, count: count, baseOffset: 0,
                    timestamp: log.clock.milliseconds(), isTransactional: transactional))
            seqs[pid] = seq + count
        }
        for round in 0..<4 {
            try send(1, count: 2)
            try send(2, count: 1, transactional: true)
            try send(3, count: 3)
            try send(2, count: 2, transactional: true)
            try log.append(
                markerBatch(
                    producerId: 2, epoch: 0, round % 2 == 0 ? .abort : .commit, baseOffset: 0,
                    timestamp: log.clock.milliseconds()),
                origin: .coordinator)
            try send(4, count: 1, transactional: true)
            try send(1, count: 1)
            try log.roll()
            log.updateHighWatermark(log.logEndOffset)
            try log.append(
                markerBatch(producerId: 4, epoch: 0, .abort, baseOffset: 0, timestamp: log.clock.milliseconds()),
                origin: .coordinator)
            log.clock.advance(milliseconds: 10)
        }
        try send(5, count: 2, transactional: true)  // left open
        try send(1, count: 1)
    }

    /// What a snapshot preserves of each producer: epoch, last batch, open transaction, timestamps.
    private func summary(_ producers: [Int64: ProducerStateEntry]) -> [Int64: String] {
        producers.mapValues {
            "\($0.producerEpoch) \($0.lastSeq) \($0.lastDataOffset) \($0.lastOffsetDelta) \($0.lastTimestamp)"
                + " \($0.coordinatorEpoch) \(String(describing: $0.currentTxnFirstOffset))"
        }
    }
}
