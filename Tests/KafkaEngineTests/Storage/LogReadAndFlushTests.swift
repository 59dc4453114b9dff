import Dispatch
import Foundation
import NIOCore
import Synchronization
import Testing

@testable import KafkaEngine

/// Fetch isolation, reads racing appends, the flush policy and recovery point, and the producer
/// state seam.
@Suite struct LogReadAndFlushTests {
    typealias T = LogTestSupport

    @Test func consumersReadOnlyBelowTheHighWatermark() throws {
        try withTemporaryDirectory { root in
            var dir = PartitionDirectory(root: root, config: try T.config())
            dir.highWatermarkFollowsLogEnd = false
            let log = try dir.open()
            for index in 0..<3 {
                try log.appendAsLeader(try T.batch(count: 3, timestamp: Int64(index)), leaderEpoch: 0)
            }
            #expect(log.highWatermark == 0 && log.logEndOffset == 9)
            let hidden = try log.read(
                startOffset: 0, maxLength: 1 << 20, isolation: .highWatermark, minOneMessage: true)
            #expect(hidden.records == nil && hidden.fetchOffsetMetadata.messageOffset == 0)
            let follower = try log.read(startOffset: 0, maxLength: 1 << 20, isolation: .logEnd, minOneMessage: true)
            #expect(T.batches(try T.bytes(follower)).count == 3)

            #expect(log.updateHighWatermark(6) == 6)
            let visible = try log.read(
                startOffset: 0, maxLength: 1 << 20, isolation: .highWatermark, minOneMessage: true)
            #expect(T.batches(try T.bytes(visible)).map(\.baseOffset) == [0, 3])
            // Above the high watermark but below the end: nothing, and no error.
            let above = try log.read(startOffset: 7, maxLength: 1 << 20, isolation: .highWatermark, minOneMessage: true)
            #expect(above.records == nil && above.fetchOffsetMetadata.messageOffset == 7)
            // Without producer state the last stable offset is the high watermark.
            #expect(log.lastStableOffset == 6)
            let committed = try log.read(startOffset: 0, maxLength: 1 << 20, isolation: .committed, minOneMessage: true)
            #expect(T.batches(try T.bytes(committed)).count == 2 && committed.abortedTransactions == [])

            #expect(try log.maybeIncrementHighWatermark(5) == nil)
            #expect(try log.maybeIncrementHighWatermark(9) == 6)
            #expect(T.logError { try log.maybeIncrementHighWatermark(10) } != nil)
            #expect(log.updateHighWatermark(100) == 9)
        }
    }

    @Test func maxLengthAndMinOneMessage() throws {
        try withTemporaryDirectory { root in
            let dir = PartitionDirectory(root: root, config: try T.config())
            let log = try dir.open()
            let batch = try T.batch(count: 3, timestamp: 1)
            let size = batch.readableBytes
            for _ in 0..<3 { try log.appendAsLeader(batch, leaderEpoch: 0) }
            let one = try log.read(startOffset: 0, maxLength: 1, isolation: .logEnd, minOneMessage: true)
            #expect(one.sizeInBytes == size && !one.firstEntryIncomplete)
            let partial = try log.read(startOffset: 0, maxLength: 10, isolation: .logEnd, minOneMessage: false)
            #expect(partial.sizeInBytes == 10 && partial.firstEntryIncomplete)
            let two = try log.read(startOffset: 3, maxLength: 2 * size + 5, isolation: .logEnd, minOneMessage: false)
            let twoBatches = T.batches(try T.bytes(two))
            #expect(two.sizeInBytes == 2 * size && twoBatches.count == 2, "the two batches left")
            #expect(two.fetchOffsetMetadata.relativePositionInSegment == Int32(size))
        }
    }

    @Test func readsRacingAppendsSeeWholeBatchesOnly() throws {
        try withTemporaryDirectory { root in
            let dir = PartitionDirectory(
                root: root, config: try T.config(["segment.bytes": "20000", "index.interval.bytes": "500"]))
            let log = try dir.open()
            let appends = 1500
            let failures = Mutex<[String]>([])
            DispatchQueue.concurrentPerform(iterations: 2) { worker in
                if worker == 0 {
                    for index in 0..<appends {
                        do {
                            try log.appendAsLeader(
                                try T.batch(count: 1 + index % 5, timestamp: Int64(index), valueSize: index % 90),
                                leaderEpoch: 0)
                            if index % 300 == 0 { try log.roll() }
                        } catch {
                            failures.withLock { $0.append("append \(index): \(error)") }
                        }
                    }
                    return
                }
                var rng = TestRandom(seed: 3)
                var reads = 0
                while reads < 3000 {
                    let end = log.highWatermark
                    guard end > 0 else { continue }
                    reads += 1
                    let start = Int64(rng.next() % UInt64(end))
                    do {
                        let info = try log.read(
                            startOffset: start, maxLength: 1 + Int(rng.next() % 8000), isolation: .highWatermark,
                            minOneMessage: true)
                        let batches = T.batches(try T.bytes(info))
                        guard let first = batches.first, first.baseOffset <= start, start <= first.lastOffset else {
                            failures.withLock {
                                $0.append("read \(start): first batch \(String(describing: batches.first))")
                            }
                            continue
                        }
                        var next = first.baseOffset
                        for batch in batches {
                            if batch.baseOffset != next || (try? batch.validate()) == nil
                                || batch.lastOffset >= log.highWatermark
                            {
                                failures.withLock { $0.append("read \(start): bad batch at \(batch.baseOffset)") }
                            }
                            next = batch.nextOffset
                        }
                    } catch {
                        failures.withLock { $0.append("read \(start): \(error)") }
                    }
                }
            }
            #expect(failures.withLock { $0 }.isEmpty, "\(failures.withLock { $0.prefix(5) })")
        }
    }

