import Foundation
import NIOCore
import Synchronization
import Testing

@testable import KafkaEngine

/// Compaction of a log: what stays, where the cleaning stops, and when it runs at all.
@Suite struct LogCleanerTests {
    typealias S = CleanerTestSupport

    /// Appends one single-record batch per write as the leader; returns each write's offset.
    @discardableResult
    static func append(
        _ log: Log, _ writes: [S.Write], clock: ManualClock, compression: CompressionType = .none
    ) throws -> [Int64] {
        var offsets: [Int64] = []
        for write in writes {
            let info = try log.appendAsLeader(
                try S.batch([write], timestamp: clock.milliseconds(), compression: compression), leaderEpoch: 0)
            offsets.append(info.firstOffset)
        }
        return offsets
    }

    /// Appends `writes` as one batch at the log end offset, as a follower (no key check).
    @discardableResult
    static func appendAsFollower(_ log: Log, _ writes: [S.Write], clock: ManualClock) throws -> Int64 {
        let base = log.logEndOffset
        try log.appendAsFollower(try S.batch(writes, timestamp: clock.milliseconds(), baseOffset: base))
        return base
    }

    static func cleaned(_ outcome: LogCleaner.RoundOutcome?, sourceLocation: SourceLocation = #_sourceLocation)
        -> CleanResult?
    {
        guard case .cleaned(let result)? = outcome else {
            Issue.record("expected a cleaning, got \(String(describing: outcome))", sourceLocation: sourceLocation)
            return nil
        }
        return result
    }

    // MARK: What stays

    @Test func keepsOnlyTheLatestValueOfEachKeyAtItsOriginalOffset() throws {
        try withTemporaryDirectory { root in
            let clock = ManualClock()
            let dir = PartitionDirectory(root: root, config: try S.compactConfig(), clock: clock)
            let log = try dir.open()
            var written: [(offset: Int64, key: String, value: String)] = []
            for round in 0..<8 {
                for k in 0..<12 {
                    let write = S.Write("key\(k)", "value-\(round)-\(k)")
                    let offset = try Self.append(log, [write], clock: clock)[0]
                    written.append((offset, "key\(k)", "value-\(round)-\(k)"))
                }
            }
            #expect(log.numberOfSegments > 4)
            let active = log.activeSegment
            let activeBytes = try active.log.readBytes(at: 0, count: active.size)

            let cleaner = LogCleaner(clock: clock)
            let result = try #require(Self.cleaned(try cleaner.cleanLog(log, checkpointPath: S.checkpointPath(root))))
            #expect(result.firstDirtyOffset == 0)
            #expect(result.endOffset == active.baseOffset)

            // Below the active segment: per key, its last write there, at the offset it was given.
            var expected: [String: (offset: Int64, value: String)] = [:]
            for write in written where write.offset < active.baseOffset {
                expected[write.key] = (write.offset, write.value)
            }
            let records = try S.records(log)
            let cleanedPart = records.filter { $0.offset < active.baseOffset }
            #expect(cleanedPart.map(\.offset) == expected.values.map(\.offset).sorted())
            for record in cleanedPart {
                #expect(record.value == expected[record.key ?? ""]?.value)
            }
            // The active segment is the same segment with the same bytes.
            #expect(log.activeSegment === active)
            #expect(try active.log.readBytes(at: 0, count: active.size) == activeBytes)
            #expect(
                records.filter { $0.offset >= active.baseOffset }.map(\.offset)
                    == written.filter { $0.offset >= active.baseOffset }.map(\.offset))
            try S.expectOrdered(log)
            // Reads through the log see the same records.
            let read = try log.read(startOffset: 0, maxLength: 1 << 20, isolation: .logEnd, minOneMessage: true)
            let readRecords = LogTestSupport.batches(try LogTestSupport.bytes(read)).flatMap {
                (try? $0.records(maxDecompressedBytes: 1 << 20)) ?? []
            }
            #expect(readRecords.first?.offset == cleanedPart.first?.offset)
            #expect(try cleaner.readCheckpoint(S.checkpointPath(root)) == [log.topicPartition: result.endOffset])
            // The replaced segments wait out file.delete.delay.ms as `.deleted` files.
            let leftovers = try S.leftovers(dir.path)
            #expect(!leftovers.isEmpty && leftovers.allSatisfy { $0.hasSuffix(LogFileNames.deletedFileSuffix) })
            try log.deleteExpiredSegmentFiles(now: clock.milliseconds() + 60_000)
            #expect(try S.leftovers(dir.path).isEmpty)
            #expect(result.stats.segmentsCleaned > 0 && result.stats.messagesWritten < result.stats.messagesRead)
        }
    }

