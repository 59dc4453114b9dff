import Foundation
import NIOCore
import Testing

@testable import KafkaEngine

/// Opening a damaged log: torn tails, flipped bytes, garbage, broken or missing indexes and
/// checkpoints, leftovers of interrupted operations. The log must reopen with every intact batch
/// before the damage, nothing after it, rebuilt indexes and correct lookups (reliability.md S2-S7).
@Suite struct LogRecoveryTests {
    typealias T = LogTestSupport

    /// A three-segment log written for damaging: its batches as written and where they are.
    struct Golden {
        var batches: [[UInt8]]
        /// (offset, timestamp) of every record; timestamps increase with offsets.
        var records: [(offset: Int64, timestamp: Int64)]
        var segmentBases: [Int64]
        var logEndOffset: Int64
    }

    static let configValues = ["segment.bytes": "1200", "index.interval.bytes": "300", "segment.index.bytes": "4096"]

    /// Writes 15 batches of 3 records (epochs as given, in turn) over three segments.
    static func writeGolden(_ dir: inout PartitionDirectory, epochs: [Int32] = [3], crash: Bool = true) throws -> Golden
    {
        let log = try dir.open()
        var records: [(Int64, Int64)] = []
        for index in 0..<15 {
            let timestamp = 1_000_000 + Int64(index) * 1000
            let epoch = epochs[index * epochs.count / 15]
            let info = try log.appendAsLeader(
                try T.batch(count: 3, timestamp: timestamp, valueSize: 40), leaderEpoch: epoch)
            for n in 0..<3 { records.append((info.firstOffset + Int64(n), timestamp + Int64(n))) }
        }
        let golden = Golden(
            batches: try allBatches(log), records: records, segmentBases: log.segments.map(\.baseOffset),
            logEndOffset: log.logEndOffset)
        #expect(golden.segmentBases.count == 3, "the golden log should have three segments: \(golden.segmentBases)")
        if crash { dir.crash(log, recoveryPoint: 0) } else { try dir.closeCleanly(log) }
        return golden
    }

    /// Every batch of the log, read from the start.
    static func allBatches(_ log: Log) throws -> [[UInt8]] {
        var next = log.logStartOffset
        var result: [[UInt8]] = []
        while next < log.logEndOffset {
            let info = try log.read(startOffset: next, maxLength: 1 << 20, isolation: .logEnd, minOneMessage: true)
            let batches = T.batches(try T.bytes(info))
            guard let last = batches.last else { break }
            result += batches.map { Array($0.buffer.readableBytesView) }
            next = last.nextOffset
        }
        return result
    }

