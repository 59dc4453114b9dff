import Foundation
import NIOCore
import Testing

@testable import KafkaEngine

/// When segments roll, which segments retention deletes, and what deleting a segment does to a
/// reader holding part of it.
@Suite struct LogRollAndRetentionTests {
    typealias T = LogTestSupport

    // MARK: Roll

    @Test func rollsWhenTheNextBatchWouldPassSegmentBytes() throws {
        try withTemporaryDirectory { root in
            let dir = PartitionDirectory(root: root, config: try T.config(["segment.bytes": "1000"]))
            let log = try dir.open()
            let batch = try T.batch(count: 3, timestamp: 1000, valueSize: 70)
            let size = batch.readableBytes
            var expectedBases: [Int64] = [0]
            var segmentSize = 0
            for index in 0..<12 {
                if segmentSize > 1000 - size {
                    expectedBases.append(Int64(index * 3))
                    segmentSize = 0
                }
                try log.appendAsLeader(batch, leaderEpoch: 0)
                segmentSize += size
            }
            #expect(log.segments.map(\.baseOffset) == expectedBases)
            #expect(log.segments.dropLast().allSatisfy { $0.size <= 1000 })
            // Inactive segments were cut to their contents.
            for segment in log.segments.dropLast() {
                #expect(
                    try StorageFile.size(of: segment.lazyOffsetIndex.path)
                        == Int64(try segment.offsetIndex().sizeInBytes))
            }
        }
    }

    @Test func rollsOnTheAgeOfTheFirstBatchMinusJitter() throws {
        try withTemporaryDirectory { root in
            let dir = PartitionDirectory(root: root, config: try T.config(["segment.ms": "1000"]))
            let log = try dir.open()
            try log.appendAsLeader(try T.batch(count: 1, timestamp: 5000), leaderEpoch: 0)
            // The record timestamps decide, not the clock.
            dir.clock.advance(milliseconds: 10_000)
            try log.appendAsLeader(try T.batch(count: 1, timestamp: 6000), leaderEpoch: 0)
            #expect(log.numberOfSegments == 1, "exactly segment.ms later does not roll")
            try log.appendAsLeader(try T.batch(count: 1, timestamp: 6001), leaderEpoch: 0)
            #expect(log.segments.map(\.baseOffset) == [0, 2])

            // With jitter the segment rolls jitter earlier.
            let segment = try LogSegment.open(
                directory: dir.path, baseOffset: 100, config: dir.config, clock: dir.clock, rollJitterMs: 300)
            try segment.append(
                largestOffset: 100, largestTimestamp: 5000, offsetOfMaxTimestamp: 100,
                records: try withOffsets(T.batch(count: 1, timestamp: 5000), 100))
            func rolls(at timestamp: Int64) throws -> Bool {
                try segment.shouldRoll(
                    RollParams(
                        maxSegmentMs: 1000, maxSegmentBytes: 1 << 30, maxTimestampInMessages: timestamp,
                        maxOffsetInMessages: 101, messagesSize: 100, now: dir.clock.milliseconds()))
            }
            #expect(try !rolls(at: 5700))
            #expect(try rolls(at: 5701))
            segment.closeHandlers()
        }
    }

    @Test func batchesWithoutTimestampsRollOnTheClock() throws {
        try withTemporaryDirectory { root in
            let dir = PartitionDirectory(root: root, config: try T.config(["segment.ms": "1000"]))
            let log = try dir.open()
            let untimed = try T.batch([T.TestRecord(timestamp: RecordBatch.noTimestamp, key: nil, value: "a")])
            try log.appendAsLeader(untimed, leaderEpoch: 0)
            dir.clock.advance(milliseconds: 1000)
            try log.appendAsLeader(untimed, leaderEpoch: 0)
            #expect(log.numberOfSegments == 1)
            dir.clock.advance(milliseconds: 1)
            try log.appendAsLeader(untimed, leaderEpoch: 0)
            #expect(log.segments.map(\.baseOffset) == [0, 2])
        }
    }

    @Test func rollsWhenAnIndexIsFull() throws {
        try withTemporaryDirectory { root in
            // 48 bytes: 6 offset entries, 4 time entries of which one is kept for the roll.
            let dir = PartitionDirectory(
                root: root, config: try T.config(["segment.index.bytes": "48", "index.interval.bytes": "0"]))
            let log = try dir.open()
            for index in 0..<20 {
                try log.appendAsLeader(try T.batch(count: 1, timestamp: 1000 + Int64(index)), leaderEpoch: 0)
            }
            #expect(log.numberOfSegments > 4)
            for segment in log.segments.dropLast() {
                #expect(try segment.timeIndex().entries <= 4)
                #expect(try segment.offsetIndex().entries <= 6)
            }
            // Every record is still found by offset and by time.
            for offset in Int64(0)..<20 {
                let read = try log.read(startOffset: offset, maxLength: 1, isolation: .logEnd, minOneMessage: true)
                #expect(T.batches(try T.bytes(read)).first?.baseOffset == offset)
                #expect(try log.fetchOffsetByTimestamp(1000 + offset)?.offset == offset)
            }
        }
    }

    @Test func rollsWhenAnOffsetWouldNotFitTheIndex() throws {
        try withTemporaryDirectory { root in
            // Compacted, so a gap in offsets alone does not start a segment.
            let dir = PartitionDirectory(root: root, config: try T.config(["cleanup.policy": "compact"]))
            let log = try dir.open()
            try log.appendAsFollower(try withOffsets(T.batch(count: 2, timestamp: 1000), 0, epoch: 0))
            let near = Int64(Int32.max) - 5
            try log.appendAsFollower(try withOffsets(T.batch(count: 2, timestamp: 1000), near, epoch: 0))
            #expect(log.numberOfSegments == 1, "offsets within Int32.max of the base stay")
            let far = Int64(Int32.max) + 10
            try log.appendAsFollower(try withOffsets(T.batch(count: 2, timestamp: 1000), far, epoch: 0))
            #expect(log.segments.map(\.baseOffset) == [0, far])
            #expect(log.logEndOffset == far + 2)
            let read = try log.read(startOffset: 2, maxLength: 1 << 20, isolation: .logEnd, minOneMessage: true)
            #expect(T.batches(try T.bytes(read)).map(\.baseOffset) == [near])
        }
    }

    @Test func aFollowerGapInALogWithoutCompactionStartsASegment() throws {
        try withTemporaryDirectory { root in
            var dir = PartitionDirectory(root: root, config: try T.config())
            let log = try dir.open()
            try log.appendAsFollower(try withOffsets(T.batch(count: 2, timestamp: 1000), 0, epoch: 1))
            try log.appendAsFollower(try withOffsets(T.batch(count: 2, timestamp: 1000), 10, epoch: 1))
            #expect(log.segments.map(\.baseOffset) == [0, 10])
            // Recovery accepts it: each segment's offsets are contiguous.
            dir.crash(log, recoveryPoint: 0)
            let reopened = try dir.open()
            #expect(reopened.recoveryReport.bytesTruncated == 0, "\(reopened.recoveryReport)")
            #expect(reopened.logEndOffset == 12)
        }
    }

    // MARK: Retention

    /// Three closed segments of four batches each, one second apart, and an active one.
    func writeSegments(_ log: Log, timestamp: Int64) throws {
        for segment in 0..<3 {
            for index in 0..<4 {
                try log.appendAsLeader(
                    try T.batch(count: 2, timestamp: timestamp + Int64(segment * 1000 + index)), leaderEpoch: 0)
            }
            try log.roll()
        }
        try log.appendAsLeader(try T.batch(count: 2, timestamp: timestamp + 3000), leaderEpoch: 0)
    }

    @Test func retentionByTimeDeletesSegmentsWhoseNewestRecordIsTooOld() throws {
        try withTemporaryDirectory { root in
            let dir = PartitionDirectory(
                root: root, config: try T.config(["retention.ms": "10000", "file.delete.delay.ms": "0"]))
            let log = try dir.open()
            try writeSegments(log, timestamp: 100_000)
            #expect(
                try log.deleteOldSegments(now: 110_004) == 0,
                "the first segment's newest record is exactly 10000 ms old")
            // Segment k's newest record is at 100_004 + 1000 k.
            #expect(try log.deleteOldSegments(now: 111_005) == 2)
            #expect(log.segments.map(\.baseOffset) == [16, 24])
            #expect(log.logStartOffset == 16)
            #expect(
                T.logError {
                    _ = try log.read(startOffset: 15, maxLength: 100, isolation: .logEnd, minOneMessage: true)
                }?.code == .offsetOutOfRange)
            // Everything expired: a new segment is rolled first, so the log is never without one.
            #expect(try log.deleteOldSegments(now: 200_000) == 2)
            #expect(log.segments.map(\.baseOffset) == [26])
            #expect(log.logStartOffset == 26 && log.logEndOffset == 26)
            #expect(try T.files(dir.path).filter { $0.hasSuffix(".log") } == ["00000000000000000026.log"])
        }
    }

    @Test func retentionBySizeDeletesTheOldestSegmentsOverTheLimit() throws {
        try withTemporaryDirectory { root in
            let dir = PartitionDirectory(root: root, config: try T.config())
            let log = try dir.open()
            try writeSegments(log, timestamp: 100_000)
            let sizes = log.segments.map(\.size)
            let total = sizes.reduce(0, +)
            // A segment goes only when the log stays at or above the limit without it.
            log.updateConfig(try T.config(["retention.bytes": "\(total - sizes[0] - 1)"]))
            #expect(try log.deleteOldSegments(now: 100_000) == 1)
            #expect(log.segments.map(\.baseOffset) == [8, 16, 24])
            log.updateConfig(try T.config(["retention.bytes": "\(total - sizes[0] - sizes[1])"]))
            #expect(try log.deleteOldSegments(now: 100_000) == 1)
            #expect(log.segments.map(\.baseOffset) == [16, 24])
            log.updateConfig(try T.config(["retention.bytes": "\(log.size)"]))
            #expect(try log.deleteOldSegments(now: 100_000) == 0)
            #expect(log.logStartOffset == 16)
        }
    }

    @Test func segmentsBelowTheLogStartOffsetGoEvenWithoutDeletePolicy() throws {
        try withTemporaryDirectory { root in
            let dir = PartitionDirectory(root: root, config: try T.config(["cleanup.policy": "compact"]))
            let log = try dir.open()
            try writeSegments(log, timestamp: 100_000)
            #expect(try log.maybeIncrementLogStartOffset(17, reason: .clientRecordDeletion))
            #expect(try !log.maybeIncrementLogStartOffset(12, reason: .clientRecordDeletion))
            #expect(log.logStartOffset == 17)
            #expect(try log.deleteOldSegments(now: 100_000) == 2)
            #expect(log.segments.map(\.baseOffset) == [16, 24])
            #expect(log.logStartOffset == 17, "segment deletion does not move the start below DeleteRecords")
            let first = try log.read(
                startOffset: 17, maxLength: 1 << 20, isolation: .highWatermark, minOneMessage: true)
            #expect(T.batches(try T.bytes(first)).first?.baseOffset == 16, "the batch holding 17 is returned whole")
            // Never past the high watermark.
            let error = T.logError {
                try log.maybeIncrementLogStartOffset(log.highWatermark + 1, reason: .clientRecordDeletion)
            }
            #expect(error?.code == .offsetOutOfRange)
        }
    }

    @Test func nothingAtOrAboveTheHighWatermarkIsDeleted() throws {
        try withTemporaryDirectory { root in
            var dir = PartitionDirectory(root: root, config: try T.config(["retention.ms": "0"]))
            dir.highWatermarkFollowsLogEnd = false
            let log = try dir.open()
            try writeSegments(log, timestamp: 100_000)
            #expect(log.highWatermark == 0)
            #expect(try log.deleteOldSegments(now: 1 << 50) == 0)
            log.updateHighWatermark(17)
            #expect(try log.deleteOldSegments(now: 1 << 50) == 2, "segments ending at or below the high watermark")
            #expect(log.logStartOffset == 16)
        }
    }

    // MARK: Deleting files under a reader

    @Test func aSliceStaysReadableAfterItsSegmentIsDeleted() throws {
        try withTemporaryDirectory { root in
            let dir = PartitionDirectory(
                root: root, config: try T.config(["retention.ms": "1000", "file.delete.delay.ms": "60000"]))
            let log = try dir.open()
            try writeSegments(log, timestamp: 100_000)
            let read = try log.read(startOffset: 0, maxLength: 1 << 20, isolation: .highWatermark, minOneMessage: true)
            let slice = try #require(read.records)
            let before = try slice.readBytes()

            #expect(try log.deleteOldSegments(now: 200_000) == 4)
            let pending = try T.files(dir.path).filter { $0.hasSuffix(".deleted") }
            #expect(pending.contains("00000000000000000000.log.deleted"), "\(pending)")
            #expect(try slice.readBytes() == before, "renamed to .deleted")

            #expect(try log.deleteExpiredSegmentFiles(now: dir.clock.milliseconds() + 59_999) == 0)
            #expect(try log.deleteExpiredSegmentFiles(now: dir.clock.milliseconds() + 60_000) == 4)
            #expect(try T.files(dir.path).filter { $0.hasSuffix(".deleted") }.isEmpty)
            #expect(try slice.readBytes() == before, "unlinked, still open")
            let copy = try slice.duplicateDescriptor()
            var buffer = [UInt8](repeating: 0, count: slice.length)
            let count = buffer.withUnsafeMutableBytes {
                pread(copy, $0.baseAddress, slice.length, off_t(slice.position))
            }
            close(copy)
            #expect(count == slice.length && buffer == Array(before.readableBytesView))
        }
    }

    @Test func truncationKeepsAHeldSliceReadable() throws {
        try withTemporaryDirectory { root in
            let dir = PartitionDirectory(root: root, config: try T.config(["file.delete.delay.ms": "0"]))
            let log = try dir.open()
            try writeSegments(log, timestamp: 100_000)
            let slice = try #require(
                try log.read(startOffset: 10, maxLength: 1 << 20, isolation: .logEnd, minOneMessage: true).records)
            let before = try slice.readBytes()
            try log.truncateFullyAndStartAt(500)
            #expect(try T.files(dir.path).filter { $0.hasSuffix(".log") } == ["00000000000000000500.log"])
            #expect(try slice.readBytes() == before)
        }
    }

    /// `bytes` (one producer batch) with its offsets starting at `base` and its epoch set, as a
    /// leader would have written it.
    func withOffsets(_ bytes: ByteBuffer, _ base: Int64, epoch: Int32 = 0) throws -> ByteBuffer {
        var batch = try RecordBatch(bytes)
        batch.setBaseOffset(base)
        batch.setPartitionLeaderEpoch(epoch)
        return batch.buffer
    }
}