    @Test func nothingIsCleanedWhileEverythingIsInTheActiveSegment() throws {
        try withTemporaryDirectory { root in
            let clock = ManualClock()
            let dir = PartitionDirectory(
                root: root, config: try S.compactConfig(["segment.bytes": "1048576"]), clock: clock)
            let log = try dir.open()
            try Self.append(log, (0..<20).map { S.Write("k\($0 % 3)", "v\($0)") }, clock: clock)
            let before = try S.records(log)
            let cleaner = LogCleaner(clock: clock)
            #expect(try cleaner.cleanLog(log, checkpointPath: S.checkpointPath(root), force: true) == nil)
            #expect(
                try cleaner.cleanFilthiestLog([log.topicPartition: log], checkpointPath: S.checkpointPath(root))
                    == .nothingToClean)
            #expect(try S.records(log) == before)
        }
    }

    @Test func anEmptyDirtyRangeRewritesNothing() throws {
        try withTemporaryDirectory { root in
            let clock = ManualClock()
            let dir = PartitionDirectory(root: root, config: try S.compactConfig(), clock: clock)
            let log = try dir.open()
            try Self.append(log, (0..<30).map { S.Write("k\($0 % 4)", "v\($0)") }, clock: clock)
            try log.roll()
            let end = log.activeSegment.baseOffset
            let (toClean, _) = try LogToClean.evaluate(
                log, topicPartition: log.topicPartition, lastCleanOffset: end, now: clock.milliseconds())
            #expect(toClean.firstDirtyOffset == end && toClean.cleanableBytes == 0)
            let segments = log.segments
            var cleaner = Cleaner(ioBufferSize: 4096, offsetMap: OffsetMap(memoryLimit: 1 << 20))
            let result = try cleaner.clean(toClean, now: clock.milliseconds(), clock: clock)
            #expect(result.endOffset == end && result.stats.segmentsCleaned == 0)
            #expect(zip(log.segments, segments).allSatisfy { $0 === $1 } && log.segments.count == segments.count)
        }
    }

    @Test func recordsWithoutAKeyAreDropped() throws {
        try withTemporaryDirectory { root in
            let clock = ManualClock()
            let dir = PartitionDirectory(root: root, config: try S.compactConfig(), clock: clock)
            let log = try dir.open()
            try Self.appendAsFollower(
                log, [S.Write("a", "1"), S.Write(nil, "no key"), S.Write("b", "2")], clock: clock)
            try Self.appendAsFollower(log, [S.Write(nil, "no key either")], clock: clock)
            try Self.appendAsFollower(log, [S.Write("a", "3")], clock: clock)
            try log.roll()
            let cleaner = LogCleaner(clock: clock)
            _ = try #require(Self.cleaned(try cleaner.cleanLog(log, checkpointPath: S.checkpointPath(root))))
            #expect(try S.records(log).map(\.description) == ["2:b=2", "4:a=3"])
            #expect(try S.batches(log).map(\.batch.baseOffset) == [0, 4], "the batch of only unkeyed records is gone")
        }
    }

    @Test func aRewrittenBatchKeepsItsOffsetsAndProducerFields() throws {
        try withTemporaryDirectory { root in
            let clock = ManualClock()
            let dir = PartitionDirectory(root: root, config: try S.compactConfig(), clock: clock)
            let log = try dir.open()
            let original = try S.batch(
                [S.Write("k1", "a"), S.Write("k2", "b"), S.Write("k3", "c")], timestamp: clock.milliseconds(),
                producerId: 9, producerEpoch: 2, baseSequence: 10)
            try log.appendAsLeader(original, leaderEpoch: 0)
            try Self.append(log, [S.Write("k3", "d")], clock: clock)
            try log.roll()
            _ = try #require(
                Self.cleaned(try LogCleaner(clock: clock).cleanLog(log, checkpointPath: S.checkpointPath(root))))
            let batches = try S.batches(log)
            #expect(batches.count == 2)
            let rewritten = batches[0].batch
            #expect(
                rewritten.baseOffset == 0 && rewritten.lastOffset == 2, "the last offset stays for the last sequence")
            #expect(rewritten.producerId == 9 && rewritten.producerEpoch == 2 && rewritten.baseSequence == 10)
            #expect(rewritten.lastSequence == 12)
            #expect(rewritten.partitionLeaderEpoch == 0)
            #expect(!rewritten.hasDeleteHorizonMs)
            #expect(batches[0].records.map(\.description) == ["0:k1=a", "1:k2=b"])
            #expect(batches[0].records.map(\.timestamp) == [clock.milliseconds(), clock.milliseconds() + 1])
            let headers = try rewritten.records(maxDecompressedBytes: 1 << 20).map {
                String(buffer: $0.headers[0].value!)
            }
            #expect(headers == ["0", "1"], "headers are kept")
            #expect(batches[1].records.map(\.description) == ["3:k3=d"])
        }
    }

    @Test(arguments: CompressionType.allCases) func compressedBatchesCompactWithTheirCodec(codec: CompressionType)
        throws
    {
        try withTemporaryDirectory { root in
            let clock = ManualClock()
            let dir = PartitionDirectory(
                root: root, config: try S.compactConfig(["segment.bytes": "2048"]), clock: clock)
            let log = try dir.open()
            var latest: [String: (offset: Int64, value: String)] = [:]
            for round in 0..<12 {
                // Keys repeat inside a batch and across batches.
                let writes = (0..<6).map {
                    S.Write("key\(($0 * 7 + round) % 9)", "value \(round).\($0) " + String(repeating: "x", count: 40))
                }
                let info = try log.appendAsLeader(
                    try S.batch(writes, timestamp: clock.milliseconds(), compression: codec), leaderEpoch: 0)
                for (index, write) in writes.enumerated() {
                    latest[write.key!] = (info.firstOffset + Int64(index), write.value!)
                }
            }
            try log.roll()
            _ = try #require(
                Self.cleaned(try LogCleaner(clock: clock).cleanLog(log, checkpointPath: S.checkpointPath(root))))
            let batches = try S.batches(log)
            for read in batches {
                #expect(read.batch.compressionType == codec, "batch \(read.batch.baseOffset) keeps its codec")
            }
            let records = batches.flatMap(\.records)
            #expect(records.map(\.offset) == latest.values.map(\.offset).sorted())
            for record in records { #expect(record.value == latest[record.key!]?.value) }
            try S.expectOrdered(log)
        }
    }

    @Test func logAppendTimeBatchesKeepTheirTimestamp() throws {
        try withTemporaryDirectory { root in
            let clock = ManualClock()
            let config = try S.compactConfig(["message.timestamp.type": "LogAppendTime"])
            let dir = PartitionDirectory(root: root, config: config, clock: clock)
            let log = try dir.open()
            let stamped = clock.milliseconds()
            try log.appendAsLeader(
                try S.batch([S.Write("a", "1"), S.Write("b", "2")], timestamp: stamped - 5000, compression: .lz4),
                leaderEpoch: 0)
            clock.advance(milliseconds: 10)
            try Self.append(log, [S.Write("a", "3")], clock: clock)
            try log.roll()
            _ = try #require(
                Self.cleaned(try LogCleaner(clock: clock).cleanLog(log, checkpointPath: S.checkpointPath(root))))
            let first = try #require(try S.batches(log).first)
            #expect(first.batch.timestampType == .logAppendTime)
            #expect(first.batch.maxTimestamp == stamped)
            #expect(first.records.map(\.description) == ["1:b=2"])
            #expect(first.records.map(\.timestamp) == [stamped])
        }
    }

    // MARK: Tombstones

    @Test func tombstonesStayUntilTheirDeleteHorizonThenGo() throws {
        try withTemporaryDirectory { root in
            let clock = ManualClock()
            let dir = PartitionDirectory(
                root: root, config: try S.compactConfig(["delete.retention.ms": "1000"]), clock: clock)
            let log = try dir.open()
            let cleaner = LogCleaner(clock: clock)
            let checkpoint = S.checkpointPath(root)
            try Self.append(
                log, [S.Write("k1", "a"), S.Write("k2", "b"), S.Write("k1", nil), S.Write("k3", "c")], clock: clock)
            try log.roll()

            let firstClean = clock.milliseconds()
            _ = try #require(Self.cleaned(try cleaner.cleanLog(log, checkpointPath: checkpoint)))
            #expect(try S.records(log).map(\.description) == ["1:k2=b", "2:k1=⊥", "3:k3=c"])
            let tombstoneBatch = try #require(try S.batches(log).first { $0.batch.baseOffset == 2 }).batch
            #expect(tombstoneBatch.deleteHorizonMs == firstClean + 1000, "the first cleaning stamps the horizon")
            #expect(try S.batches(log).filter { $0.batch.baseOffset != 2 }.allSatisfy { !$0.batch.hasDeleteHorizonMs })

            // Before the horizon: the tombstone stays, its horizon unchanged.
            clock.advance(milliseconds: 999)
            try Self.append(log, [S.Write("k4", "d")], clock: clock)
            try log.roll()
            _ = try #require(Self.cleaned(try cleaner.cleanLog(log, checkpointPath: checkpoint)))
            #expect(try S.records(log).map(\.description) == ["1:k2=b", "2:k1=⊥", "3:k3=c", "4:k4=d"])
            #expect(try S.batches(log).first { $0.batch.baseOffset == 2 }?.batch.deleteHorizonMs == firstClean + 1000)

            // At the horizon: gone.
            clock.advance(milliseconds: 1)
            try Self.append(log, [S.Write("k5", "e")], clock: clock)
            try log.roll()
            _ = try #require(Self.cleaned(try cleaner.cleanLog(log, checkpointPath: checkpoint)))
            #expect(try S.records(log).map(\.description) == ["1:k2=b", "3:k3=c", "4:k4=d", "5:k5=e"])
            try S.expectOrdered(log)
        }
    }

    @Test func aTombstoneInTheActiveSegmentWaits() throws {
        try withTemporaryDirectory { root in
            let clock = ManualClock()
            let dir = PartitionDirectory(
                root: root, config: try S.compactConfig(["delete.retention.ms": "0"]), clock: clock)
            let log = try dir.open()
            try Self.append(log, [S.Write("k", "a"), S.Write("j", "b")], clock: clock)
            try log.roll()
            try Self.append(log, [S.Write("k", nil)], clock: clock)
            _ = try #require(
                Self.cleaned(try LogCleaner(clock: clock).cleanLog(log, checkpointPath: S.checkpointPath(root))))
            // The active segment's tombstone is not in the map: k's value below it stays for now.
            #expect(try S.records(log).map(\.description) == ["0:k=a", "1:j=b", "2:k=⊥"])
        }
    }

    // MARK: When cleaning runs

    @Test func minCompactionLagHoldsBackRecentSegments() throws {
        try withTemporaryDirectory { root in
            let clock = ManualClock()
            let dir = PartitionDirectory(
                root: root, config: try S.compactConfig(["min.compaction.lag.ms": "60000"]), clock: clock)
            let log = try dir.open()
            try Self.append(log, (0..<30).map { S.Write("k\($0 % 4)", "v\($0)") }, clock: clock)
            try log.roll()
            let offsets = try LogToClean.cleanableOffsets(log, lastCleanOffset: nil, now: clock.milliseconds())
            #expect(offsets.firstDirtyOffset == 0 && offsets.firstUncleanableDirtyOffset == 0)
            let cleaner = LogCleaner(clock: clock)
            #expect(try cleaner.cleanLog(log, checkpointPath: S.checkpointPath(root)) == nil)
            #expect(try S.records(log).count == 30)

            // Only segments whose newest record is older than the lag may be cleaned.
            clock.advance(milliseconds: 60_000)
            try Self.append(log, (0..<8).map { S.Write("k\($0 % 4)", "w\($0)") }, clock: clock)
            try log.roll()
            let lagged = try LogToClean.cleanableOffsets(log, lastCleanOffset: nil, now: clock.milliseconds())
            #expect(lagged.firstUncleanableDirtyOffset == 30, "the new segment is within the lag")
            let result = try #require(Self.cleaned(try cleaner.cleanLog(log, checkpointPath: S.checkpointPath(root))))
            #expect(result.endOffset == 30)
            let records = try S.records(log)
            #expect(
                records.filter { $0.offset < 30 }.map(\.description) == [
                    "26:k2=v26", "27:k3=v27", "28:k0=v28", "29:k1=v29",
                ])
            #expect(records.filter { $0.offset >= 30 }.count == 8)
        }
    }

    @Test func theDirtyRatioDecides() throws {
        try withTemporaryDirectory { root in
            let clock = ManualClock()
            let dir = PartitionDirectory(
                root: root, config: try S.compactConfig(["min.cleanable.dirty.ratio": "0.5"]), clock: clock)
            let log = try dir.open()
            let logs = [log.topicPartition: log]
            let cleaner = LogCleaner(clock: clock)
            let checkpoint = S.checkpointPath(root)
            try Self.append(log, (0..<60).map { S.Write("unique\($0)", "v") }, clock: clock)
            try log.roll()
            // All dirty: ratio 1.
            let first = try #require(Self.cleaned(try cleaner.cleanFilthiestLog(logs, checkpointPath: checkpoint)))
            #expect(first.endOffset == 60)

            // A few overwrites: dirty bytes well under half.
            let new = String(repeating: "n", count: 60)
            try Self.append(log, (0..<5).map { S.Write("unique\($0)", new) }, clock: clock)
            try log.roll()
            let (small, _) = try LogToClean.evaluate(
                log, topicPartition: log.topicPartition, lastCleanOffset: 60, now: clock.milliseconds())
            #expect(small.cleanableRatio < 0.5 && small.cleanableBytes > 0)
            #expect(try cleaner.cleanFilthiestLog(logs, checkpointPath: checkpoint) == .nothingToClean)

            // Enough overwrites to pass it.
            try Self.append(log, (5..<60).map { S.Write("unique\($0)", new) }, clock: clock)
            try log.roll()
            let (large, _) = try LogToClean.evaluate(
                log, topicPartition: log.topicPartition, lastCleanOffset: 60, now: clock.milliseconds())
            #expect(large.cleanableRatio > 0.5)
            let second = try #require(Self.cleaned(try cleaner.cleanFilthiestLog(logs, checkpointPath: checkpoint)))
            #expect(second.firstDirtyOffset == 60 && second.endOffset == 120)
            #expect(try S.records(log).allSatisfy { $0.value == new })
            #expect(try S.records(log).count == 60)
        }
    }

    @Test func maxCompactionLagForcesCleaningBelowTheRatio() throws {
        try withTemporaryDirectory { root in
            let clock = ManualClock()
            let dir = PartitionDirectory(root: root, config: try S.compactConfig(), clock: clock)
            let log = try dir.open()
            let logs = [log.topicPartition: log]
            let cleaner = LogCleaner(clock: clock)
            let checkpoint = S.checkpointPath(root)
            try Self.append(log, (0..<40).map { S.Write("k\($0)", String(repeating: "v", count: 30)) }, clock: clock)
            try log.roll()
            _ = try #require(Self.cleaned(try cleaner.cleanFilthiestLog(logs, checkpointPath: checkpoint)))

            var config = try S.compactConfig(["min.cleanable.dirty.ratio": "0.99", "max.compaction.lag.ms": "5000"])
            log.updateConfig(config)
            try Self.append(log, [S.Write("k1", "newer")], clock: clock)
            try log.roll()
            #expect(try cleaner.cleanFilthiestLog(logs, checkpointPath: checkpoint) == .nothingToClean)
            #expect(LogToClean.maxCompactionDelay(log, firstDirtyOffset: 40, now: clock.milliseconds()) == 0)

            clock.advance(milliseconds: 5001)
            #expect(LogToClean.maxCompactionDelay(log, firstDirtyOffset: 40, now: clock.milliseconds()) == 1)
            let forced = try #require(Self.cleaned(try cleaner.cleanFilthiestLog(logs, checkpointPath: checkpoint)))
            #expect(forced.endOffset == 41)
            #expect(try S.records(log).filter { $0.key == "k1" }.map(\.description) == ["40:k1=newer"])

            // Without the lag set the same state would have waited for the ratio.
            config = try S.compactConfig(["min.cleanable.dirty.ratio": "0.99"])
            log.updateConfig(config)
            try Self.append(log, [S.Write("k2", "newer")], clock: clock)
            try log.roll()
            clock.advance(milliseconds: 1_000_000)
            #expect(try cleaner.cleanFilthiestLog(logs, checkpointPath: checkpoint) == .nothingToClean)
        }
    }

    @Test func theFilthiestLogGoesFirst() throws {
        try withTemporaryDirectory { root in
            let clock = ManualClock()
            let config = try S.compactConfig()
            let quiet = try PartitionDirectory(root: root, config: config, clock: clock, name: "quiet-0").open()
            let busy = try PartitionDirectory(root: root, config: config, clock: clock, name: "busy-0").open()
            let plain = try PartitionDirectory(
                root: root, config: try LogTestSupport.config(["segment.bytes": "1024"]), clock: clock, name: "plain-0"
            ).open()
            let logs = [quiet.topicPartition: quiet, busy.topicPartition: busy, plain.topicPartition: plain]
            let cleaner = LogCleaner(clock: clock)
            let checkpoint = S.checkpointPath(root)
            for log in [quiet, busy, plain] {
                try Self.append(log, (0..<30).map { S.Write("k\($0)", "v") }, clock: clock)
                try log.roll()
            }
            _ = try cleaner.cleanFilthiestLog(logs, checkpointPath: checkpoint)
            _ = try cleaner.cleanFilthiestLog(logs, checkpointPath: checkpoint)
            #expect(
                try cleaner.cleanFilthiestLog(logs, checkpointPath: checkpoint) == .nothingToClean,
                "the plain log is never cleaned")
            try Self.append(quiet, (0..<2).map { S.Write("k\($0)", "w") }, clock: clock)
            try Self.append(busy, (0..<20).map { S.Write("k\($0)", "w") }, clock: clock)
            try quiet.roll()
            try busy.roll()
            let result = try #require(Self.cleaned(try cleaner.cleanFilthiestLog(logs, checkpointPath: checkpoint)))
            #expect(result.topicPartition == busy.topicPartition)
            #expect(try cleaner.readCheckpoint(checkpoint) == [quiet.topicPartition: 30, busy.topicPartition: 50])
        }
    }

    @Test func aCheckpointPastTheLogEndOrBelowItsStartIsReset() throws {
        try withTemporaryDirectory { root in
            let clock = ManualClock()
            let dir = PartitionDirectory(root: root, config: try S.compactConfig(), clock: clock)
            let log = try dir.open()
            try Self.append(log, (0..<30).map { S.Write("k\($0 % 5)", "v\($0)") }, clock: clock)
            try log.roll()
            let past = try LogToClean.cleanableOffsets(log, lastCleanOffset: 1000, now: clock.milliseconds())
            #expect(
                past
                    == OffsetsToClean(firstDirtyOffset: 0, firstUncleanableDirtyOffset: 30, forceUpdateCheckpoint: true)
            )
            let cleaner = LogCleaner(clock: clock)
            let checkpoint = S.checkpointPath(root)
            try cleaner.updateCheckpoint(checkpoint, log.topicPartition, offset: 1000)
            let result = try #require(Self.cleaned(try cleaner.cleanLog(log, checkpointPath: checkpoint)))
            #expect(result.firstDirtyOffset == 0 && result.endOffset == 30)
            try cleaner.maybeTruncateCheckpoint(checkpoint, log.topicPartition, offset: 12)
            #expect(try cleaner.readCheckpoint(checkpoint)[log.topicPartition] == 12)
            try cleaner.maybeTruncateCheckpoint(checkpoint, log.topicPartition, offset: 20)
            #expect(try cleaner.readCheckpoint(checkpoint)[log.topicPartition] == 12)
            try cleaner.updateCheckpoint(checkpoint, log.topicPartition, offset: nil)
            #expect(try cleaner.readCheckpoint(checkpoint).isEmpty)
        }
    }

    // MARK: Offset map limits

    @Test func aFullOffsetMapCleansUpToTheLastOffsetMapped() throws {
        try withTemporaryDirectory { root in
            let clock = ManualClock()
            let dir = PartitionDirectory(root: root, config: try S.compactConfig(), clock: clock)
            let log = try dir.open()
            // Twelve keys, written three times.
            var latest: [String: Int64] = [:]
            for round in 0..<3 {
                for k in 0..<12 {
                    latest["key\(k)"] = try Self.append(log, [S.Write("key\(k)", "r\(round)")], clock: clock)[0]
                }
            }
            try log.roll()
            // Room for five keys of four bytes.
            let entry = 4 + OffsetMap.entryOverhead
            let cleaner = LogCleaner(
                config: CleanerConfig(dedupeBufferSize: Int64(5 * entry), dedupeBufferLoadFactor: 1), clock: clock)
            let checkpoint = S.checkpointPath(root)
            let first = try #require(Self.cleaned(try cleaner.cleanLog(log, checkpointPath: checkpoint)))
            #expect(first.endOffset == 5, "offsets 0-4 hold five keys, the sixth does not fit")
            // Nothing at or past the end offset changed.
            #expect(try S.records(log).filter { $0.offset >= 5 }.count == 31)
            #expect(try cleaner.readCheckpoint(checkpoint)[log.topicPartition] == 5)

            var rounds = 1
            while let outcome = try cleaner.cleanLog(log, checkpointPath: checkpoint), rounds < 20 {
                _ = try #require(Self.cleaned(outcome))
                rounds += 1
            }
            #expect(rounds > 2)
            let records = try S.records(log)
            #expect(records.map(\.offset) == latest.values.sorted())
            #expect(records.allSatisfy { $0.value == "r2" })
        }
    }

    // MARK: Empty batches

    @Test func theLastBatchOfTheRoundStaysEvenEmpty() throws {
        try withTemporaryDirectory { root in
            let clock = ManualClock()
            let dir = PartitionDirectory(root: root, config: try S.compactConfig(), clock: clock)
            let log = try dir.open()
            try Self.appendAsFollower(log, [S.Write("a", "1")], clock: clock)
            try Self.appendAsFollower(log, [S.Write(nil, "x"), S.Write(nil, "y")], clock: clock)
            try log.roll()
            try Self.append(log, [S.Write("a", "2")], clock: clock)
            _ = try #require(
                Self.cleaned(try LogCleaner(clock: clock).cleanLog(log, checkpointPath: S.checkpointPath(root))))
            let batches = try S.batches(log)
            #expect(batches.map(\.batch.baseOffset) == [0, 1, 3])
            let empty = batches[1].batch
            #expect(empty.recordsCount == 0 && empty.lastOffset == 2 && empty.sizeInBytes == RecordBatch.headerSize)
            #expect(empty.compressionType == CompressionType.none && !empty.hasDeleteHorizonMs)
        }
    }

    @Test func theBatchWithAProducersLastSequenceStaysEvenEmpty() throws {
        try withTemporaryDirectory { root in
            let clock = ManualClock()
            let producerState = CleanerTestProducerState()
            let dir = PartitionDirectory(root: root, config: try S.compactConfig(), clock: clock)
            let log = try dir.open(producerState: producerState)
            try log.appendAsLeader(
                try S.batch(
                    [S.Write("k", "old")], timestamp: clock.milliseconds(), producerId: 5, producerEpoch: 1,
                    baseSequence: 7), leaderEpoch: 0)
            try log.appendAsLeader(
                try S.batch(
                    [S.Write("j", "old")], timestamp: clock.milliseconds(), producerId: 6, producerEpoch: 1,
                    baseSequence: 3), leaderEpoch: 0)
            try Self.append(log, [S.Write("k", "new"), S.Write("j", "new"), S.Write("z", "z")], clock: clock)
            try log.roll()
            producerState.state.withLock { $0.lastRecords = [5: LastRecord(lastDataOffset: 0, producerEpoch: 1)] }
            _ = try #require(
                Self.cleaned(try LogCleaner(clock: clock).cleanLog(log, checkpointPath: S.checkpointPath(root))))
            let batches = try S.batches(log)
            #expect(batches.map(\.batch.baseOffset) == [0, 2, 3, 4], "producer 6's superseded batch goes")
            let kept = batches[0].batch
            #expect(kept.recordsCount == 0 && kept.producerId == 5 && kept.producerEpoch == 1 && kept.baseSequence == 7)
        }
    }

    // MARK: compact,delete

    @Test func compactAndDeleteLogsGetRetentionAfterTheRound() throws {
        try withTemporaryDirectory { root in
            let clock = ManualClock()
            let dir = PartitionDirectory(
                root: root,
                config: try S.compactConfig(["cleanup.policy": "compact,delete", "retention.bytes": "1500"]),
                clock: clock)
            let log = try dir.open()
            try Self.append(log, (0..<60).map { S.Write("k\($0)", String(repeating: "v", count: 30)) }, clock: clock)
            try log.roll()
            let before = log.numberOfSegments
            _ = try LogCleaner(clock: clock).cleanFilthiestLog(
                [log.topicPartition: log], checkpointPath: S.checkpointPath(root))
            #expect(log.numberOfSegments < before)
            #expect(log.logStartOffset > 0)
        }
    }
}