    /// Opens the damaged copy and checks it holds exactly `expected` batches of `golden`, with
    /// working indexes.
    @discardableResult
    static func reopenAndCheck(
        _ dir: PartitionDirectory, golden: Golden, expected: Int, context: String
    ) throws -> RecoveryReport {
        let log = try dir.open()
        defer { try? log.close() }
        let batches = try allBatches(log)
        #expect(batches.count == expected, "\(context): \(batches.count) batches kept, expected \(expected)")
        #expect(batches == Array(golden.batches.prefix(expected)), "\(context): batches differ")
        let kept = golden.batches.prefix(expected).map { T.batches(ByteBuffer(bytes: $0))[0] }
        let logEndOffset = kept.last?.nextOffset ?? 0
        #expect(
            log.logEndOffset == logEndOffset, "\(context): log end offset \(log.logEndOffset), expected \(logEndOffset)"
        )
        for segment in log.segments {
            #expect(throws: Never.self, "\(context): indexes of \(segment.baseOffset)") { try segment.sanityCheck() }
        }
        for (offset, timestamp) in golden.records where offset < logEndOffset && offset % 4 == 0 {
            let found = try log.fetchOffsetByTimestamp(timestamp)
            #expect(found?.offset == offset, "\(context): timestamp \(timestamp)")
            let read = try log.read(startOffset: offset, maxLength: 1, isolation: .logEnd, minOneMessage: true)
            #expect(
                T.batches(try T.bytes(read)).first.map { $0.baseOffset <= offset && offset <= $0.lastOffset } == true,
                "\(context): read \(offset)")
        }
        #expect(try log.fetchOffsetByTimestamp(golden.records.last!.timestamp + 1) == nil, "\(context)")
        return log.recoveryReport
    }

    /// Copies the golden directory to a trial one, damages it, and checks the reopened log.
    static func trial(
        _ golden: Golden, _ source: PartitionDirectory, root: String, expected: Int, context: String,
        damage: (PartitionDirectory) throws -> Void
    ) throws -> RecoveryReport {
        var copy = source
        copy = PartitionDirectory(root: root, config: source.config, clock: source.clock, name: "trial-0")
        copy.recoveryPoint = source.recoveryPoint
        copy.logStartOffset = source.logStartOffset
        copy.cleanShutdown = source.cleanShutdown
        try T.copyDirectory(source.path, to: copy.path)
        try damage(copy)
        return try reopenAndCheck(copy, golden: golden, expected: expected, context: context)
    }

    static func truncateFile(_ path: String, to length: Int) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: UInt64(length))
        try handle.close()
    }

    static func size(_ path: String) throws -> Int {
        Int(try StorageFile.size(of: path))
    }

    /// Byte position of each batch in its segment file.
    static func positions(_ golden: Golden) -> [(segment: Int64, position: Int)] {
        var result: [(Int64, Int)] = []
        var position = 0
        var segment = golden.segmentBases[0]
        for bytes in golden.batches {
            let base = T.batches(ByteBuffer(bytes: bytes))[0].baseOffset
            if let next = golden.segmentBases.last(where: { $0 <= base }), next != segment {
                segment = next
                position = 0
            }
            result.append((segment, position))
            position += bytes.count
        }
        return result
    }

    // MARK: Torn tails

    @Test func truncatingTheLastBatchAtEveryByteKeepsEveryBatchBeforeIt() throws {
        try withTemporaryDirectory { root in
            var dir = PartitionDirectory(root: root, config: try T.config(Self.configValues))
            let golden = try Self.writeGolden(&dir)
            let active = dir.segmentFile(golden.segmentBases[2])
            let fileSize = try Self.size(active)
            let lastStart = fileSize - golden.batches[golden.batches.count - 1].count
            for cut in lastStart..<fileSize {
                let report = try Self.trial(
                    golden, dir, root: root, expected: golden.batches.count - 1, context: "cut at \(cut)"
                ) { trial in
                    try Self.truncateFile(trial.segmentFile(golden.segmentBases[2]), to: cut)
                }
                let truncated = report.events.filter { $0.kind == .segmentTruncated }
                #expect(truncated.count == (cut > lastStart ? 1 : 0), "cut at \(cut): \(report)")
                if let event = truncated.first {
                    #expect(event.position == lastStart && event.bytesTruncated == cut - lastStart, "\(event)")
                    #expect(
                        event.file.hasSuffix(
                            SegmentFileName(baseOffset: golden.segmentBases[2], kind: .log).description))
                }
            }
        }
    }

    @Test func cuttingAnEarlierSegmentDropsTheSegmentsAfterIt() throws {
        try withTemporaryDirectory { root in
            var dir = PartitionDirectory(root: root, config: try T.config(Self.configValues))
            let golden = try Self.writeGolden(&dir)
            let positions = Self.positions(golden)
            var rng = TestRandom(seed: 7)
            for _ in 0..<40 {
                let segmentIndex = Int(rng.next() % 2)
                let base = golden.segmentBases[segmentIndex]
                let file = dir.segmentFile(base)
                let cut = Int(rng.next() % UInt64(try Self.size(file)))
                // Batches wholly before the cut survive; everything from the cut batch on goes.
                let expected = positions.enumerated().prefix { index, place in
                    place.segment < base
                        || (place.segment == base && place.position + golden.batches[index].count <= cut)
                }.count
                let report = try Self.trial(
                    golden, dir, root: root, expected: expected, context: "segment \(base) cut at \(cut)"
                ) { trial in
                    try Self.truncateFile(trial.segmentFile(base), to: cut)
                }
                let deleted = report.events.filter { $0.kind == .segmentDeleted }.count
                let cutInsideBatch =
                    positions.contains { $0.segment == base && $0.position < cut }
                    && !positions.contains { $0.segment == base && $0.position == cut }
                #expect(deleted == (cutInsideBatch ? 2 - segmentIndex : 0), "cut \(cut) in \(base): \(report)")
            }
        }
    }

    // MARK: Flipped bytes

    @Test func aFlippedByteAnywhereInABatchEndsTheLogBeforeIt() throws {
        try withTemporaryDirectory { root in
            var dir = PartitionDirectory(root: root, config: try T.config(Self.configValues))
            let golden = try Self.writeGolden(&dir)
            let positions = Self.positions(golden)
            // The second batch of the middle segment.
            let victim = try #require(
                positions.indices.filter { positions[$0].segment == golden.segmentBases[1] }.dropFirst().first)
            let place = positions[victim]
            for byte in 0..<golden.batches[victim].count {
                // The lowest and the highest bit, in turn.
                for mask: UInt8 in [byte % 2 == 0 ? 0x01 : 0x80] {
                    let report = try Self.trial(
                        golden, dir, root: root, expected: victim, context: "byte \(byte) ^ \(mask)"
                    ) { trial in
                        let path = trial.segmentFile(place.segment)
                        var bytes = try fileBytes(path)
                        bytes[place.position + byte] ^= mask
                        try writeFile(path, bytes)
                    }
                    let event = report.events.first { $0.kind == .segmentTruncated }
                    #expect(event?.position == place.position, "byte \(byte) ^ \(mask): \(report)")
                }
            }
        }
    }

    @Test func anEpochAboveTheCheckpointOrGoingBackIsDamage() throws {
        try withTemporaryDirectory { root in
            var dir = PartitionDirectory(root: root, config: try T.config(Self.configValues))
            let golden = try Self.writeGolden(&dir, epochs: [1, 2, 4])
            let positions = Self.positions(golden)
            let last = positions.count - 1
            for (epoch, why) in [(Int32(9), "above the checkpoint"), (Int32(2), "below the previous batch")] {
                let report = try Self.trial(golden, dir, root: root, expected: last, context: why) { trial in
                    let path = trial.segmentFile(positions[last].segment)
                    var bytes = try fileBytes(path)
                    withUnsafeBytes(of: epoch.bigEndian) {
                        for i in 0..<4 { bytes[positions[last].position + 12 + i] = $0[i] }
                    }
                    try writeFile(path, bytes)
                }
                #expect(
                    report.events.contains { $0.kind == .segmentTruncated && $0.detail.contains("epoch") }, "\(report)")
            }
        }
    }

    // MARK: Garbage

    @Test func garbageAfterTheLastBatchIsCut() throws {
        try withTemporaryDirectory { root in
            var dir = PartitionDirectory(root: root, config: try T.config(Self.configValues))
            let golden = try Self.writeGolden(&dir)
            var rng = TestRandom(seed: 11)
            for round in 0..<10 {
                let garbage = (0..<(1 + Int(rng.next() % 1024))).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
                let indexGarbage = (0..<(1 + Int(rng.next() % 1024))).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
                let report = try Self.trial(
                    golden, dir, root: root, expected: golden.batches.count, context: "round \(round)"
                ) { trial in
                    for (path, bytes) in [
                        (trial.segmentFile(golden.segmentBases[2]), garbage),
                        (trial.segmentFile(golden.segmentBases[2], .offsetIndex), indexGarbage),
                    ] {
                        try writeFile(path, try fileBytes(path) + bytes)
                    }
                }
                #expect(report.bytesTruncated == garbage.count, "round \(round): \(report)")
            }
        }
    }

    // MARK: Indexes

    @Test(arguments: ["deleted", "empty", "garbage", "odd length", "past the end", "out of order"])
    func aBrokenIndexIsRebuilt(damage: String) throws {
        try withTemporaryDirectory { root in
            var dir = PartitionDirectory(root: root, config: try T.config(Self.configValues))
            let golden = try Self.writeGolden(&dir, crash: false)
            for kind in [SegmentFileName.Kind.offsetIndex, .timeIndex] {
                let entrySize = kind == .offsetIndex ? OffsetIndex.entrySize : TimeIndex.entrySize
                let report = try Self.trial(
                    golden, dir, root: root, expected: golden.batches.count, context: "\(kind) \(damage)"
                ) { trial in
                    let path = trial.segmentFile(golden.segmentBases[1], kind)
                    var bytes = try fileBytes(path)
                    #expect(bytes.count >= 2 * entrySize, "the middle segment's \(kind) should have two entries")
                    switch damage {
                    case "deleted":
                        try FileManager.default.removeItem(atPath: path)
                        return
                    case "empty": bytes = []
                    case "garbage": bytes = (0..<bytes.count).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }
                    case "odd length": bytes.append(1)
                    case "past the end":
                        // The last entry's position (offset index) or offset (time index) pushed far out.
                        bytes[bytes.count - (kind == .offsetIndex ? 2 : 3)] = 0x7F
                    default:
                        let first = Array(bytes[0..<entrySize])
                        bytes.replaceSubrange(0..<entrySize, with: bytes[entrySize..<(2 * entrySize)])
                        bytes.replaceSubrange(entrySize..<(2 * entrySize), with: first)
                    }
                    try writeFile(path, bytes)
                }
                // An empty index is a valid (if useless) index; everything else is caught.
                if damage != "empty" || kind == .timeIndex {
                    #expect(report.events.contains { $0.kind == .indexRebuilt }, "\(kind) \(damage): \(report)")
                }
                #expect(report.bytesTruncated == 0)
            }
        }
    }

    // MARK: Checkpoints

    @Test func aMissingOrGarbledEpochCheckpointForcesAFullRecovery() throws {
        try withTemporaryDirectory { root in
            var dir = PartitionDirectory(root: root, config: try T.config(Self.configValues))
            let golden = try Self.writeGolden(&dir, epochs: [1, 2, 4], crash: false)
            let entries = try LeaderEpochCheckpointFile(logDirectory: dir.path).read()
            #expect(entries.map(\.epoch) == [1, 2, 4])
            for damage in ["missing", "garbled"] {
                var copy = PartitionDirectory(root: root, config: dir.config, clock: dir.clock, name: "trial-0")
                copy.recoveryPoint = dir.recoveryPoint
                copy.logStartOffset = dir.logStartOffset
                copy.cleanShutdown = true
                try T.copyDirectory(dir.path, to: copy.path)
                let checkpoint = StorageFile.join(copy.path, LogFileNames.leaderEpochCheckpointFileName)
                if damage == "missing" {
                    try FileManager.default.removeItem(atPath: checkpoint)
                } else {
                    try writeFile(checkpoint, "0\n2\n1 0\nnot a line\n")
                }
                let report = try Self.reopenAndCheck(
                    copy, golden: golden, expected: golden.batches.count, context: damage)
                #expect(report.events.contains { $0.kind == .checkpointIgnored }, "\(damage): \(report)")
                #expect(report.recoveredSegments == golden.segmentBases, "\(damage)")
                #expect(try LeaderEpochCheckpointFile(logDirectory: copy.path).read() == entries, "\(damage)")
            }
        }
    }

    @Test func withoutARecoveryPointEverySegmentIsReRead() throws {
        try withTemporaryDirectory { root in
            var dir = PartitionDirectory(root: root, config: try T.config(Self.configValues))
            let golden = try Self.writeGolden(&dir, crash: false)
            dir.cleanShutdown = false
            dir.recoveryPoint = 0
            let report = try Self.reopenAndCheck(
                dir, golden: golden, expected: golden.batches.count, context: "no recovery point")
            #expect(report.recoveredSegments == golden.segmentBases)
            #expect(report.bytesTruncated == 0)
            // With the recovery point in the last segment, only that one is.
            dir.recoveryPoint = golden.segmentBases[2] + 1
            let partial = try Self.reopenAndCheck(
                dir, golden: golden, expected: golden.batches.count, context: "recovery point")
            #expect(partial.recoveredSegments == [golden.segmentBases[2]])
        }
    }

    // MARK: Leftovers

    @Test func leftoversOfInterruptedOperationsAreFinishedOrRemoved() throws {
        try withTemporaryDirectory { root in
            var dir = PartitionDirectory(root: root, config: try T.config(Self.configValues))
            let golden = try Self.writeGolden(&dir, crash: false)
            let middle = golden.segmentBases[1]
            let copy = PartitionDirectory(root: root, config: dir.config, clock: dir.clock, name: "trial-0")
            try T.copyDirectory(dir.path, to: copy.path)
            // A compaction that wrote the middle segment as .swap files and died before swapping.
            for kind in [SegmentFileName.Kind.log, .offsetIndex, .timeIndex] {
                try FileManager.default.copyItem(
                    atPath: copy.segmentFile(middle, kind),
                    toPath: StorageFile.join(
                        copy.path, SegmentFileName(baseOffset: middle, kind: kind, status: .swap).description))
            }
            try writeFile(
                StorageFile.join(copy.path, "\(LogFileNames.filenamePrefix(offset: 999)).log.deleted"), [1, 2, 3])
            try writeFile(StorageFile.join(copy.path, "leader-epoch-checkpoint.tmp"), "0\n0\n")
            // A split that died: its .cleaned file, and a .swap after it that must not be used.
            try writeFile(StorageFile.join(copy.path, "\(LogFileNames.filenamePrefix(offset: 5000)).log.cleaned"), [9])
            try writeFile(StorageFile.join(copy.path, "\(LogFileNames.filenamePrefix(offset: 6000)).log.swap"), [9])
            try writeFile(
                StorageFile.join(copy.path, "\(LogFileNames.filenamePrefix(offset: 7000)).index"),
                [0, 0, 0, 0, 0, 0, 0, 0])

            var reopened = copy
            reopened.recoveryPoint = dir.recoveryPoint
            reopened.logStartOffset = dir.logStartOffset
            reopened.cleanShutdown = true
            let report = try Self.reopenAndCheck(
                reopened, golden: golden, expected: golden.batches.count, context: "leftovers")
            let kinds = report.events.map(\.kind)
            #expect(kinds.filter { $0 == .swapFileRestored }.count == 3, "\(report)")
            #expect(kinds.contains(.replacedSegmentDeleted) && kinds.contains(.invalidSwapFileDeleted), "\(report)")
            #expect(kinds.filter { $0 == .strayFileDeleted }.count == 3, "\(report)")
            #expect(kinds.contains(.orphanIndexDeleted), "\(report)")
            let files = try T.files(copy.path)
            #expect(
                !files.contains {
                    $0.hasSuffix(".swap") || $0.hasSuffix(".deleted") || $0.hasSuffix(".cleaned")
                        || $0.hasSuffix(".tmp")
                }, "\(files)")
        }
    }
}
