import Foundation
import NIOCore
import Testing

@testable import KafkaEngine

/// Random sequences of appends, rolls, truncations, DeleteRecords, retention and reopening (after
/// a clean shutdown and after a crash) against a model of the log kept in memory: the batches
/// written, the log start and end offsets. After every step each read and each timestamp lookup
/// must agree with the model byte for byte. Failures name the seed; rerun one with its seed in
/// `seeds`.
@Suite struct LogModelTests {
    typealias T = LogTestSupport

    /// A batch as the log must hold it: the producer's bytes with the offsets and epoch assigned.
    struct ModelBatch {
        var baseOffset: Int64
        var lastOffset: Int64
        var epoch: Int32
        var bytes: [UInt8]
        var records: [(offset: Int64, timestamp: Int64)]
        var maxTimestamp: Int64
        var nextOffset: Int64 { lastOffset + 1 }
    }

    /// Batches physically in the log (also those below the log start offset, until their segment
    /// goes), and the offsets.
    struct Model {
        var batches: [ModelBatch] = []
        var logStartOffset: Int64 = 0
        var logEndOffset: Int64 = 0

        func batchIndex(containing offset: Int64) -> Int? {
            batches.firstIndex { $0.lastOffset >= offset }
        }

        func epoch(at offset: Int64) -> Int32? {
            batches.first { $0.baseOffset <= offset && offset <= $0.lastOffset }?.epoch
        }

        /// Keeps batches from `offset` on (a segment starting there is the first left).
        mutating func dropBatches(below offset: Int64) {
            batches.removeAll { $0.lastOffset < offset }
        }
    }

    static let seeds: [UInt64] = [1, 2, 3, 0x5EED, UInt64.random(in: 1...UInt64.max)]

