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
    /// duplicate and aborts whatever batch has producer id 99.
    final class RecordingProducerState: LogProducerState {
        struct State {
            var appended: [Int64: (first: Int64, last: Int64)] = [:]
            var replayed: [Int64] = []
            var rebuilds: [(logStart: Int64, last: Int64)] = []
            var events: [String] = []
            var firstUnstable: LogOffsetMetadata?
            /// Where the state is up to, as a snapshot-less producer state manager would track it.
            var end: Int64 = 0
        }
        let state = Mutex(State())

        func prepareAppend(_ batches: [LogAppendBatch], origin: AppendOrigin) throws(LogError) -> ProducerStateAppend {
            let batch = batches[0]
            if batch.batch.producerId == 7 {
                throw .producerState(.outOfOrderSequenceNumber, "sequence \(batch.batch.baseSequence) is out of order")
            }
            if let earlier = state.withLock({ $0.appended[Int64(batch.batch.baseSequence)] }), batch.batch.hasProducerId
            {
                return .duplicate(firstOffset: earlier.first, lastOffset: earlier.last, timestamp: -1)
            }
            let sequence = Int64(batch.batch.baseSequence)
            let range = (batch.baseOffset, batch.lastOffset)
            let aborts = batch.batch.producerId == 99
            return .append { [self] in
                state.withLock {
                    $0.appended[sequence] = range
                    $0.end = range.1 + 1
                }
                return aborts
                    ? [AbortedTxn(producerId: 99, firstOffset: range.0, lastOffset: range.1, lastStableOffset: range.0)]
                    : []
            }
        }
        func replay(_ batch: RecordBatch) -> [AbortedTxn] {
            state.withLock {
                $0.replayed.append(batch.baseOffset)
                $0.end = batch.nextOffset
            }
            return []
        }
        func prepareRebuild(logStartOffset: Int64, lastOffset: Int64) -> Int64 {
            state.withLock { state in
                state.rebuilds.append((logStartOffset, lastOffset))
                // Without snapshots, state past lastOffset means starting over.
                if state.end > lastOffset || state.end < logStartOffset { state.end = logStartOffset }
                return state.end
            }
        }
        func rebuildFinished(at offset: Int64) {
            state.withLock {
                $0.events.append("rebuilt \(offset)")
                $0.end = offset
            }
        }
        func truncateFullyAndStartAt(_ offset: Int64) { state.withLock { $0.events.append("restart \(offset)") } }
        func segmentRolled(baseOffset: Int64) { state.withLock { $0.events.append("rolled \(baseOffset)") } }
        func segmentsDeleted(baseOffsets: [Int64]) {}
        func logStartOffsetIncremented(to offset: Int64) { state.withLock { $0.events.append("start \(offset)") } }
        func highWatermarkUpdated(to offset: Int64) {}
        var firstUnstableOffset: LogOffsetMetadata? { state.withLock { $0.firstUnstable } }
        func close() { state.withLock { $0.events.append("closed") } }
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
            #expect(try log.activeSegment.txnIndex.allAbortedTxns().map(\.producerId) == [99])

            producerState.state.withLock { $0.firstUnstable = LogOffsetMetadata(messageOffset: 1) }
            #expect(log.lastStableOffset == 1)
            let committed = try log.read(startOffset: 0, maxLength: 1 << 20, isolation: .committed, minOneMessage: true)
            #expect(committed.sizeInBytes == 0, "offset 1 shares its batch with 0: nothing is stable yet")
            #expect(committed.abortedTransactions?.map(\.producerId) == [99])
            producerState.state.withLock { $0.firstUnstable = nil }

            try log.roll()
            try log.truncateTo(2)
            #expect(producerState.state.withLock { $0.rebuilds.last?.last } == 2)

            dir.crash(log, recoveryPoint: 0)
            producerState.state.withLock {
                $0.replayed.removeAll()
                $0.end = 0
            }
            let reopened = try dir.open(producerState: producerState)
            #expect(producerState.state.withLock { $0.replayed } == [0], "recovery replays the batches kept")
            try reopened.close()
            #expect(producerState.state.withLock { $0.events.last } == "closed")
        }
    }
}
