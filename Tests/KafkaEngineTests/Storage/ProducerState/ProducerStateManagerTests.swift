import Foundation
import NIOCore
import Testing

@testable import KafkaEngine

/// Kafka's ProducerStateManagerTest, case by case (transaction verification, KIP-890, aside).
@Suite struct ProducerStateManagerTests {
    let producerId: Int64 = 1
    let epoch: Int16 = 0

    @Test func basicIdMapping() throws {
        try withProducerState { h in
            let m = h.manager
            try appendEntry(m, epoch: epoch, seq: 0, offset: 0, timestamp: 0)
            try appendEntry(m, epoch: epoch, seq: 1, offset: 0, timestamp: 1)
            // A repeat reaching the validator (the log checks duplicates first) is out of order.
            #expect(
                producerStateErrorCode { try appendEntry(m, epoch: epoch, seq: 1, offset: 0, timestamp: 1) }
                    == .outOfOrderSequenceNumber)
            // A gap.
            #expect(
                producerStateErrorCode { try appendEntry(m, epoch: epoch, seq: 5, offset: 0, timestamp: 2) }
                    == .outOfOrderSequenceNumber)
            // A new epoch starting at 0, then the old epoch is fenced.
            try appendEntry(m, epoch: epoch + 1, seq: 0, offset: 0, timestamp: 3)
            #expect(
                producerStateErrorCode { try appendEntry(m, epoch: epoch, seq: 0, offset: 0, timestamp: 4) }
                    == .invalidProducerEpoch)
        }
    }

    @Test func appendTxnMarkerWithNoProducerState() throws {
        try withProducerState { h in
            let m = h.manager
            let producerEpoch: Int16 = 2
            try appendEndTxnMarker(m, epoch: producerEpoch, .commit, offset: 27, timestamp: h.now)
            let first = try #require(m.lastEntry(producerId: producerId))
            #expect(first.producerEpoch == producerEpoch)
            #expect(first.producerId == producerId)
            #expect(first.lastSeq == RecordBatch.noSequence)

            // Fencing works with only a marker left, and the sequence must restart at 0.
            #expect(
                producerStateErrorCode { try appendEntry(m, epoch: 0, seq: 0, offset: 4, timestamp: 0) }
                    == .invalidProducerEpoch)
            #expect(
                producerStateErrorCode {
                    try appendEntry(m, epoch: producerEpoch, seq: 17, offset: 4, timestamp: 0)
                } == .outOfOrderSequenceNumber)
            try appendEntry(m, epoch: producerEpoch, seq: 0, offset: 4, timestamp: 39)
            let second = try #require(m.lastEntry(producerId: producerId))
            #expect(second.producerEpoch == producerEpoch)
            #expect(second.lastSeq == 0)
        }
    }

    @Test func producerSequenceWrapAround() throws {
        try withProducerState { h in
            let m = h.manager
            let epoch: Int16 = 15
            try appendEntry(m, epoch: epoch, seq: Int32.max, offset: 735, timestamp: h.now, origin: .replication)
            try appendEntry(m, epoch: epoch, seq: 0, offset: 1235, timestamp: h.now)
            let last = try #require(m.lastEntry(producerId: producerId))
            #expect(last.producerEpoch == epoch)
            #expect(last.firstSeq == Int32.max)
            #expect(last.lastSeq == 0)
        }
    }

    @Test func producerSequenceWithWrapAroundBatchRecord() throws {
        try withProducerState { h in
            let m = h.manager
            var info = m.prepareUpdate(producerId: producerId, origin: .replication)
            try info.appendDataBatch(
                epoch: 15, firstSeq: Int32.max - 10, lastSeq: 9, lastTimestamp: h.now,
                firstOffsetMetadata: LogOffsetMetadata(messageOffset: 2000), lastOffset: 2020, isTransactional: false)
            #expect(m.lastEntry(producerId: producerId) == nil)
            m.update(info)
            let last = try #require(m.lastEntry(producerId: producerId))
            #expect(last.firstSeq == Int32.max - 10)
            #expect(last.lastSeq == 9)
            #expect(last.firstDataOffset == 2000)
            #expect(last.lastDataOffset == 2020)
        }
    }

    @Test func producerSequenceInvalidWrapAround() throws {
        try withProducerState { h in
            let m = h.manager
            try appendEntry(m, epoch: 15, seq: Int32.max, offset: 735, timestamp: h.now, origin: .replication)
            #expect(
                producerStateErrorCode { try appendEntry(m, epoch: 15, seq: 1, offset: 1235, timestamp: h.now) }
                    == .outOfOrderSequenceNumber)
        }
    }

    @Test func noValidationOnFirstEntryWhenLoadingLog() throws {
        try withProducerState { h in
            let m = h.manager
            try appendEntry(m, epoch: 5, seq: 16, offset: 735, timestamp: h.now, origin: .replication)
            let last = try #require(m.lastEntry(producerId: producerId))
            #expect(last.producerEpoch == 5)
            #expect(last.firstSeq == 16)
            #expect(last.lastSeq == 16)
            #expect(last.lastDataOffset == 735)
            #expect(last.firstDataOffset == 735)
        }
    }

    @Test func controlRecordBumpsProducerEpoch() throws {
        try withProducerState { h in
            let m = h.manager
            try appendEntry(m, epoch: epoch, seq: 0, offset: 0, timestamp: h.now)
            try appendEndTxnMarker(m, epoch: 1, .abort, offset: 1, timestamp: h.now)
            let last = try #require(m.lastEntry(producerId: producerId))
            #expect(last.producerEpoch == 1)
            #expect(last.currentTxnFirstOffset == nil)
            #expect(last.firstSeq == RecordBatch.noSequence)
            #expect(last.lastSeq == RecordBatch.noSequence)
            try appendEntry(m, epoch: 1, seq: 0, offset: 2, timestamp: h.now)
            #expect(m.lastEntry(producerId: producerId)?.firstSeq == 0)
        }
    }

    @Test func txnFirstOffsetMetadataCached() throws {
        try withProducerState { h in
            let m = h.manager
            var info = ProducerAppendInfo(
                topicPartition: ProducerStateHarness.partition, producerId: producerId,
                currentEntry: .empty(producerId: producerId), origin: .client)
            let metadata = LogOffsetMetadata(
                messageOffset: 992_342, segmentBaseOffset: 990_000, relativePositionInSegment: 234_224)
            try info.appendDataBatch(
                epoch: epoch, firstSeq: 0, lastSeq: 0, lastTimestamp: h.now, firstOffsetMetadata: metadata,
                lastOffset: 992_342, isTransactional: true)
            m.update(info)
            #expect(m.firstUnstableOffset == metadata)
        }
    }

    @Test func hasLateTransaction() throws {
        try withProducerState { h in
            let m = h.manager
            try appendEntry(m, producerId: 39, epoch: 2, seq: 0, offset: 100, timestamp: h.now, isTransactional: true)
            #expect(!m.hasLateTransaction(currentTimeMs: h.now))
            h.clock.advance(milliseconds: 500)
            try appendEntry(m, producerId: 57, epoch: 9, seq: 0, offset: 150, timestamp: h.now, isTransactional: true)
            #expect(!m.hasLateTransaction(currentTimeMs: h.now))

            h.clock.advance(milliseconds: ProducerStateHarness.lateTransactionTimeoutMs - 500 + 1)
            #expect(m.hasLateTransaction(currentTimeMs: h.now))
            h.clock.advance(milliseconds: 500)
            #expect(m.hasLateTransaction())

            try appendEndTxnMarker(m, producerId: 39, epoch: 2, .commit, offset: 200, timestamp: h.now)
            #expect(m.hasLateTransaction(currentTimeMs: h.now))
            try appendEndTxnMarker(m, producerId: 57, epoch: 9, .commit, offset: 250, timestamp: h.now)
            #expect(!m.hasLateTransaction(currentTimeMs: h.now))
        }
    }

    @Test func hasLateTransactionInitializedAfterReload() throws {
        try withProducerState { h in
            let m = h.manager
            try appendEntry(m, producerId: 39, epoch: 2, seq: 0, offset: 100, timestamp: h.now, isTransactional: true)
            h.clock.advance(milliseconds: 500)
            try appendEntry(m, producerId: 57, epoch: 9, seq: 0, offset: 150, timestamp: h.now, isTransactional: true)
            try m.takeSnapshot()
            h.clock.advance(milliseconds: ProducerStateHarness.lateTransactionTimeoutMs - 500 + 1)
            #expect(m.hasLateTransaction(currentTimeMs: h.now))

            let reloaded = try h.reopened()
            try reloaded.truncateAndReload(logStartOffset: 0, logEndOffset: m.mapEndOffset, currentTimeMs: h.now)
            #expect(reloaded.hasLateTransaction(currentTimeMs: h.now))
        }
    }

    @Test func hasLateTransactionUpdatedAfterTruncation() throws {
        for full in [false, true] {
            try withProducerState { h in
                let m = h.manager
                try appendEntry(
                    m, producerId: 39, epoch: 2, seq: 0, offset: 100, timestamp: h.now, isTransactional: true)
                h.clock.advance(milliseconds: ProducerStateHarness.lateTransactionTimeoutMs + 1)
                #expect(m.hasLateTransaction(currentTimeMs: h.now))
                if full {
                    try m.truncateFullyAndStartAt(150)
                } else {
                    try m.truncateAndReload(logStartOffset: 0, logEndOffset: 80, currentTimeMs: h.now)
                }
                #expect(!m.hasLateTransaction(currentTimeMs: h.now))
            }
        }
    }

    @Test func prepareUpdateDoesNotMutate() throws {
        try withProducerState { h in
            let m = h.manager
            var info = m.prepareUpdate(producerId: producerId, origin: .client)
            try info.appendDataBatch(
                epoch: epoch, firstSeq: 0, lastSeq: 5, lastTimestamp: h.now,
                firstOffsetMetadata: LogOffsetMetadata(messageOffset: 15), lastOffset: 20, isTransactional: false)
            #expect(m.lastEntry(producerId: producerId) == nil)
            m.update(info)

            var next = m.prepareUpdate(producerId: producerId, origin: .client)
            try next.appendDataBatch(
                epoch: epoch, firstSeq: 6, lastSeq: 10, lastTimestamp: h.now,
                firstOffsetMetadata: LogOffsetMetadata(messageOffset: 26), lastOffset: 30, isTransactional: false)
            var last = try #require(m.lastEntry(producerId: producerId))
            #expect(last.firstSeq == 0)
            #expect(last.lastSeq == 5)
            #expect(last.lastDataOffset == 20)

            m.update(next)
            last = try #require(m.lastEntry(producerId: producerId))
            #expect(last.firstSeq == 0)
            #expect(last.lastSeq == 10)
            #expect(last.lastDataOffset == 30)
        }
    }

    @Test func updateProducerTransactionState() throws {
        try withProducerState { h in
            let m = h.manager
            try appendEntry(m, epoch: epoch, seq: 0, offset: 9, timestamp: h.now)
            var info = m.prepareUpdate(producerId: producerId, origin: .client)
            try info.appendDataBatch(
                epoch: epoch, firstSeq: 1, lastSeq: 5, lastTimestamp: h.now,
                firstOffsetMetadata: LogOffsetMetadata(messageOffset: 16), lastOffset: 20, isTransactional: true)
            try expectTxnEntry(info, firstSeq: 1, lastSeq: 5, firstOffset: 16, lastOffset: 20, txnFirstOffset: 16)
            try info.appendDataBatch(
                epoch: epoch, firstSeq: 6, lastSeq: 10, lastTimestamp: h.now,
                firstOffsetMetadata: LogOffsetMetadata(messageOffset: 26), lastOffset: 30, isTransactional: true)
            try expectTxnEntry(info, firstSeq: 1, lastSeq: 10, firstOffset: 16, lastOffset: 30, txnFirstOffset: 16)

            let completed = try #require(
                try info.appendEndTxnMarker(
                    EndTransactionMarker(.commit, coordinatorEpoch: 15), producerEpoch: epoch, offset: 40,
                    timestamp: h.now))
            #expect(
                completed == CompletedTxn(producerId: producerId, firstOffset: 16, lastOffset: 40, isAborted: false))
            // The marker leaves the cached batches alone.
            try expectTxnEntry(info, firstSeq: 1, lastSeq: 10, firstOffset: 16, lastOffset: 30, txnFirstOffset: nil)
        }
    }

    private func expectTxnEntry(
        _ info: ProducerAppendInfo, firstSeq: Int32, lastSeq: Int32, firstOffset: Int64, lastOffset: Int64,
        txnFirstOffset: Int64?
    ) throws {
        let entry = info.updatedEntry
        #expect(entry.producerEpoch == epoch)
        #expect(entry.firstSeq == firstSeq)
        #expect(entry.lastSeq == lastSeq)
        #expect(entry.firstDataOffset == firstOffset)
        #expect(entry.lastDataOffset == lastOffset)
        #expect(entry.currentTxnFirstOffset == txnFirstOffset)
        #expect(info.startedTransactions == [TxnMetadata(producerId: producerId, firstOffset: 16)])
    }

    @Test func outOfSequenceAfterControlRecordEpochBump() throws {
        try withProducerState { h in
            let m = h.manager
            try appendEntry(m, epoch: epoch, seq: 0, offset: 0, timestamp: h.now, isTransactional: true)
            try appendEntry(m, epoch: epoch, seq: 1, offset: 1, timestamp: h.now, isTransactional: true)
            let bumped: Int16 = 1
            try appendEndTxnMarker(m, epoch: bumped, .abort, offset: 1, timestamp: h.now)
            #expect(
                producerStateErrorCode {
                    try appendEntry(m, epoch: bumped, seq: 2, offset: 2, timestamp: h.now, isTransactional: true)
                } == .outOfOrderSequenceNumber)
            #expect(
                producerStateErrorCode {
                    try appendEntry(m, epoch: bumped + 1, seq: 2, offset: 2, timestamp: h.now, isTransactional: true)
                } == .outOfOrderSequenceNumber)
            try appendEntry(m, epoch: bumped, seq: 0, offset: 0, timestamp: h.now, isTransactional: true)
            let last = try #require(m.lastEntry(producerId: producerId))
            #expect(last.producerEpoch == bumped)
            #expect(last.lastSeq == 0)
        }
    }

    @Test func nonTransactionalAppendWithOngoingTransaction() throws {
        try withProducerState { h in
            let m = h.manager
            try appendEntry(m, epoch: epoch, seq: 0, offset: 0, timestamp: h.now, isTransactional: true)
            #expect(
                producerStateErrorCode { try appendEntry(m, epoch: epoch, seq: 1, offset: 1, timestamp: h.now) }
                    == .invalidTxnState)
        }
    }

    @Test func truncateAndReloadRemovesOutOfRangeSnapshots() throws {
        try withProducerState { h in
            let m = h.manager
            for seq in 0..<5 {
                try appendEntry(m, epoch: epoch, seq: Int32(seq), offset: Int64(seq), timestamp: h.now)
                try m.takeSnapshot()
            }
            #expect(m.snapshotOffsets == [1, 2, 3, 4, 5])
            try m.truncateAndReload(logStartOffset: 1, logEndOffset: 3, currentTimeMs: h.now)
            // Exactly the snapshots in (logStartOffset, logEndOffset] remain, on disk too.
            #expect(m.oldestSnapshotOffset == 2)
            #expect(m.latestSnapshotOffset == 3)
            #expect(try h.snapshotOffsetsOnDisk() == [2, 3])
            #expect(m.mapEndOffset == 3)
        }
    }

    @Test func takeSnapshot() throws {
        try withProducerState { h in
            let m = h.manager
            try appendEntry(m, epoch: epoch, seq: 0, offset: 0, timestamp: 0)
            try appendEntry(m, epoch: epoch, seq: 1, offset: 1, timestamp: 1)
            let path = try #require(try m.takeSnapshot())
            #expect(path == h.dir + "/00000000000000000002.snapshot")
            #expect(try h.fileCount() == 1)
            #expect(try !fileBytes(path).isEmpty)
            #expect(m.snapshotFile(offset: 2)?.path == path)
            #expect(m.snapshotFile(offset: 1) == nil)
        }
    }

    @Test func recoverFromSnapshotUnfinishedTransaction() throws {
        try withProducerState { h in
            let m = h.manager
            try appendEntry(m, epoch: epoch, seq: 0, offset: 0, timestamp: h.now, isTransactional: true)
            try appendEntry(m, epoch: epoch, seq: 1, offset: 1, timestamp: h.now, isTransactional: true)
            try m.takeSnapshot()
            let recovered = try h.reopened()
            try recovered.truncateAndReload(logStartOffset: 0, logEndOffset: 3, currentTimeMs: h.now)
            // A snapshot keeps only the last batch.
            let loaded = try #require(recovered.lastEntry(producerId: producerId))
            #expect(loaded.firstDataOffset == 1)
            #expect(loaded.firstSeq == 1)
            #expect(loaded.lastDataOffset == 1)
            #expect(loaded.lastSeq == 1)
            #expect(loaded.currentTxnFirstOffset == 0)
            #expect(recovered.firstUndecidedOffset == 0)
            try appendEntry(recovered, epoch: epoch, seq: 2, offset: 2, timestamp: h.now, isTransactional: true)
        }
    }

    @Test func recoverFromSnapshotFinishedTransaction() throws {
        try withProducerState { h in
            let m = h.manager
            try appendEntry(m, epoch: epoch, seq: 0, offset: 0, timestamp: h.now, isTransactional: true)
            try appendEntry(m, epoch: epoch, seq: 1, offset: 1, timestamp: h.now, isTransactional: true)
            try appendEndTxnMarker(m, epoch: epoch, .abort, offset: 2, timestamp: h.now)
            try m.takeSnapshot()
            let recovered = try h.reopened()
            try recovered.truncateAndReload(logStartOffset: 0, logEndOffset: 3, currentTimeMs: h.now)
            let loaded = try #require(recovered.lastEntry(producerId: producerId))
            #expect(loaded.firstDataOffset == 1)
            #expect(loaded.firstSeq == 1)
            #expect(loaded.lastDataOffset == 1)
            #expect(loaded.lastSeq == 1)
            #expect(loaded.currentTxnFirstOffset == nil)
        }
    }

    @Test func recoverFromSnapshotEmptyTransaction() throws {
        try withProducerState { h in
            let m = h.manager
            let appendTimestamp = h.now
            try appendEndTxnMarker(m, epoch: epoch, .abort, offset: 0, timestamp: appendTimestamp)
            try m.takeSnapshot()
            let recovered = try h.reopened()
            try recovered.truncateAndReload(logStartOffset: 0, logEndOffset: 1, currentTimeMs: h.now)
            let last = try #require(recovered.lastEntry(producerId: producerId))
            #expect(last.lastTimestamp == appendTimestamp)
            #expect(last.currentTxnFirstOffset == nil)
        }
    }

    @Test func producerStateAfterFencingAbortMarker() throws {
        try withProducerState { h in
            let m = h.manager
            try appendEntry(m, epoch: epoch, seq: 0, offset: 0, timestamp: h.now, isTransactional: true)
            try appendEndTxnMarker(m, epoch: epoch + 1, .abort, offset: 1, timestamp: h.now)
            let last = try #require(m.lastEntry(producerId: producerId))
            #expect(last.currentTxnFirstOffset == nil)
            #expect(last.lastDataOffset == -1)
            #expect(last.firstDataOffset == -1)
            // Kept, to preserve the fencing epoch.
            m.removeExpiredProducers(currentTimeMs: h.now)
            #expect(m.lastEntry(producerId: producerId) != nil)
        }
    }

    @Test func removeExpiredPidsOnReload() throws {
        try withProducerState { h in
            let m = h.manager
            try appendEntry(m, epoch: epoch, seq: 0, offset: 0, timestamp: 0)
            try appendEntry(m, epoch: epoch, seq: 1, offset: 1, timestamp: 1)
            try m.takeSnapshot()
            let recovered = try h.reopened()
            try recovered.truncateAndReload(logStartOffset: 0, logEndOffset: 1, currentTimeMs: 70000)
            try appendEntry(recovered, epoch: epoch, seq: 2, offset: 2, timestamp: 70001)
            #expect(recovered.activeProducers.count == 1)
            #expect(recovered.activeProducers.values.first?.lastSeq == 2)
            #expect(recovered.mapEndOffset == 3)
        }
    }

    @Test func acceptAppendWithoutProducerStateOnReplica() throws {
        try withProducerState { h in
            let m = h.manager
            try appendEntry(m, epoch: epoch, seq: 0, offset: 0, timestamp: 0)
            try appendEntry(m, epoch: epoch, seq: 1, offset: 1, timestamp: 1)
            try m.takeSnapshot()
            let recovered = try h.reopened()
            try recovered.truncateAndReload(logStartOffset: 0, logEndOffset: 1, currentTimeMs: 70000)
            #expect(recovered.activeProducers[producerId] == nil)
            try appendEntry(recovered, epoch: epoch, seq: 2, offset: 2, timestamp: 70001, origin: .replication)
            let entry = try #require(recovered.activeProducers[producerId])
            #expect(entry.producerEpoch == epoch)
            #expect(entry.firstSeq == 2)
            #expect(entry.lastSeq == 2)
        }
    }

    @Test func acceptAppendWithSequenceGapsOnReplica() throws {
        try withProducerState { h in
            let m = h.manager
            try appendEntry(m, epoch: epoch, seq: 0, offset: 0, timestamp: 0)
            #expect(
                producerStateErrorCode { try appendEntry(m, epoch: epoch, seq: 3, offset: 1, timestamp: 1) }
                    == .outOfOrderSequenceNumber)
            #expect(m.activeProducers[producerId]?.lastSeq == 0)
            try appendEntry(m, epoch: epoch, seq: 3, offset: 1, timestamp: 1, origin: .replication)
            #expect(m.activeProducers[producerId]?.lastSeq == 3)
        }
    }

    @Test func deleteSnapshotsBefore() throws {
        try withProducerState { h in
            let m = h.manager
            try appendEntry(m, epoch: epoch, seq: 0, offset: 0, timestamp: h.now)
            try appendEntry(m, epoch: epoch, seq: 1, offset: 1, timestamp: h.now)
            try m.takeSnapshot()
            #expect(try h.snapshotOffsetsOnDisk() == [2])
            try appendEntry(m, epoch: epoch, seq: 2, offset: 2, timestamp: h.now)
            try m.takeSnapshot()
            #expect(try h.snapshotOffsetsOnDisk() == [2, 3])
            try m.deleteSnapshotsBefore(3)
            #expect(try h.snapshotOffsetsOnDisk() == [3])
            #expect(m.snapshotOffsets == [3])
            try m.deleteSnapshotsBefore(4)
            #expect(try h.fileCount() == 0)
            #expect(m.snapshotOffsets.isEmpty)
        }
    }

    @Test func truncateFullyAndStartAt() throws {
        try withProducerState { h in
            let m = h.manager
            try appendEntry(m, epoch: epoch, seq: 0, offset: 0, timestamp: h.now)
            try appendEntry(m, epoch: epoch, seq: 1, offset: 1, timestamp: h.now)
            try m.takeSnapshot()
            try appendEntry(m, epoch: epoch, seq: 2, offset: 2, timestamp: h.now)
            try m.takeSnapshot()
            #expect(try h.snapshotOffsetsOnDisk() == [2, 3])
            try m.truncateFullyAndStartAt(0)
            #expect(try h.fileCount() == 0)
            #expect(m.activeProducers.isEmpty)
            #expect(m.mapEndOffset == 0)
            try appendEntry(m, epoch: epoch, seq: 0, offset: 0, timestamp: h.now)
            try m.takeSnapshot()
            #expect(try h.snapshotOffsetsOnDisk() == [1])
        }
    }

    @Test func reloadSnapshots() throws {
        try withProducerState { h in
            let m = h.manager
            // No state: a client may start at any sequence.
            try appendEntry(m, epoch: epoch, seq: 1, offset: 1, timestamp: h.now)
            try appendEntry(m, epoch: epoch, seq: 2, offset: 2, timestamp: h.now)
            try m.takeSnapshot()
            let saved = try FileManager.default.contentsOfDirectory(atPath: h.dir).map { name in
                (h.dir + "/" + name, try fileBytes(h.dir + "/" + name))
            }
            try appendEntry(m, epoch: epoch, seq: 3, offset: 3, timestamp: h.now)
            try appendEntry(m, epoch: epoch, seq: 4, offset: 4, timestamp: h.now)
            try m.takeSnapshot()
            #expect(try h.snapshotOffsetsOnDisk() == [3, 5])

            try m.truncateAndReload(logStartOffset: 3, logEndOffset: 5, currentTimeMs: h.now)
            #expect(try h.snapshotOffsetsOnDisk() == [5])

            for (path, bytes) in saved { try writeFile(path, bytes) }
            try m.truncateFullyAndReloadSnapshots()
            #expect(m.latestSnapshotOffset == 3)
            #expect(try h.snapshotOffsetsOnDisk() == [3])
        }
    }

    @Test func firstUnstableOffsetAfterTruncation() throws {
        try withProducerState { h in
            let m = h.manager
            try appendEntry(m, epoch: epoch, seq: 0, offset: 99, timestamp: h.now, isTransactional: true)
            #expect(m.firstUnstableOffset?.messageOffset == 99)
            try m.takeSnapshot()

            try appendEndTxnMarker(m, epoch: epoch, .commit, offset: 105, timestamp: h.now)
            m.onHighWatermarkUpdated(106)
            #expect(m.firstUnstableOffset == nil)
            try m.takeSnapshot()

            try appendEntry(m, epoch: epoch, seq: 1, offset: 106, timestamp: h.now)
            try m.truncateAndReload(logStartOffset: 0, logEndOffset: 106, currentTimeMs: h.now)
            #expect(m.firstUnstableOffset == nil)

            try m.truncateAndReload(logStartOffset: 0, logEndOffset: 100, currentTimeMs: h.now)
            #expect(m.firstUnstableOffset?.messageOffset == 99)
        }
    }

    @Test func loadFromSnapshotRetainsNonExpiredProducers() throws {
        try withProducerState { h in
            let m = h.manager
            try appendEntry(m, producerId: 1, epoch: epoch, seq: 0, offset: 0, timestamp: h.now)
            try appendEntry(m, producerId: 2, epoch: epoch, seq: 0, offset: 1, timestamp: h.now)
            try m.takeSnapshot()
            #expect(m.activeProducers.count == 2)
            try m.truncateAndReload(logStartOffset: 1, logEndOffset: 2, currentTimeMs: h.now)
            #expect(m.activeProducers.count == 2)
            #expect(m.lastEntry(producerId: 1)?.lastSeq == 0)
            #expect(m.lastEntry(producerId: 1)?.lastDataOffset == 0)
            #expect(m.lastEntry(producerId: 2)?.lastSeq == 0)
            #expect(m.lastEntry(producerId: 2)?.lastDataOffset == 1)
        }
    }

    @Test func skipSnapshotIfOffsetUnchanged() throws {
        try withProducerState { h in
            let m = h.manager
            try appendEntry(m, epoch: epoch, seq: 0, offset: 0, timestamp: 0)
            #expect(try m.takeSnapshot() != nil)
            #expect(try h.snapshotOffsetsOnDisk() == [1])
            #expect(try m.takeSnapshot() == nil)
            #expect(try h.snapshotOffsetsOnDisk() == [1])
        }
    }

    @Test func pidExpirationTimeout() throws {
        try withProducerState { h in
            let m = h.manager
            try appendEntry(m, epoch: 5, seq: 0, offset: 1, timestamp: h.now)
            h.clock.advance(milliseconds: m.producerIdExpirationMs + 1)
            m.removeExpiredProducers()
            #expect(m.activeProducers.isEmpty)
            // Forgotten: the next sequence is accepted as from a new producer.
            try appendEntry(m, epoch: 5, seq: 1, offset: 2, timestamp: h.now)
            #expect(m.activeProducers.count == 1)
            #expect(m.activeProducers.values.first?.lastSeq == 1)
            #expect(m.mapEndOffset == 3)
        }
    }

    @Test func expirationBoundaryIsInclusive() throws {
        try withProducerState { h in
            let m = h.manager
            try appendEntry(m, epoch: 5, seq: 0, offset: 1, timestamp: 1_000)
            m.removeExpiredProducers(currentTimeMs: 1_000 + m.producerIdExpirationMs - 1)
            #expect(m.activeProducers.count == 1)
            m.removeExpiredProducers(currentTimeMs: 1_000 + m.producerIdExpirationMs)
            #expect(m.activeProducers.isEmpty)
        }
    }

    @Test func firstUnstableOffset() throws {
        try withProducerState { h in
            let m = h.manager
            let epoch: Int16 = 5
            #expect(m.firstUndecidedOffset == nil)
            try appendEntry(m, epoch: epoch, seq: 0, offset: 99, timestamp: h.now, isTransactional: true)
            #expect(m.firstUndecidedOffset == 99)
            #expect(m.firstUnstableOffset?.messageOffset == 99)

            let anotherPid: Int64 = 2
            try appendEntry(
                m, producerId: anotherPid, epoch: epoch, seq: 0, offset: 105, timestamp: h.now, isTransactional: true)
            #expect(m.firstUndecidedOffset == 99)
            #expect(m.firstUnstableOffset?.messageOffset == 99)

            try appendEndTxnMarker(m, epoch: epoch, .commit, offset: 109, timestamp: h.now)
            #expect(m.firstUndecidedOffset == 105)
            #expect(m.firstUnstableOffset?.messageOffset == 99)

            m.onHighWatermarkUpdated(100)
            #expect(m.firstUnstableOffset?.messageOffset == 99)
            m.onHighWatermarkUpdated(110)
            #expect(m.firstUnstableOffset?.messageOffset == 105)

            try appendEndTxnMarker(m, producerId: anotherPid, epoch: epoch, .abort, offset: 112, timestamp: h.now)
            #expect(m.firstUndecidedOffset == nil)
            #expect(m.firstUnstableOffset?.messageOffset == 105)
            m.onHighWatermarkUpdated(113)
            #expect(m.firstUnstableOffset == nil)
        }
    }

    @Test func producersWithOngoingTransactionsDontExpire() throws {
        try withProducerState { h in
            let m = h.manager
            try appendEntry(m, epoch: 5, seq: 0, offset: 99, timestamp: h.now, isTransactional: true)
            h.clock.advance(milliseconds: m.producerIdExpirationMs + 1)
            m.removeExpiredProducers(currentTimeMs: h.now)
            #expect(m.lastEntry(producerId: producerId) != nil)
            #expect(m.firstUndecidedOffset == 99)
        }
    }

    @Test func sequenceNotValidatedForCoordinatorAppends() throws {
        try withProducerState { h in
            let m = h.manager
            try appendEntry(
                m, epoch: epoch, seq: RecordBatch.noSequence, offset: 99, timestamp: h.now, origin: .coordinator,
                isTransactional: true)
            try appendEntry(
                m, epoch: epoch, seq: RecordBatch.noSequence, offset: 100, timestamp: h.now, origin: .coordinator,
                isTransactional: true)
        }
    }

    @Test func oldEpochForControlRecord() throws {
        try withProducerState { h in
            let m = h.manager
            try appendEntry(m, epoch: 5, seq: 0, offset: 99, timestamp: h.now, isTransactional: true)
            #expect(
                producerStateErrorCode {
                    try appendEndTxnMarker(m, epoch: 3, .commit, offset: 100, timestamp: h.now)
                } == .invalidProducerEpoch)
        }
    }

    @Test func coordinatorFencing() throws {
        try withProducerState { h in
            let m = h.manager
            try appendEntry(m, epoch: 5, seq: 0, offset: 99, timestamp: h.now, isTransactional: true)
            try appendEndTxnMarker(m, epoch: 5, .commit, offset: 100, coordinatorEpoch: 1, timestamp: h.now)
            #expect(m.lastEntry(producerId: producerId)?.coordinatorEpoch == 1)
            try appendEndTxnMarker(m, epoch: 5, .commit, offset: 101, coordinatorEpoch: 1, timestamp: h.now)
            try appendEndTxnMarker(m, epoch: 5, .commit, offset: 102, coordinatorEpoch: 2, timestamp: h.now)
            #expect(
                producerStateErrorCode {
                    try appendEndTxnMarker(m, epoch: 5, .commit, offset: 103, coordinatorEpoch: 1, timestamp: h.now)
                } == .transactionCoordinatorFenced)
        }
    }

    @Test func coordinatorFencedAfterReload() throws {
        try withProducerState { h in
            let m = h.manager
            try appendEntry(m, epoch: epoch, seq: 0, offset: 99, timestamp: h.now, isTransactional: true)
            try appendEndTxnMarker(m, epoch: epoch, .commit, offset: 100, coordinatorEpoch: 1, timestamp: h.now)
            try m.takeSnapshot()
            let recovered = try h.reopened()
            try recovered.truncateAndReload(logStartOffset: 0, logEndOffset: 101, currentTimeMs: h.now)
            #expect(recovered.lastEntry(producerId: producerId)?.coordinatorEpoch == 1)
            #expect(
                producerStateErrorCode {
                    try appendEndTxnMarker(recovered, epoch: epoch, .commit, offset: 101, timestamp: h.now)
                } == .transactionCoordinatorFenced)
        }
    }

    @Test func appendEmptyControlBatch() throws {
        try withProducerState { h in
            let m = h.manager
            let producerId: Int64 = 23423
            var info = m.prepareUpdate(producerId: producerId, origin: .client)
            let batch = try emptyControlBatch(producerId: producerId, baseOffset: 15)
            let completed = try info.append(batch)
            #expect(completed == nil)
            m.update(info)
            m.updateMapEndOffset(16)
            let entry = try #require(m.lastEntry(producerId: producerId))
            #expect(entry.currentTxnFirstOffset == nil)
        }
    }

    /// A control batch whose records were all removed by compaction: a header with recordsCount 0.
    private func emptyControlBatch(producerId: Int64, baseOffset: Int64) throws -> RecordBatch {
        var buffer = ByteBuffer()
        buffer.writeInteger(baseOffset)
        buffer.writeInteger(Int32(RecordBatch.headerSize - RecordBatch.logOverhead))
        buffer.writeInteger(Int32(0))  // partition leader epoch
        buffer.writeInteger(RecordBatch.currentMagic)
        buffer.writeInteger(UInt32(0))  // crc, not checked here
        buffer.writeInteger(Int16(0x30))  // transactional | control
        buffer.writeInteger(Int32(0))  // last offset delta
        buffer.writeInteger(Int64(0))
        buffer.writeInteger(Int64(0))
        buffer.writeInteger(producerId)
        buffer.writeInteger(Int16(0))
        buffer.writeInteger(RecordBatch.noSequence)
        buffer.writeInteger(Int32(0))  // records count
        return try RecordBatch(buffer)
    }

    @Test func rejectNonZeroSequenceForDirectEpochBump() throws {
        try withProducerState { h in
            let m = h.manager
            for seq in 0..<3 { try appendEntry(m, epoch: 0, seq: Int32(seq), offset: Int64(seq), timestamp: h.now) }
            let initial = try #require(m.lastEntry(producerId: producerId))
            #expect(initial.producerEpoch == 0)
            #expect(initial.lastSeq == 2)

            var info = m.prepareUpdate(producerId: producerId, origin: .client)
            let error = producerStateError {
                try info.appendDataBatch(
                    epoch: 1, firstSeq: 5, lastSeq: 5, lastTimestamp: h.now,
                    firstOffsetMetadata: LogOffsetMetadata(messageOffset: 3), lastOffset: 3, isTransactional: false)
            }
            #expect(error?.errorCode == .outOfOrderSequenceNumber)
            let message = error?.description ?? ""
            #expect(message.contains("Invalid sequence number for new epoch"))
            #expect(message.contains("1 (request epoch)"))
            #expect(message.contains("5 (seq. number)"))
            #expect(message.contains("0 (current producer epoch)"))

            var info2 = m.prepareUpdate(producerId: producerId, origin: .client)
            try info2.appendDataBatch(
                epoch: 1, firstSeq: 0, lastSeq: 0, lastTimestamp: h.now,
                firstOffsetMetadata: LogOffsetMetadata(messageOffset: 3), lastOffset: 3, isTransactional: false)
        }
    }

    @Test func lastStableOffsetCompletedTxn() throws {
        try withProducerState { h in
            let m = h.manager
            let segmentBaseOffset: Int64 = 990_000
            func beginTransaction(_ producerId: Int64, _ startOffset: Int64) throws {
                var info = ProducerAppendInfo(
                    topicPartition: ProducerStateHarness.partition, producerId: producerId,
                    currentEntry: .empty(producerId: producerId), origin: .client)
                let metadata = LogOffsetMetadata(
                    messageOffset: startOffset, segmentBaseOffset: segmentBaseOffset,
                    relativePositionInSegment: Int32(50 * (startOffset - segmentBaseOffset)))
                try info.appendDataBatch(
                    epoch: epoch, firstSeq: 0, lastSeq: 0, lastTimestamp: h.now, firstOffsetMetadata: metadata,
                    lastOffset: startOffset, isTransactional: true)
                m.update(info)
            }
            let start1: Int64 = 992_342
            let start2 = start1 + 25
            let start3 = start1 + 57
            try beginTransaction(1, start1)
            try beginTransaction(2, start2)
            try beginTransaction(3, start3)

            let last1 = start3 + 15
            let txn1 = CompletedTxn(producerId: 1, firstOffset: start1, lastOffset: last1, isAborted: false)
            #expect(m.lastStableOffset(txn1) == start2)
            try m.completeTxn(txn1)
            m.onHighWatermarkUpdated(last1 + 1)
            #expect(m.firstUnstableOffset?.messageOffset == start2)
            #expect(m.firstUnstableOffset?.relativePositionInSegment == Int32(50 * (start2 - segmentBaseOffset)))

            let last3 = last1 + 20
            let txn3 = CompletedTxn(producerId: 3, firstOffset: start3, lastOffset: last3, isAborted: false)
            #expect(m.lastStableOffset(txn3) == start2)
            try m.completeTxn(txn3)
            m.onHighWatermarkUpdated(last3 + 1)
            #expect(m.firstUnstableOffset?.messageOffset == start2)

            let last2 = last3 + 78
            let txn2 = CompletedTxn(producerId: 2, firstOffset: start2, lastOffset: last2, isAborted: false)
            #expect(m.lastStableOffset(txn2) == last2 + 1)
            try m.completeTxn(txn2)
            m.onHighWatermarkUpdated(last2 + 1)
            #expect(m.firstUnstableOffset == nil)
        }
    }

    @Test func completingAnUnknownTransactionIsAnError() throws {
        try withProducerState { h in
            let txn = CompletedTxn(producerId: 1, firstOffset: 5, lastOffset: 9, isAborted: true)
            #expect(
                storageError { try h.manager.completeTxn(txn) }
                    == .illegalState(
                        "Attempted to complete transaction \(txn) on partition test-0 which was not started"))
        }
    }

    @Test func skipEmptyTransactions() throws {
        try withProducerState { h in
            let m = h.manager
            var seq: Int32 = 0
            func appendData(_ start: Int64, _ end: Int64, _ info: inout ProducerAppendInfo) throws {
                let count = Int32(end - start)
                try info.appendDataBatch(
                    epoch: epoch, firstSeq: seq, lastSeq: seq + count, lastTimestamp: h.now,
                    firstOffsetMetadata: LogOffsetMetadata(messageOffset: start), lastOffset: end, isTransactional: true
                )
                seq += count + 1
            }
            func appendEnd(_ result: EndTransactionMarker.Result, _ offset: Int64, _ info: inout ProducerAppendInfo)
                throws
                -> CompletedTxn?
            {
                try info.appendEndTxnMarker(
                    EndTransactionMarker(result, coordinatorEpoch: 27), producerEpoch: epoch, offset: offset,
                    timestamp: h.now)
            }

            var first = m.prepareUpdate(producerId: producerId, origin: .client)
            try appendData(16, 20, &first)
            #expect(first.startedTransactions == [TxnMetadata(producerId: producerId, firstOffset: 16)])
            m.update(first)
            m.onHighWatermarkUpdated(21)
            #expect(m.firstUnstableOffset == LogOffsetMetadata(messageOffset: 16))

            var second = m.prepareUpdate(producerId: producerId, origin: .client)
            let firstCompleted = try appendEnd(.commit, 21, &second)
            #expect(
                firstCompleted
                    == CompletedTxn(producerId: producerId, firstOffset: 16, lastOffset: 21, isAborted: false))
            #expect(try appendEnd(.commit, 22, &second) == nil)
            #expect(try appendEnd(.abort, 23, &second) == nil)
            try appendData(24, 27, &second)
            let secondCompleted = try appendEnd(.abort, 28, &second)
            #expect(secondCompleted != nil)
            #expect(try appendEnd(.abort, 29, &second) == nil)
            try appendData(30, 31, &second)

            #expect(second.startedTransactions.map(\.firstOffset.messageOffset) == [24, 30])
            m.update(second)
            try m.completeTxn(try #require(firstCompleted))
            try m.completeTxn(try #require(secondCompleted))
            m.onHighWatermarkUpdated(32)
            #expect(m.firstUnstableOffset == LogOffsetMetadata(messageOffset: 30))
        }
    }

    @Test func removeStraySnapshotsKeepsCleanShutdownSnapshot() throws {
        try withProducerState { h in
            for offset: Int64 in [5, 2, 42] {
                try writeFile(LogFileNames.producerSnapshotFile(directory: h.dir, offset: offset), [])
            }
            try h.manager.removeStraySnapshots(segmentBaseOffsets: [5])
            #expect(h.manager.latestSnapshotOffset == 42)
            #expect(h.manager.oldestSnapshotOffset == 5)
            #expect(try ProducerStateManager.listSnapshotFiles(directory: h.dir).map(\.offset) == [5, 42])
        }
    }

    @Test func removeAllStraySnapshots() throws {
        try withProducerState { h in
            for offset: Int64 in [5, 2, 42] {
                try writeFile(LogFileNames.producerSnapshotFile(directory: h.dir, offset: offset), [])
            }
            try h.manager.removeStraySnapshots(segmentBaseOffsets: [42])
            #expect(try ProducerStateManager.listSnapshotFiles(directory: h.dir).map(\.offset) == [42])
            #expect(h.manager.snapshotOffsets == [42])
        }
    }

    @Test func removeAndMarkSnapshotForDeletion() throws {
        try withProducerState { h in
            let path = LogFileNames.producerSnapshotFile(directory: h.dir, offset: 5)
            try writeFile(path, [])
            let manager = try h.reopened()
            #expect(manager.latestSnapshotOffset == 5)
            let marked = try #require(try manager.removeAndMarkSnapshotForDeletion(offset: 5))
            #expect(marked.path == path + ".deleted")
            #expect(FileManager.default.fileExists(atPath: path + ".deleted"))
            #expect(!FileManager.default.fileExists(atPath: path))
            #expect(manager.latestSnapshotOffset == nil)
        }
    }

    @Test func removeAndMarkSnapshotForDeletionAlreadyDeleted() throws {
        try withProducerState { h in
            let path = LogFileNames.producerSnapshotFile(directory: h.dir, offset: 5)
            try writeFile(path, [])
            let manager = try h.reopened()
            #expect(manager.latestSnapshotOffset == 5)
            try FileManager.default.removeItem(atPath: path)
            #expect(try manager.removeAndMarkSnapshotForDeletion(offset: 5) == nil)
            #expect(manager.latestSnapshotOffset == nil)
        }
    }

    @Test func onLogStartOffsetIncrementedKeepsProducers() throws {
        try withProducerState { h in
            let m = h.manager
            try appendEntry(m, epoch: epoch, seq: 0, offset: 0, timestamp: h.now, isTransactional: true)
            try appendEndTxnMarker(m, epoch: epoch, .abort, offset: 1, timestamp: h.now)
            #expect(m.firstUnstableOffset?.messageOffset == 0)
            m.onLogStartOffsetIncremented(10)
            // The decided transaction is gone with the records; the producer stays (KIP-360).
            #expect(m.firstUnstableOffset == nil)
            #expect(m.mapEndOffset == 10)
            #expect(m.lastEntry(producerId: producerId) != nil)
            #expect(!m.isEmpty)
        }
    }
}
