import Foundation
import NIOCore
import Synchronization
import Testing

@testable import KafkaEngine

/// A crash at each step of swapping a cleaned segment in (and inside the renames of a step):
/// reopening the log must give either the log before the cleaning or the log after it, with no
/// offset lost or repeated and no `.cleaned`, `.swap` or `.deleted` file left.
@Suite struct LogCleanerRecoveryTests {
    typealias S = CleanerTestSupport

    /// What a crash leaves: the files as the step left them, then possibly hand-made damage that a
    /// crash in the middle of the next step's renames would leave.
    enum Crash: Sendable, CaseIterable {
        /// `.cleaned` files complete; old segments live.
        case afterCleanedWritten
        /// `.swap` files; old segments live.
        case afterRenamedToSwap
        /// The `.log` renamed to `.swap`, its indexes still `.cleaned`.
        case duringRenameToSwap
        /// `.swap` files; the first old segment's `.log` renamed to `.deleted`, the rest live.
        case duringRenameToDeleted
        /// `.swap` files; old segments `.deleted`.
        case afterOldSegmentsDeleted
        /// The `.log` renamed into place, its indexes still `.swap`; old segments `.deleted`.
        case duringRenameToLive
        /// New segment live; old segments `.deleted`, not yet unlinked.
        case afterSwapRenamed

        var step: CleanerSwapStep {
            switch self {
            case .afterCleanedWritten: .cleanedWritten
            case .afterRenamedToSwap, .duringRenameToSwap, .duringRenameToDeleted: .renamedToSwap
            case .afterOldSegmentsDeleted, .duringRenameToLive: .oldSegmentsDeleted
            case .afterSwapRenamed: .swapRenamed
            }
        }

        /// Whether reopening must show the cleaned log (the `.swap` files were complete).
        var expectsCleanedLog: Bool {
            switch self {
            case .afterCleanedWritten, .duringRenameToSwap: false
            default: true
            }
        }

        /// Makes the damage of a crash inside the renames that follow the step.
        func damage(_ directory: String, baseOffset: Int64, oldSegments: [Int64]) throws {
            func rename(_ from: String, _ to: String) throws {
                try FileManager.default.moveItem(
                    atPath: StorageFile.join(directory, from), toPath: StorageFile.join(directory, to))
            }
            let prefix = LogFileNames.filenamePrefix(offset: baseOffset)
            switch self {
            case .duringRenameToSwap:
                for suffix in [".index", ".timeindex", ".txnindex"] {
                    try rename(prefix + suffix + ".swap", prefix + suffix + ".cleaned")
                }
            case .duringRenameToDeleted:
                let first = LogFileNames.filenamePrefix(offset: oldSegments[0])
                try rename(first + ".log", first + ".log.deleted")
            case .duringRenameToLive:
                try rename(prefix + ".log.swap", prefix + ".log")
            default:
                break
            }
        }
    }

    static let config: [String: String] = [
        "segment.bytes": "1048576", "delete.retention.ms": "1000", "file.delete.delay.ms": "60000",
    ]

    /// Segments rolled by hand so that one group holds them all; every segment ends with a key
    /// written once, so the cleaned segment reaches into the last one.
    static func fill(_ log: Log, clock: ManualClock, segments: Int = 4, seed: UInt64 = 7) throws {
        var rng = TestRandom(seed: seed)
        for segment in 0..<segments {
            for _ in 0..<12 {
                let key = "k\(rng.next() % 6)"
                let value: String? = rng.next() % 5 == 0 ? nil : "v\(rng.next() % 1000)"
                try log.appendAsLeader(
                    try S.batch([S.Write(key, value)], timestamp: clock.milliseconds()), leaderEpoch: 0)
            }
            try log.appendAsLeader(
                try S.batch([S.Write("once-\(segment)", "x")], timestamp: clock.milliseconds()), leaderEpoch: 0)
            try log.roll()
        }
        try log.appendAsLeader(
            try S.batch([S.Write("k0", "in the active segment")], timestamp: clock.milliseconds()), leaderEpoch: 0)
    }

