import Foundation
import NIOCore
import Synchronization
import Testing

@testable import KafkaEngine

/// A cleaning that the log changes under (truncation, retention, closing) or that is aborted
/// leaves the log as the other operation made it, and no cleaned files behind.
@Suite struct LogCleanerAbortTests {
    typealias S = CleanerTestSupport

    /// A log of several segments with overwrites, one group per segment.
    static func makeLog(_ dir: PartitionDirectory, clock: ManualClock) throws -> Log {
        let log = try dir.open()
        for round in 0..<4 {
            try LogCleanerTests.append(log, (0..<6).map { S.Write("k\($0)", "r\(round)") }, clock: clock)
            try log.roll()
        }
        return log
    }

    /// A cleaner whose `checkDone` runs `interfere` once, the `call`th time it is called (it is
    /// called once per block read: first while building the offset map, then while cleaning).
    static func cleaner(atCall call: Int = 1, interfering interfere: @escaping () throws -> Void) -> Cleaner {
        let done = Counter()
        return Cleaner(
            ioBufferSize: 1 << 16, offsetMap: OffsetMap(memoryLimit: 1 << 20),
            checkDone: { () throws(LogError) in
                let first = done.value.withLock { count in
                    count += 1
                    return count == call
                }
                guard first else { return }
                do {
                    try interfere()
                } catch {
                    Issue.record("interfering failed: \(error)")
                }
            })
    }

    static func toClean(_ log: Log, clock: ManualClock) throws -> LogToClean {
        try LogToClean.evaluate(
            log, topicPartition: log.topicPartition, lastCleanOffset: nil, now: clock.milliseconds()
        ).0
    }