    // MARK: Flush

    @Test func theRecoveryPointMovesOnlyWithFlushes() throws {
        try withTemporaryDirectory { root in
            let dir = PartitionDirectory(root: root, config: try T.config())
            let log = try dir.open()
            for _ in 0..<3 { try log.appendAsLeader(try T.batch(count: 2, timestamp: 1), leaderEpoch: 0) }
            #expect(log.recoveryPoint == 0 && log.unflushedMessages == 6)
            try log.roll()
            try log.appendAsLeader(try T.batch(count: 2, timestamp: 1), leaderEpoch: 0)
            try log.flushRolledSegments()
            #expect(log.recoveryPoint == 6, "the segments before the roll")
            try log.flush()
            #expect(log.recoveryPoint == 8 && log.unflushedMessages == 0)
            try log.truncateTo(7)
            #expect(log.recoveryPoint == 6, "truncation pulls it back to the log end")
        }
    }

    @Test func flushMessagesAndFlushMs() throws {
        try withTemporaryDirectory { root in
            let dir = PartitionDirectory(root: root, config: try T.config(["flush.messages": "5", "flush.ms": "1000"]))
            let log = try dir.open()
            try log.appendAsLeader(try T.batch(count: 3, timestamp: 1), leaderEpoch: 0)
            #expect(log.recoveryPoint == 0)
            try log.appendAsLeader(try T.batch(count: 3, timestamp: 1), leaderEpoch: 0)
            #expect(log.recoveryPoint == 6, "six unflushed messages pass flush.messages")
            try log.appendAsLeader(try T.batch(count: 1, timestamp: 1), leaderEpoch: 0)
            #expect(try !log.flushIfDue(now: dir.clock.milliseconds() + 999))
            #expect(try log.flushIfDue(now: dir.clock.milliseconds() + 1000))
            #expect(log.recoveryPoint == 7)
        }
    }

    // MARK: Producer state seam

    /// Records what the log tells producer state; treats a repeated (producer, sequence) as a
    /// duplicate, refuses producer 7 and aborts whatever batch producer 99 writes.
    final class RecordingProducerState: LogProducerState {
        struct State {
            var appended: [Int64: (first: Int64, last: Int64)] = [:]
            var recovered: [Int64] = []
            var loaded: [Int64] = []
            var rebuilds: [(logStart: Int64, last: Int64)] = []
            var events: [String] = []
            var firstUnstable: LogOffsetMetadata?
            /// Where the state is up to, as a manager without snapshots would track it.
            var end: Int64 = 0
        }
        struct Pending: Sendable {
            var sequence: Int64?
            var range: (Int64, Int64)
            var aborts: Bool
        }
        let state = Mutex(State())

        func prepareAppend(_ batches: [RecordBatch], origin: AppendOrigin, appendOffsetMetadata: LogOffsetMetadata)
            throws(LogError) -> ProducerStateAppend
        {
            let batch = batches[0]
            if batch.producerId == 7 {
                throw .producerState(.outOfOrderSequenceNumber, "sequence \(batch.baseSequence) is out of order")
            }
            let sequence = batch.hasProducerId ? Int64(batch.baseSequence) : nil
            if let sequence, let earlier = state.withLock({ $0.appended[sequence] }) {
                return .duplicate(firstOffset: earlier.first, lastOffset: earlier.last, timestamp: -1)
            }
            return .append(
                pending: Pending(
                    sequence: sequence, range: (batch.baseOffset, batches[batches.count - 1].lastOffset),
                    aborts: batch.producerId == 99))
        }

        func completeAppend(
            _ pending: any Sendable, nextOffset: Int64, appendAbortedTxn: (AbortedTxn) throws(StorageError) -> Void
        ) throws(StorageError) {
            guard let pending = pending as? Pending else { throw .illegalState("not my update") }
            state.withLock {
                if let sequence = pending.sequence { $0.appended[sequence] = pending.range }
                $0.end = nextOffset
            }
            if pending.aborts {
                try appendAbortedTxn(
                    AbortedTxn(
                        producerId: 99, firstOffset: pending.range.0, lastOffset: pending.range.1,
                        lastStableOffset: pending.range.0))
            }
        }