    /// The `.log` files of a partition directory: base offset and bytes.
    static func logFiles(_ directory: String) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for name in try LogTestSupport.files(directory) where name.hasSuffix(".log") {
            files[name] = try fileBytes(StorageFile.join(directory, name))
        }
        return files
    }

    @Test(arguments: Crash.allCases, [false, true])
    func aCrashDuringTheSwapLeavesTheOldOrTheCleanedLog(crash: Crash, flushedBefore: Bool) throws {
        try withTemporaryDirectory { root in
            let clock = ManualClock()
            var dir = PartitionDirectory(root: root, config: try S.compactConfig(Self.config), clock: clock)
            let log = try dir.open()
            try Self.fill(log, clock: clock)
            if flushedBefore { try log.flush() }
            let oldSegments = log.segments.dropLast().map(\.baseOffset)
            let before = try S.records(log)
            let beforeFiles = try Self.logFiles(dir.path)

            // The same log cleaned without a crash, in another directory.
            let otherRoot = StorageFile.join(root, "other")
            try FileManager.default.createDirectory(atPath: otherRoot, withIntermediateDirectories: true)
            var other = PartitionDirectory(root: otherRoot, config: dir.config, clock: clock)
            try LogTestSupport.copyDirectory(dir.path, to: other.path)
            other.recoveryPoint = log.recoveryPoint
            let otherLog = try other.open()
            guard
                case .cleaned? = try LogCleaner(clock: clock).cleanLog(
                    otherLog, checkpointPath: S.checkpointPath(otherRoot))
            else {
                Issue.record("the reference cleaning did not happen")
                return
            }
            let after = try S.records(otherLog)
            try otherLog.close()
            let afterFiles = try Self.logFiles(other.path)
            #expect(after != before, "the cleaning changes something")

            let cleaner = LogCleaner(clock: clock)
            let stopAt = crash.step
            cleaner.swapStepHook.withLock { $0 = { $0 != stopAt } }
            let outcome = try cleaner.cleanLog(log, checkpointPath: S.checkpointPath(root))
            guard case .abandoned? = outcome else {
                Issue.record("expected the cleaning to stop, got \(String(describing: outcome))")
                return
            }
            try crash.damage(dir.path, baseOffset: oldSegments[0], oldSegments: oldSegments)
            dir.crash(log)

            let reopened = try dir.open()
            defer { reopened.closeHandlers() }
            let records = try S.records(reopened)
            let files = try Self.logFiles(dir.path)
            if crash.expectsCleanedLog {
                #expect(records == after, "\(crash): the cleaned log")
                #expect(files == afterFiles, "\(crash): the cleaned segment files")
            } else {
                #expect(records == before, "\(crash): the log as it was")
                #expect(files == beforeFiles, "\(crash): the old segment files")
            }
            try S.expectOrdered(reopened, "\(crash)")
            let leftovers = try S.leftovers(dir.path)
            #expect(leftovers.isEmpty, "\(crash): leftovers \(leftovers)")
            #expect(reopened.logEndOffset == log.logEndOffset)
            let events = reopened.recoveryReport.events.map(\.kind)
            #expect(!events.contains(.segmentTruncated), "\(crash): \(reopened.recoveryReport)")
            // A cleaned segment's indexes pass the checks of a log loaded below its recovery point.
            #expect(!flushedBefore || !events.contains(.indexRebuilt), "\(crash): \(reopened.recoveryReport)")

            // And the log cleans to the same records as the uncrashed one.
            _ = try LogCleaner(clock: clock).cleanLog(reopened, checkpointPath: S.checkpointPath(root))
            #expect(try S.records(reopened) == after)
        }
    }

    /// A group whose records all go becomes an empty segment; a crash once its `.swap` file exists
    /// (which covers no offset) still reopens to a log with every latest value once.
    @Test(arguments: [CleanerSwapStep.renamedToSwap, .oldSegmentsDeleted])
    func anEmptyCleanedSegmentSurvivesACrash(step: CleanerSwapStep) throws {
        try withTemporaryDirectory { root in
            let clock = ManualClock()
            var dir = PartitionDirectory(
                root: root, config: try S.compactConfig(["segment.bytes": "200", "file.delete.delay.ms": "60000"]),
                clock: clock)
            let log = try dir.open()
            for value in ["1", "2", "3"] {
                try LogCleanerTests.append(log, [S.Write("a", value), S.Write("b", value)], clock: clock)
                try log.roll()
            }
            // Three segments of two records each, one group each; the first two groups empty out.
            #expect(log.segments.dropLast().map(\.baseOffset) == [0, 2, 4])
            let cleaner = LogCleaner(clock: clock)
            cleaner.swapStepHook.withLock { $0 = { $0 != step } }
            guard case .abandoned? = try cleaner.cleanLog(log, checkpointPath: S.checkpointPath(root)) else {
                Issue.record("expected the cleaning to stop")
                return
            }
            #expect(try fileBytes(StorageFile.join(dir.path, "00000000000000000000.log.swap")).isEmpty)
            dir.crash(log)
            let reopened = try dir.open()
            defer { reopened.closeHandlers() }
            try S.expectOrdered(reopened)
            #expect(try S.leftovers(dir.path).isEmpty)
            #expect(try S.records(reopened).map(\.description) == ["2:a=2", "3:b=2", "4:a=3", "5:b=3"])
            _ = try LogCleaner(clock: clock).cleanLog(reopened, checkpointPath: S.checkpointPath(root), force: true)
            #expect(try S.records(reopened).map(\.description) == ["4:a=3", "5:b=3"])
        }
    }

    /// With several groups, a crash in any group leaves a log that agrees with what was written,
    /// and the next cleaning finishes the job.
    @Test(arguments: CleanerSwapStep.allCases, [1, 3])
    func aCrashInALaterGroupKeepsEveryLatestValue(step: CleanerSwapStep, crashInGroup: Int) throws {
        try withTemporaryDirectory { root in
            let clock = ManualClock()
            var dir = PartitionDirectory(
                root: root, config: try S.compactConfig(["segment.bytes": "700", "file.delete.delay.ms": "0"]),
                clock: clock)
            let log = try dir.open()
            var written: [Int64: S.Write] = [:]
            var latest: [String: Int64] = [:]
            var rng = TestRandom(seed: UInt64(crashInGroup))
            for _ in 0..<120 {
                let write = S.Write("k\(rng.next() % 25)", "v\(rng.next() % 100_000)")
                let offset = try log.appendAsLeader(
                    try S.batch([write], timestamp: clock.milliseconds()), leaderEpoch: 0
                ).firstOffset
                written[offset] = write
                latest[write.key!] = offset
            }
            try log.roll()

            let cleaner = LogCleaner(clock: clock)
            let seen = Counter()
            let target = crashInGroup
            cleaner.swapStepHook.withLock {
                $0 = { current in
                    guard current == step else { return true }
                    return seen.value.withLock { count in
                        count += 1
                        return count < target
                    }
                }
            }
            guard case .abandoned? = try cleaner.cleanLog(log, checkpointPath: S.checkpointPath(root)) else {
                Issue.record("expected the cleaning to stop")
                return
            }
            dir.crash(log)
            let reopened = try dir.open()
            defer { reopened.closeHandlers() }
            try S.expectOrdered(reopened)
            #expect(try S.leftovers(dir.path).isEmpty)
            let records = try S.records(reopened)
            for record in records {
                let write = written[record.offset]
                #expect(write?.key == record.key && write?.value == record.value, "record \(record) was written")
            }
            let present = Set(records.map(\.offset))
            for (key, offset) in latest {
                #expect(present.contains(offset), "the latest value of \(key) at \(offset)")
            }

            _ = try LogCleaner(clock: clock).cleanLog(reopened, checkpointPath: S.checkpointPath(root))
            #expect(try S.records(reopened).map(\.offset) == latest.values.sorted())
        }
    }
}

/// A count shared with a `@Sendable` hook.
final class Counter: Sendable {
    let value = Mutex(0)
}