    @Test(arguments: seeds) func randomOperationsAgreeWithTheModel(seed: UInt64) throws {
        print("LogModelTests seed \(seed)")
        var rng = TestRandom(seed: seed)
        try withTemporaryDirectory { root in
            var configValues: [String: String] = [
                "segment.bytes": "\(4096 + Int(rng.next() % 6000))",
                "index.interval.bytes": "\(Int(rng.next() % 600))",
                "segment.index.bytes": "\([64, 256, 4096][Int(rng.next() % 3)])",
                "file.delete.delay.ms": rng.coin() ? "0" : "30000",
                "retention.ms": "-1",
            ]
            let clock = ManualClock()
            var dir = PartitionDirectory(root: root, config: try T.config(configValues), clock: clock)
            var log = try dir.open()
            var model = Model()
            var epoch: Int32 = 0

            for step in 0..<260 {
                clock.advance(milliseconds: Int64(rng.next() % 200))
                let choice = rng.next() % 100
                let context = "seed \(seed) step \(step)"
                switch choice {
                case 0..<50:
                    try append(log, &model, epoch: epoch, clock: clock, rng: &rng, context: context)
                case 50..<54:
                    epoch += 1
                case 54..<58:
                    try log.roll()
                case 58..<65:
                    try truncate(log, &model, rng: &rng, context: context)
                case 65..<72:
                    try deleteRecords(log, &model, rng: &rng, context: context)
                case 72..<80:
                    configValues["retention.ms"] = rng.coin() ? "\(rng.next() % 20_000)" : "-1"
                    configValues["retention.bytes"] = rng.coin() ? "\(rng.next() % UInt64(max(1, log.size + 1)))" : "-1"
                    dir.config = try T.config(configValues)
                    log.updateConfig(dir.config)
                    try retention(log, &model, now: clock.milliseconds(), config: dir.config, context: context)
                case 80..<84:
                    try dir.closeCleanly(log)
                    log = try dir.open()
                    dir.opened()
                    #expect(log.recoveryReport.recoveredSegments.isEmpty, "\(context): clean reopen recovered segments")
                    #expect(log.recoveryReport.bytesTruncated == 0, "\(context): \(log.recoveryReport)")
                case 84..<88:
                    dir.crash(log, recoveryPoint: rng.coin() ? nil : 0)
                    log = try dir.open()
                    dir.opened()
                    #expect(
                        log.recoveryReport.bytesTruncated == 0, "\(context): crash lost data: \(log.recoveryReport)")
                case 88..<92:
                    #expect(throws: Never.self) {
                        try log.deleteExpiredSegmentFiles(now: clock.milliseconds() + 60_000)
                    }
                    let leftovers = try T.files(dir.path).filter { $0.hasSuffix(".deleted") }
                    #expect(leftovers.isEmpty, "\(context): \(leftovers)")
                case 92..<93:
                    // A follower restarting at the leader's log start.
                    let restart = model.logEndOffset + Int64(rng.next() % 50)
                    try log.truncateFullyAndStartAt(restart)
                    model = Model(batches: [], logStartOffset: restart, logEndOffset: restart)
                case 93..<95:
                    try log.flush()
                    #expect(log.recoveryPoint == log.logEndOffset, "\(context)")
                default:
                    configValues["segment.bytes"] = "\(4096 + Int(rng.next() % 8000))"
                    dir.config = try T.config(configValues)
                    log.updateConfig(dir.config)
                }
                try verify(log, model, rng: &rng, context: context)
            }
            try dir.closeCleanly(log)
        }
    }

    // MARK: Operations

    private func append(
        _ log: Log, _ model: inout Model, epoch: Int32, clock: ManualClock, rng: inout TestRandom, context: String
    ) throws {
        let count = 1 + Int(rng.next() % 12)
        let now = clock.milliseconds()
        let records = (0..<count).map { index in
            T.TestRecord(
                timestamp: now + Int64(rng.next() % 10_000) - 5_000, key: "key-\(index)",
                value: String(repeating: "x", count: Int(rng.next() % 200)))
        }
        let codecs: [CompressionType] = [.none, .none, .none, .gzip, .lz4, .zstd, .snappy]
        let codec = codecs[Int(rng.next() % UInt64(codecs.count))]
        let bytes = try T.batch(records, compression: codec)
        let info = try log.appendAsLeader(bytes, leaderEpoch: epoch)
        #expect(info.firstOffset == model.logEndOffset, "\(context)")
        #expect(info.lastOffset == model.logEndOffset + Int64(count) - 1, "\(context)")

        var written = try RecordBatch(bytes)
        written.setBaseOffset(model.logEndOffset)
        written.setPartitionLeaderEpoch(epoch)
        let batch = ModelBatch(
            baseOffset: info.firstOffset, lastOffset: info.lastOffset, epoch: epoch,
            bytes: Array(written.buffer.readableBytesView),
            records: records.enumerated().map { (info.firstOffset + Int64($0.offset), $0.element.timestamp) },
            maxTimestamp: records.map(\.timestamp).max() ?? -1)
        #expect(info.maxTimestamp == batch.maxTimestamp, "\(context)")
        model.batches.append(batch)
        model.logEndOffset = info.lastOffset + 1
    }

    private func truncate(_ log: Log, _ model: inout Model, rng: inout TestRandom, context: String) throws {
        guard model.logEndOffset > model.logStartOffset else { return }
        let target = model.logStartOffset + Int64(rng.next() % UInt64(model.logEndOffset - model.logStartOffset + 1))
        let firstBase = log.segments[0].baseOffset
        let truncated = try log.truncateTo(target)
        #expect(truncated == (target < model.logEndOffset), "\(context)")
        guard target < model.logEndOffset else { return }
        if firstBase > target {
            model.batches = []
            model.logEndOffset = target
            model.logStartOffset = target
            return
        }
        model.batches.removeAll { $0.lastOffset >= target }
        model.logEndOffset = min(target, model.batches.last?.nextOffset ?? firstBase)
        model.logStartOffset = min(model.logStartOffset, model.logEndOffset)
    }

    private func deleteRecords(_ log: Log, _ model: inout Model, rng: inout TestRandom, context: String) throws {
        let highWatermark = model.logEndOffset
        if rng.next() % 5 == 0 {
            let error = T.logError {
                try log.maybeIncrementLogStartOffset(highWatermark + 1, reason: .clientRecordDeletion)
            }
            #expect(error?.code == .offsetOutOfRange, "\(context)")
            return
        }
        let target = model.logStartOffset + Int64(rng.next() % UInt64(highWatermark - model.logStartOffset + 1))
        let moved = try log.maybeIncrementLogStartOffset(target, reason: .clientRecordDeletion)
        #expect(moved == (target > model.logStartOffset), "\(context)")
        model.logStartOffset = max(model.logStartOffset, target)
    }

    /// One segment as the retention rules see it.
    private struct SegmentShape {
        var baseOffset: Int64
        var size: Int
        var largestTimestamp: Int64?
    }

    /// Predicts Kafka's three retention passes from the segment layout and the model's timestamps,
    /// then checks the log did the same.
    private func retention(_ log: Log, _ model: inout Model, now: Int64, config: LogConfig, context: String) throws {
        var shapes = log.segments.enumerated().map { index, segment in
            let end = index + 1 < log.segments.count ? log.segments[index + 1].baseOffset : Int64.max
            let inside = model.batches.filter { $0.baseOffset >= segment.baseOffset && $0.baseOffset < end }
            return SegmentShape(
                baseOffset: segment.baseOffset, size: inside.reduce(0) { $0 + $1.bytes.count },
                largestTimestamp: inside.map(\.maxTimestamp).max())
        }
        var logStartOffset = model.logStartOffset
        let logEndOffset = model.logEndOffset

        func pass(_ predicate: (SegmentShape, SegmentShape?) -> Bool) {
            var deletable = 0
            for index in shapes.indices {
                let next = index + 1 < shapes.count ? shapes[index + 1] : nil
                let lastAndEmpty = next == nil && shapes[index].size == 0
                guard predicate(shapes[index], next), !lastAndEmpty else { break }
                deletable += 1
            }
            guard deletable > 0 else { return }
            if deletable == shapes.count {
                if shapes[shapes.count - 1].baseOffset == logEndOffset {
                    shapes[shapes.count - 1] = SegmentShape(baseOffset: logEndOffset, size: 0, largestTimestamp: nil)
                    deletable -= 1
                } else {
                    shapes.append(SegmentShape(baseOffset: logEndOffset, size: 0, largestTimestamp: nil))
                }
            }
            shapes.removeFirst(deletable)
            logStartOffset = max(logStartOffset, shapes[0].baseOffset)
        }

        pass { _, next in next.map { $0.baseOffset <= logStartOffset } ?? false }
        if config.delete {
            let size = shapes.reduce(0) { $0 + $1.size }
            if config.retentionBytes >= 0 && Int64(size) >= config.retentionBytes {
                var diff = Int64(size) - config.retentionBytes
                pass { segment, _ in
                    guard diff - Int64(segment.size) >= 0 else { return false }
                    diff -= Int64(segment.size)
                    return true
                }
            }
            if config.retentionMs >= 0 {
                // A segment without timestamps is judged by its file's time, which is the real
                // clock's, far after the manual clock: it never expires here.
                pass { segment, _ in segment.largestTimestamp.map { now - $0 > config.retentionMs } ?? false }
            }
        }

        try log.deleteOldSegments(now: now)
        #expect(log.segments.map(\.baseOffset) == shapes.map(\.baseOffset), "\(context): segments after retention")
        #expect(log.logStartOffset == logStartOffset, "\(context): log start offset after retention")
        model.logStartOffset = logStartOffset
        model.dropBatches(below: shapes[0].baseOffset)
    }

    // MARK: Checks

    private func verify(_ log: Log, _ model: Model, rng: inout TestRandom, context: String) throws {
        #expect(log.logStartOffset == model.logStartOffset, "\(context): log start offset")
        #expect(log.logEndOffset == model.logEndOffset, "\(context): log end offset")
        #expect(log.highWatermark == model.logEndOffset, "\(context): high watermark")
        #expect(log.recoveryPoint <= log.logEndOffset, "\(context): recovery point")
        let firstBase = log.segments[0].baseOffset
        #expect(model.batches.first.map { $0.baseOffset >= firstBase } ?? true, "\(context): first segment")

        for _ in 0..<4 { try verifyRead(log, model, rng: &rng, context: context) }
        if model.logStartOffset > 0 {
            let error = T.logError {
                _ = try log.read(
                    startOffset: model.logStartOffset - 1, maxLength: 100, isolation: .logEnd, minOneMessage: true)
            }
            #expect(error?.code == .offsetOutOfRange, "\(context): read below the log start")
        }
        let beyond = T.logError {
            _ = try log.read(
                startOffset: model.logEndOffset + 1, maxLength: 100, isolation: .logEnd, minOneMessage: true)
        }
        #expect(beyond?.code == .offsetOutOfRange, "\(context): read past the log end")

        for offset in [model.logStartOffset, model.logEndOffset - 1]
        where offset >= model.logStartOffset && offset < model.logEndOffset {
            #expect(
                log.leaderEpochCache.epochForOffset(offset) == model.epoch(at: offset), "\(context): epoch at \(offset)"
            )
        }
        try verifyTimestampLookups(log, model, rng: &rng, context: context)
    }

    /// A read from a random offset returns exactly the model's bytes from the batch holding it, up
    /// to the size limit or the end of its segment.
    private func verifyRead(_ log: Log, _ model: Model, rng: inout TestRandom, context: String) throws {
        let span = UInt64(model.logEndOffset - model.logStartOffset + 1)
        let start = model.logStartOffset + Int64(rng.next() % span)
        let maxLength = 1 + Int(rng.next() % 6000)
        let minOneMessage = rng.next() % 4 != 0
        let info = try log.read(
            startOffset: start, maxLength: maxLength, isolation: .highWatermark, minOneMessage: minOneMessage)
        let bytes = Array(try T.bytes(info).readableBytesView)
        guard let index = model.batchIndex(containing: start) else {
            #expect(bytes.isEmpty, "\(context): read at the log end returned bytes")
            return
        }
        let first = model.batches[index]
        let segments = log.segments
        let segmentIndex = try #require(segments.lastIndex { $0.baseOffset <= first.baseOffset })
        let segmentEnd = segmentIndex + 1 < segments.count ? segments[segmentIndex + 1].baseOffset : Int64.max
        let available = model.batches[index...].prefix { $0.baseOffset < segmentEnd }.flatMap(\.bytes)
        let limit = minOneMessage ? max(maxLength, first.bytes.count) : maxLength
        let expected = Array(available.prefix(limit))
        #expect(
            bytes == expected,
            "\(context): read \(start) max \(maxLength) minOne \(minOneMessage): \(bytes.count) bytes, expected \(expected.count)"
        )
        #expect(info.firstEntryIncomplete == (limit < first.bytes.count), "\(context): firstEntryIncomplete")
        #expect(info.fetchOffsetMetadata.messageOffset == start, "\(context)")
    }

    /// ListOffsets by time as Kafka answers it: the first segment whose largest timestamp reaches
    /// the target, then in it the first record at or after the log start with a timestamp ≥ target.
    private func verifyTimestampLookups(_ log: Log, _ model: Model, rng: inout TestRandom, context: String) throws {
        let segments = log.segments
        func batches(in index: Int) -> [ModelBatch] {
            let end = index + 1 < segments.count ? segments[index + 1].baseOffset : Int64.max
            return model.batches.filter { $0.baseOffset >= segments[index].baseOffset && $0.baseOffset < end }
        }
        let timestamps = model.batches.flatMap { $0.records.map(\.timestamp) }
        if let low = timestamps.min(), let high = timestamps.max() {
            for _ in 0..<3 {
                // Half the targets are timestamps some record has, where ≥ and > differ.
                let target =
                    rng.coin()
                    ? timestamps[Int(rng.next() % UInt64(timestamps.count))]
                    : low - 50 + Int64(rng.next() % UInt64(high - low + 100))
                var expected: (Int64, Int64)?
                for index in segments.indices {
                    let inside = batches(in: index)
                    guard let largest = inside.map(\.maxTimestamp).max() else { break }
                    guard largest >= target else { continue }
                    let record = inside.flatMap(\.records).first {
                        $0.offset >= model.logStartOffset && $0.timestamp >= target
                    }
                    expected = record.map { ($0.offset, $0.timestamp) }
                    break
                }
                let found = try log.fetchOffsetByTimestamp(target)
                #expect(
                    found?.offset == expected?.0 && found?.timestamp == expected?.1, "\(context): timestamp \(target)")
                if let found { #expect(found.leaderEpoch == model.epoch(at: found.offset), "\(context)") }
            }
        }

        let latest = try log.fetchOffsetByTimestamp(ListOffsetsTimestamp.latest)
        #expect(latest?.offset == model.logEndOffset, "\(context): latest")
        let earliest = try log.fetchOffsetByTimestamp(ListOffsetsTimestamp.earliest)
        #expect(earliest?.offset == model.logStartOffset, "\(context): earliest")
        if model.logEndOffset > model.logStartOffset {
            #expect(latest?.leaderEpoch == model.epoch(at: model.logEndOffset - 1), "\(context): latest epoch")
            #expect(earliest?.leaderEpoch == model.epoch(at: model.logStartOffset), "\(context): earliest epoch")
        }

        // MAX_TIMESTAMP: the segment with the largest timestamp, its first batch reaching it, the
        // first record there carrying it.
        var best: (index: Int, timestamp: Int64)?
        for index in segments.indices {
            let largest = batches(in: index).map(\.maxTimestamp).max() ?? -1
            if best == nil || largest > best!.timestamp { best = (index, largest) }
        }
        var expectedMax: (Int64, Int64)?
        if let best, let batch = batches(in: best.index).first(where: { $0.maxTimestamp == best.timestamp }) {
            expectedMax = batch.records.first { $0.timestamp == best.timestamp }.map { ($0.offset, $0.timestamp) }
        }
        let max = try log.fetchOffsetByTimestamp(ListOffsetsTimestamp.maxTimestamp)
        #expect(max?.offset == expectedMax?.0 && max?.timestamp == expectedMax?.1, "\(context): max timestamp")
    }
}