        func recover(_ batch: RecordBatch, appendAbortedTxn: (AbortedTxn) throws(StorageError) -> Void)
            throws(StorageError)
        {
            state.withLock {
                $0.recovered.append(batch.baseOffset)
                $0.end = batch.nextOffset
            }
        }

        func segmentRecovered(nextOffset: Int64) throws(StorageError) {
            state.withLock { $0.events.append("recovered to \(nextOffset)") }
        }

        func rebuild(
            segmentBaseOffsets: [Int64], logStartOffset: Int64, lastOffset: Int64, reloadFromCleanShutdown: Bool,
            readBatches: (Int64, Int64, Int64) throws(StorageError) -> [RecordBatch]
        ) throws(StorageError) {
            var from = state.withLock { state -> Int64 in
                state.rebuilds.append((logStartOffset, lastOffset))
                // Without snapshots, state past lastOffset means starting over.
                if state.end > lastOffset || state.end < logStartOffset { state.end = logStartOffset }
                return state.end
            }
            for base in segmentBaseOffsets where from < lastOffset {
                for batch in try readBatches(base, from, lastOffset)
                where batch.lastOffset >= from && batch.baseOffset < lastOffset {
                    state.withLock { $0.loaded.append(batch.baseOffset) }
                    from = batch.nextOffset
                }
            }
            state.withLock { $0.end = lastOffset }
        }

        func truncateFullyAndStartAt(_ offset: Int64) throws(StorageError) {
            state.withLock {
                $0.events.append("restart \(offset)")
                $0.end = offset
            }
        }
        func segmentRolled(baseOffset: Int64) throws(StorageError) {
            state.withLock { $0.events.append("rolled \(baseOffset)") }
        }
        func segmentsDeleted(baseOffsets: [Int64]) throws(StorageError) {}
        func logStartOffsetIncremented(to offset: Int64) { state.withLock { $0.events.append("start \(offset)") } }
        func highWatermarkUpdated(to offset: Int64) {}
        var firstUnstableOffset: LogOffsetMetadata? { state.withLock { $0.firstUnstable } }
        func close() throws(StorageError) { state.withLock { $0.events.append("closed") } }
    }

    @Test func producerStateSeesAppendsAndRebuildsAndCanRefuse() throws {
        try withTemporaryDirectory { root in
            var dir = PartitionDirectory(root: root, config: try T.config())
            let producerState = RecordingProducerState()
            let log = try dir.open(producerState: producerState)
            let idempotent = try T.batch(
                [T.TestRecord(timestamp: 1, key: "k", value: "v"), .init(timestamp: 2, key: "k", value: "w")],
                producerId: 42, producerEpoch: 0, baseSequence: 0)
            #expect(try log.appendAsLeader(idempotent, leaderEpoch: 0).lastOffset == 1)
            let duplicate = try log.appendAsLeader(idempotent, leaderEpoch: 0)
            #expect(
                duplicate.firstOffset == 0 && duplicate.lastOffset == 1 && log.logEndOffset == 2,
                "a duplicate writes nothing")

            let refused = try T.batch(
                [T.TestRecord(timestamp: 1, key: "k", value: "v")], producerId: 7, producerEpoch: 0, baseSequence: 5)
            #expect(T.logError { try log.appendAsLeader(refused, leaderEpoch: 0) }?.code == .outOfOrderSequenceNumber)

            let aborting = try T.batch(
                [T.TestRecord(timestamp: 3, key: "k", value: "v")], producerId: 99, producerEpoch: 0, baseSequence: 1)
            try log.appendAsLeader(aborting, leaderEpoch: 0)
            // The producer state saw the batch with the offset it was written at.
            #expect(try log.activeSegment.txnIndex.allAbortedTxns().map(\.firstOffset) == [2])

            producerState.state.withLock { $0.firstUnstable = LogOffsetMetadata(messageOffset: 1) }
            #expect(log.lastStableOffset == 1)
            let committed = try log.read(startOffset: 0, maxLength: 1 << 20, isolation: .committed, minOneMessage: true)
            #expect(committed.sizeInBytes == 0, "offset 1 shares its batch with 0: nothing is stable yet")
            #expect(committed.abortedTransactions?.map(\.producerId) == [99])
            producerState.state.withLock { $0.firstUnstable = nil }

            try log.roll()
            #expect(producerState.state.withLock { $0.events.last } == "rolled 3")
            try log.truncateTo(2)
            #expect(producerState.state.withLock { $0.rebuilds.last?.last } == 2)
            #expect(producerState.state.withLock { $0.loaded } == [0], "the rebuild read the batch kept")

            dir.crash(log, recoveryPoint: 0)
            producerState.state.withLock {
                $0.recovered.removeAll()
                $0.end = 0
            }
            let reopened = try dir.open(producerState: producerState)
            #expect(producerState.state.withLock { $0.recovered } == [0], "recovery hands over the batches kept")
            #expect(producerState.state.withLock { $0.events.contains("recovered to 2") })
            try reopened.close()
            #expect(producerState.state.withLock { $0.events.last } == "closed")
        }
    }
}