    @Test func aTruncationDuringCleaningWins() throws {
        try withTemporaryDirectory { root in
            let clock = ManualClock()
            let dir = PartitionDirectory(
                root: root, config: try S.compactConfig(["segment.bytes": "400"]), clock: clock)
            let log = try Self.makeLog(dir, clock: clock)
            let toClean = try Self.toClean(log, clock: clock)
            var cleaner = Self.cleaner { try log.truncateTo(20) }
            let error = LogTestSupport.logError {
                _ = try cleaner.clean(toClean, now: clock.milliseconds(), clock: clock)
            }
            guard case .illegalState? = error else {
                Issue.record("expected the swap to be refused, got \(String(describing: error))")
                return
            }
            #expect(try S.records(log).map(\.offset) == Array(0..<20), "the truncated log, uncleaned")
            let files = try LogTestSupport.files(dir.path)
            #expect(
                !files.contains {
                    $0.hasSuffix(LogFileNames.cleanedFileSuffix) || $0.hasSuffix(LogFileNames.swapFileSuffix)
                })
        }
    }

    @Test func retentionDuringCleaningWins() throws {
        try withTemporaryDirectory { root in
            let clock = ManualClock()
            let dir = PartitionDirectory(
                root: root, config: try S.compactConfig(["segment.bytes": "400"]), clock: clock)
            let log = try Self.makeLog(dir, clock: clock)
            let toClean = try Self.toClean(log, clock: clock)
            let second = log.segments[1].baseOffset
            // Once the map is built (one block per dirty segment) and the groups are chosen.
            var cleaner = Self.cleaner(atCall: log.numberOfSegments) {
                try log.maybeIncrementLogStartOffset(second, reason: .clientRecordDeletion)
                try log.deleteOldSegments()
            }
            let error = LogTestSupport.logError {
                _ = try cleaner.clean(toClean, now: clock.milliseconds(), clock: clock)
            }
            guard case .illegalState? = error else {
                Issue.record("expected the swap to be refused, got \(String(describing: error))")
                return
            }
            #expect(log.segments.first?.baseOffset == second)
            #expect(try S.records(log).map(\.offset) == Array(second..<24))
            let files = try LogTestSupport.files(dir.path)
            #expect(
                !files.contains {
                    $0.hasSuffix(LogFileNames.cleanedFileSuffix) || $0.hasSuffix(LogFileNames.swapFileSuffix)
                })
        }
    }

    @Test func aClosedLogIsNotSwapped() throws {
        try withTemporaryDirectory { root in
            let clock = ManualClock()
            let dir = PartitionDirectory(
                root: root, config: try S.compactConfig(["segment.bytes": "400"]), clock: clock)
            let log = try Self.makeLog(dir, clock: clock)
            let toClean = try Self.toClean(log, clock: clock)
            let before = try S.records(log)
            var cleaner = Self.cleaner { try log.close() }
            let error = LogTestSupport.logError {
                _ = try cleaner.clean(toClean, now: clock.milliseconds(), clock: clock)
            }
            guard case .illegalState? = error else {
                Issue.record("expected the swap to be refused, got \(String(describing: error))")
                return
            }
            #expect(try S.records(log) == before)
        }
    }

    @Test func abortAndPauseStopsACleaningUntilResumed() throws {
        try withTemporaryDirectory { root in
            let clock = ManualClock()
            let dir = PartitionDirectory(
                root: root, config: try S.compactConfig(["segment.bytes": "400"]), clock: clock)
            let log = try Self.makeLog(dir, clock: clock)
            let topicPartition = log.topicPartition
            let checkpoint = S.checkpointPath(root)
            let cleaner = LogCleaner(clock: clock)
            // Abort once the first group is swapped in; the second group notices.
            cleaner.swapStepHook.withLock {
                $0 = { [cleaner] step in
                    if step == .swapRenamed { cleaner.abortAndPauseCleaning(topicPartition) }
                    return true
                }
            }
            #expect(cleaner.cleaningState(topicPartition) == nil)
            guard case .abandoned? = try cleaner.cleanLog(log, checkpointPath: checkpoint) else {
                Issue.record("expected the cleaning to be abandoned")
                return
            }
            #expect(cleaner.cleaningState(topicPartition) == .paused(1))
            #expect(try cleaner.readCheckpoint(checkpoint).isEmpty, "an abandoned cleaning records nothing")
            try S.expectOrdered(log)
            #expect(try cleaner.cleanLog(log, checkpointPath: checkpoint) == nil, "paused")
            #expect(try cleaner.cleanFilthiestLog([topicPartition: log], checkpointPath: checkpoint) == .nothingToClean)

            cleaner.swapStepHook.withLock { $0 = nil }
            cleaner.abortAndPauseCleaning(topicPartition)
            #expect(cleaner.cleaningState(topicPartition) == .paused(2))
            cleaner.resumeCleaning(topicPartition)
            #expect(try cleaner.cleanLog(log, checkpointPath: checkpoint) == nil, "still paused once")
            cleaner.resumeCleaning(topicPartition)
            #expect(cleaner.cleaningState(topicPartition) == nil)
            _ = try #require(LogCleanerTests.cleaned(try cleaner.cleanLog(log, checkpointPath: checkpoint)))
            #expect(try S.records(log).map(\.value).allSatisfy { $0 == "r3" })
            #expect(try S.records(log).count == 6)
        }
    }

    @Test func aCorruptBatchMarksTheLogUncleanable() throws {
        try withTemporaryDirectory { root in
            let clock = ManualClock()
            let dir = PartitionDirectory(
                root: root, config: try S.compactConfig(["segment.bytes": "400"]), clock: clock)
            let log = try Self.makeLog(dir, clock: clock)
            // Flip a byte inside the first batch's records (covered by its CRC).
            let path = log.segments[0].log.path
            var bytes = try fileBytes(path)
            bytes[RecordBatch.headerSize + 3] ^= 0xFF
            try writeFile(path, bytes)
            let cleaner = LogCleaner(clock: clock)
            let checkpoint = S.checkpointPath(root)
            guard case .markedUncleanable(_, .corruptRecord)? = try cleaner.cleanLog(log, checkpointPath: checkpoint)
            else {
                Issue.record("expected the log to be marked uncleanable")
                return
            }
            #expect(cleaner.isUncleanable(log.topicPartition))
            #expect(
                try cleaner.cleanFilthiestLog([log.topicPartition: log], checkpointPath: checkpoint) == .nothingToClean)
            #expect(try fileBytes(path) == bytes, "nothing was rewritten")
            #expect(log.segments[0].log.path == path)
            #expect(!(try LogTestSupport.files(dir.path)).contains { $0.hasSuffix(LogFileNames.cleanedFileSuffix) })
        }
    }
}
