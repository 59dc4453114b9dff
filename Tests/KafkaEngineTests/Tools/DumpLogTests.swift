import Foundation
import NIOCore
import Testing

@testable import KafkaEngine

/// `dump-log` output compared line by line with what Kafka's DumpLogSegments prints for the same
/// files (its format strings applied by hand: `OptionalLong.empty`, `CreateTime:`, `true`/`false`,
/// a null key simply not printed), and its handling of corrupt and foreign files.
@Suite struct DumpLogTests {
    typealias F = DumpLogFixtures
    typealias Rec = DumpLogFixtures.Rec

    // MARK: Batches and records

    /// Kafka's exact text for a batch real clients wrote (kafka-python's bytes and the CRC it read
    /// back, from the record fixtures), with every kind of record: headers, a null key, a null
    /// value, empty key and value, a non-ASCII header key, a timestamp below the previous one.
    @Test func goldenBatchFromFixture() throws {
        let fixture = try RecordTestSupport.fixture("none-basic-assigned")
        let bytes = try RecordTestSupport.fixtureBytes("none-basic-assigned")
        try withTemporaryDirectory { dir in
            let path = try F.write(dir, base: fixture.baseOffset, suffix: ".log", Array(bytes.readableBytesView))
            let run = F.run([path]) { $0.printDataLog = true }
            var expected = ["Dumping \(path)", "Log starting offset: 1000000"]
            expected.append(
                "baseOffset: 1000000 lastOffset: 1000003 count: 4 baseSequence: -1 lastSequence: -1 producerId: -1 "
                    + "producerEpoch: -1 partitionLeaderEpoch: 7 isTransactional: false isControl: false "
                    + "deleteHorizonMs: OptionalLong.empty position: 0 CreateTime: 1700000000010 size: 171 magic: 2 "
                    + "compresscodec: none crc: 3938403000 isvalid: true")
            expected.append(
                "| offset: 1000000 CreateTime: 1700000000000 keySize: 5 valueSize: 7 sequence: -1 headerKeys: [h1] "
                    + "key: key-0 payload: value-0")
            expected.append(
                "| offset: 1000001 CreateTime: 1700000000005 keySize: -1 valueSize: 21 sequence: -1 headerKeys: [] "
                    + "payload: value with a null key")
            expected.append(
                "| offset: 1000002 CreateTime: 1700000000003 keySize: 9 valueSize: -1 sequence: -1 "
                    + "headerKeys: [trace,empty] key: tombstone")
            expected.append(
                "| offset: 1000003 CreateTime: 1700000000010 keySize: 0 valueSize: 0 sequence: -1 "
                    + "headerKeys: [unicode-ключ] key:  payload: ")
            #expect(run.outLines == expected)
            #expect(run.err == "")
            #expect(run.summary.exitCode == 0)
        }
    }

    /// A control batch as a broker writes it, from the fixtures: `endTxnMarker: COMMIT`.
    @Test func goldenCommitMarkerFromFixture() throws {
        let bytes = try RecordTestSupport.fixtureBytes("control-commit")
        try withTemporaryDirectory { dir in
            let path = try F.write(dir, base: 5000, suffix: ".log", Array(bytes.readableBytesView))
            let run = F.run([path]) { $0.printDataLog = true }
            var expected: [String] = []
            expected.append(
                "baseOffset: 5000 lastOffset: 5000 count: 1 baseSequence: -1 lastSequence: -1 producerId: 77 "
                    + "producerEpoch: 4 partitionLeaderEpoch: 2 isTransactional: true isControl: true "
                    + "deleteHorizonMs: OptionalLong.empty position: 0 CreateTime: 1700000000042 size: 78 magic: 2 "
                    + "compresscodec: none crc: 1547013968 isvalid: true")
            // Control records never print a key or payload.
            expected.append(
                "| offset: 5000 CreateTime: 1700000000042 keySize: 4 valueSize: 6 sequence: -1 headerKeys: [] "
                    + "endTxnMarker: COMMIT coordinatorEpoch: 3")
            #expect(Array(run.outLines.dropFirst(2)) == expected)
        }
    }

    static let idempotentRecords = [
        Rec(1000, "k0", "v0", headers: [("a", "1"), ("b", nil)]),
        Rec(1001, nil, "v1"),
        Rec(999, "k2", nil),
    ]

    static func idempotentBatch(base: Int64, sequence: Int32) throws -> RecordBatch {
        var builder = F.builder(
            base: base, producerId: 1000, producerEpoch: 3, baseSequence: sequence, partitionLeaderEpoch: 5)
        try F.append(&builder, idempotentRecords)
        return try #require(try builder.build())
    }

    @Test func shallowIterationPrintsBatchesOnly() throws {
        let first = try Self.idempotentBatch(base: 0, sequence: 10)
        let second = try Self.idempotentBatch(base: 3, sequence: 13)
        try withTemporaryDirectory { dir in
            let path = try F.segment(dir, [first, second])
            let run = F.run([path])
            #expect(
                run.outLines == [
                    "Dumping \(path)",
                    "Log starting offset: 0",
                    F.batchLine(
                        base: 0, last: 2, count: 3, baseSequence: 10, lastSequence: 12, producerId: 1000,
                        producerEpoch: 3,
                        leaderEpoch: 5, position: 0, maxTimestamp: 1001, size: first.sizeInBytes, crc: first.crc),
                    F.batchLine(
                        base: 3, last: 5, count: 3, baseSequence: 13, lastSequence: 15, producerId: 1000,
                        producerEpoch: 3,
                        leaderEpoch: 5, position: first.sizeInBytes, maxTimestamp: 1001, size: second.sizeInBytes,
                        crc: second.crc),
                ])
            #expect(run.summary == DumpLogSummary())
        }
    }

    @Test func deepIterationRecordLines() throws {
        let batch = try Self.idempotentBatch(base: 0, sequence: 10)
        try withTemporaryDirectory { dir in
            let path = try F.segment(dir, [batch])
            let metadata = [
                "| offset: 0 CreateTime: 1000 keySize: 2 valueSize: 2 sequence: 10 headerKeys: [a,b]",
                "| offset: 1 CreateTime: 1001 keySize: -1 valueSize: 2 sequence: 11 headerKeys: []",
                "| offset: 2 CreateTime: 999 keySize: 2 valueSize: -1 sequence: 12 headerKeys: []",
            ]
            let deep = F.run([path]) { $0.deepIteration = true }
            #expect(Array(deep.outLines.dropFirst(3)) == metadata)

            let data = F.run([path]) { $0.printDataLog = true }
            #expect(
                Array(data.outLines.dropFirst(3)) == [
                    metadata[0] + " key: k0 payload: v0",
                    metadata[1] + " payload: v1",
                    metadata[2] + " key: k2",
                ])

            // Kafka's prefix handling without metadata: "| " goes to the key, if there is one.
            let bare = F.run([path]) {
                $0.printDataLog = true
                $0.skipRecordMetadata = true
            }
            #expect(Array(bare.outLines.dropFirst(3)) == ["| key: k0 payload: v0", " payload: v1", "| key: k2"])

            let empty = F.run([path]) {
                $0.deepIteration = true
                $0.skipRecordMetadata = true
            }
            #expect(Array(empty.outLines.dropFirst(3)) == ["", "", ""])
        }
    }

    @Test(arguments: [CompressionType.gzip, .snappy, .lz4, .zstd])
    func compressedBatchesPrintTheSameRecords(codec: CompressionType) throws {
        let records = (0..<20).map { Rec(2000 + Int64($0), "key-\($0)", String(repeating: "value \($0) ", count: 10)) }
        let plain = try F.batch(base: 0, records)
        let packed = try F.batch(base: 0, records, compression: codec)
        try withTemporaryDirectory { dir in
            let plainRun = F.run([try F.segment(dir, base: 0, [plain])]) { $0.printDataLog = true }
            let packedRun = F.run([try F.segment(dir, base: 100, [packed])]) { $0.printDataLog = true }
            #expect(
                packedRun.outLines[2]
                    == F.batchLine(
                        base: 0, last: 19, count: 20, leaderEpoch: -1, position: 0, maxTimestamp: 2019,
                        size: packed.sizeInBytes,
                        codec: codec.description, crc: packed.crc))
            #expect(packedRun.outLines.count == 23)
            #expect(Array(packedRun.outLines.dropFirst(3)) == Array(plainRun.outLines.dropFirst(3)))
            #expect(packedRun.summary.exitCode == 0)
        }
    }

    @Test func logAppendTimeAndDeleteHorizon() throws {
        var appendTime = F.builder(base: 0, timestampType: .logAppendTime, logAppendTime: 5000)
        try F.append(&appendTime, [Rec(10, nil, "a"), Rec(20, nil, "b")])
        let stamped = try #require(try appendTime.build())
        var compacted = F.builder(base: 2, deleteHorizonMs: 1234)
        try F.append(&compacted, [Rec(1300, "k", nil)])
        let horizon = try #require(try compacted.build())
        try withTemporaryDirectory { dir in
            let path = try F.segment(dir, [stamped, horizon])
            let run = F.run([path]) { $0.deepIteration = true }
            #expect(
                Array(run.outLines.dropFirst(2)) == [
                    F.batchLine(
                        base: 0, last: 1, count: 2, position: 0, timestampType: "LogAppendTime", maxTimestamp: 5000,
                        size: stamped.sizeInBytes, crc: stamped.crc),
                    // Records read back with the broker's time.
                    "| offset: 0 LogAppendTime: 5000 keySize: -1 valueSize: 1 sequence: -1 headerKeys: []",
                    "| offset: 1 LogAppendTime: 5000 keySize: -1 valueSize: 1 sequence: -1 headerKeys: []",
                    F.batchLine(
                        base: 2, last: 2, count: 1, deleteHorizon: "OptionalLong[1234]", position: stamped.sizeInBytes,
                        maxTimestamp: 1300, size: horizon.sizeInBytes, crc: horizon.crc),
                    "| offset: 2 CreateTime: 1300 keySize: 1 valueSize: -1 sequence: -1 headerKeys: []",
                ])
        }
    }

    @Test func transactionWithMarkers() throws {
        var data = F.builder(base: 0, producerId: 7, producerEpoch: 1, baseSequence: 0, isTransactional: true)
        try F.append(&data, [Rec(100, "a", "1"), Rec(101, "b", "2")])
        let records = try #require(try data.build())
        let commit = try RecordBatchBuilder.endTransactionMarkerBatch(
            baseOffset: 2, timestamp: 102, partitionLeaderEpoch: 0, producerId: 7, producerEpoch: 1,
            marker: EndTransactionMarker(.commit, coordinatorEpoch: 0))
        let abort = try RecordBatchBuilder.endTransactionMarkerBatch(
            baseOffset: 3, timestamp: 103, partitionLeaderEpoch: 0, producerId: 7, producerEpoch: 1,
            marker: EndTransactionMarker(.abort, coordinatorEpoch: 12))
        try withTemporaryDirectory { dir in
            let path = try F.segment(dir, [records, commit, abort])
            let run = F.run([path]) { $0.printDataLog = true }
            let second = records.sizeInBytes
            let third = second + commit.sizeInBytes
            var expected: [String] = []
            expected.append(
                F.batchLine(
                    base: 0, last: 1, count: 2, baseSequence: 0, lastSequence: 1, producerId: 7, producerEpoch: 1,
                    transactional: true, position: 0, maxTimestamp: 101, size: records.sizeInBytes, crc: records.crc))
            expected.append(
                "| offset: 0 CreateTime: 100 keySize: 1 valueSize: 1 sequence: 0 headerKeys: [] key: a payload: 1")
            expected.append(
                "| offset: 1 CreateTime: 101 keySize: 1 valueSize: 1 sequence: 1 headerKeys: [] key: b payload: 2")
            expected.append(
                F.batchLine(
                    base: 2, last: 2, count: 1, producerId: 7, producerEpoch: 1, transactional: true, control: true,
                    position: second, maxTimestamp: 102, size: commit.sizeInBytes, crc: commit.crc))
            expected.append(
                "| offset: 2 CreateTime: 102 keySize: 4 valueSize: 6 sequence: -1 headerKeys: [] "
                    + "endTxnMarker: COMMIT coordinatorEpoch: 0")
            expected.append(
                F.batchLine(
                    base: 3, last: 3, count: 1, producerId: 7, producerEpoch: 1, transactional: true, control: true,
                    position: third, maxTimestamp: 103, size: abort.sizeInBytes, crc: abort.crc))
            expected.append(
                "| offset: 3 CreateTime: 103 keySize: 4 valueSize: 6 sequence: -1 headerKeys: [] "
                    + "endTxnMarker: ABORT coordinatorEpoch: 12")
            #expect(Array(run.outLines.dropFirst(2)) == expected)
            #expect(run.summary.exitCode == 0)
        }
    }

    @Test func kraftControlRecords() throws {
        var header = SnapshotHeaderRecord()
        header.lastContainedLogTimestamp = 77
        var version = KRaftVersionRecord()
        version.kRaftVersion = 1
        var leader = LeaderChangeMessage()
        leader.leaderId = 1
        var builder = F.builder(base: 0, isControl: true)
        try builder.appendControlRecord(timestamp: 5, type: .snapshotHeader, value: try header.encoded(version: 0))
        try builder.appendControlRecord(timestamp: 5, type: .kraftVersion, value: try version.encoded(version: 0))
        try builder.appendControlRecord(timestamp: 5, type: .leaderChange, value: try leader.encoded(version: 0))
        try builder.appendControlRecord(timestamp: 5, type: ControlRecordType(rawValue: 9), value: ByteBuffer())
        let batch = try #require(try builder.build())
        try withTemporaryDirectory { dir in
            let path = dir + "/00000000000000000100-0000000001.checkpoint"
            try writeFile(path, F.bytes([batch]))
            let run = F.run([path]) { $0.printDataLog = true }
            #expect(run.outLines[1] == "Snapshot end offset: 100, epoch: 1")
            let tails = run.outLines.dropFirst(3).map { $0.components(separatedBy: "headerKeys: [] ").last ?? "" }
            #expect(
                tails == [
                    #"SnapshotHeader {"version":0,"lastContainedLogTimestamp":77}"#,
                    #"KRaftVersion {"version":0,"kRaftVersion":1}"#,
                    "controlType: LEADER_CHANGE(2)",
                    "controlType: UNKNOWN(9)",
                ])
            #expect(run.summary.exitCode == 0)

            let bootstrap = dir + "/bootstrap.checkpoint"
            try writeFile(bootstrap, F.bytes([batch]))
            #expect(F.run([bootstrap]).outLines[1] == "KRaft bootstrap snapshot")
        }
    }

    // MARK: Offsets

    @Test func offsetGapsAreReportedAsKafkaDoesButAreNoCorruption() throws {
        let first = try F.batch(base: 0, [Rec(1, nil, "a"), Rec(2, nil, "b")])
        let afterGap = try F.batch(base: 5, [Rec(3, nil, "c")])
        let later = try F.batch(base: 9, [Rec(4, nil, "d")])
        try withTemporaryDirectory { dir in
            let path = try F.segment(dir, [first, afterGap, later])
            let shallow = F.run([path])
            #expect(shallow.err == "")
            let run = F.run([path]) { $0.deepIteration = true }
            // Kafka prepends each pair to a list: the last pair prints first.
            #expect(
                run.errLines == ["Non-consecutive offsets in \(path)", "  5 is followed by 9", "  1 is followed by 5"])
            #expect(run.summary.exitCode == 0)
            #expect(run.summary.problems.count == 2)
            #expect(run.summary.problems.allSatisfy { !$0.isCorruption })
        }
    }

    @Test func offsetsGoingBackwardsAreCorruption() throws {
        let first = try F.batch(base: 10, [Rec(1, nil, "a"), Rec(2, nil, "b")])
        let again = try F.batch(base: 11, [Rec(3, nil, "c")])
        try withTemporaryDirectory { dir in
            let path = try F.segment(dir, base: 10, [first, again])
            let run = F.run([path]) { $0.deepIteration = true }
            #expect(run.errLines.prefix(2) == ["Non-consecutive offsets in \(path)", "  11 is followed by 11"])
            #expect(run.summary.exitCode == DumpLogSummary.corruptionExitCode)
            #expect(
                run.summary.corruption == [
                    DumpLogProblem(
                        file: path, position: Int64(first.sizeInBytes),
                        message: "offset 11 follows offset 11: offsets must increase")
                ])
            #expect(
                run.errLines.last
                    == "  \(path) at byte \(first.sizeInBytes): offset 11 follows offset 11: offsets must increase")
        }
    }

    // MARK: Corruption

    @Test func truncatedLastBatch() throws {
        let first = try F.batch(base: 0, [Rec(1, "k", "v")])
        let second = try F.batch(base: 1, [Rec(2, "k", "a longer value to cut")])
        try withTemporaryDirectory { dir in
            var bytes = F.bytes([first, second])
            bytes.removeLast(10)
            let path = try F.write(dir, base: 0, suffix: ".log", bytes)
            let run = F.run([path])
            let left = second.sizeInBytes - 10
            #expect(run.outLines.count == 4)
            #expect(run.outLines[3] == "Found \(left) invalid bytes at the end of 00000000000000000000.log")
            #expect(
                run.summary.corruption == [
                    DumpLogProblem(
                        file: path, position: Int64(first.sizeInBytes),
                        message: "truncated batch: \(left) of its \(second.sizeInBytes) bytes are present")
                ])
            #expect(run.errLines.first == "Corruption found: 1 problem in 1 file:")
            #expect(run.summary.exitCode == 3)

            // A tail too short to hold the bytes up to the magic byte.
            let short = try F.write(dir, base: 1, suffix: ".log", F.bytes([first]) + [1, 2, 3, 4, 5])
            let shortRun = F.run([short])
            #expect(shortRun.outLines.last == "Found 5 invalid bytes at the end of 00000000000000000001.log")
            #expect(shortRun.summary.corruption.map(\.message) == ["5 trailing bytes, too few for a batch header"])
        }
    }

    @Test func flippedCrcPrintsInvalidAndContinues() throws {
        let first = try F.batch(base: 0, [Rec(1, "k", "value one")])
        let second = try F.batch(base: 1, [Rec(2, "k", "value two")])
        try withTemporaryDirectory { dir in
            var bytes = F.bytes([first, second])
            bytes[first.sizeInBytes - 2] ^= 0xFF
            let path = try F.write(dir, base: 0, suffix: ".log", bytes)
            let run = F.run([path]) { $0.deepIteration = true }
            #expect(run.outLines[2].hasSuffix("crc: \(first.crc) isvalid: false"))
            #expect(run.outLines[4].hasSuffix("crc: \(second.crc) isvalid: true"))
            #expect(run.outLines.count == 6)
            let corrupted = bytes[(RecordBatch.Field.attributes)..<first.sizeInBytes]
            let computed = CRC32C.checksum(Array(corrupted))
            #expect(
                run.summary.corruption == [
                    DumpLogProblem(
                        file: path, position: 0,
                        message: "CRC mismatch (stored crc \(first.crc), computed crc \(computed))")
                ])
            #expect(run.summary.exitCode == 3)
        }
    }

    @Test func garbageStopsWithOneProblem() throws {
        let good = try F.batch(base: 0, [Rec(1, "k", "v")])
        try withTemporaryDirectory { dir in
            // batchLength 5: below Kafka's minimum record overhead.
            var tooSmall = [UInt8](repeating: 0, count: 40)
            tooSmall[11] = 5
            let small = try F.write(dir, base: 0, suffix: ".log", F.bytes([good]) + tooSmall)
            let smallRun = F.run([small])
            #expect(smallRun.outLines.last == "Found 40 invalid bytes at the end of 00000000000000000000.log")
            #expect(
                smallRun.summary.corruption.map(\.message) == [
                    "batch length 5 is smaller than the minimum record overhead (14 bytes)"
                ])
            #expect(smallRun.summary.corruption.map(\.position) == [Int64(good.sizeInBytes)])

            // A plausible length with a magic byte that is not 2.
            var badMagic = Array(good.buffer.readableBytesView)
            badMagic[RecordBatch.Field.magic] = 7
            let magic = try F.write(dir, base: 1, suffix: ".log", badMagic)
            #expect(F.run([magic]).summary.corruption.map(\.message) == ["bad magic byte 7 (expected 2)"])
            badMagic[RecordBatch.Field.magic] = 1
            try writeFile(magic, badMagic)
            #expect(
                F.run([magic]).summary.corruption.map(\.message) == [
                    "legacy message format (magic 1), which this tool does not read"
                ])

            // Random bytes.
            var generator = TestRandom(seed: 99)
            let noise = (0..<4096).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let random = try F.write(dir, base: 2, suffix: ".log", noise)
            let randomRun = F.run([random]) { $0.printDataLog = true }
            #expect(randomRun.outLines.last == "Found 4096 invalid bytes at the end of 00000000000000000002.log")
            #expect(randomRun.summary.exitCode == 3)
        }
    }

    @Test func malformedRecordsAreReportedNotFatal() throws {
        let good = try F.batch(base: 0, [Rec(1, "k", "value")])
        try withTemporaryDirectory { dir in
            var bytes = F.bytes([good])
            // The record's key length varint becomes 60 (zig-zag 120): past the record's end.
            let keyLengthAt = RecordBatch.Field.records + 4
            #expect(bytes[keyLengthAt] == 2)
            bytes[keyLengthAt] = 120
            let path = try F.write(dir, base: 0, suffix: ".log", bytes)
            let run = F.run([path]) { $0.printDataLog = true }
            #expect(run.outLines.count == 3)
            #expect(run.outLines[2].hasSuffix("isvalid: false"))
            let messages = run.summary.corruption.map(\.message)
            #expect(messages.count == 2)
            #expect(messages.last?.hasPrefix("a record of the batch cannot be read: ") == true)
        }
    }

    @Test func maxBytesStopsWithoutTrailingReport() throws {
        let batches = try (0..<3).map { try F.batch(base: Int64($0), [Rec(1, "k", "v")]) }
        try withTemporaryDirectory { dir in
            let path = try F.segment(dir, batches)
            let run = F.run([path]) { $0.maxBytes = batches[0].sizeInBytes + 5 }
            #expect(run.outLines.count == 3)
            #expect(run.summary.exitCode == 0)
        }
    }

    // MARK: Foreign files

    @Test func filesThatAreNotKafkaFiles() throws {
        try withTemporaryDirectory { dir in
            let text = dir + "/notes.txt"
            try writeFile(text, "hello")
            let unknown = F.run([text])
            #expect(unknown.outLines == ["Dumping \(text)"])
            #expect(unknown.errLines == ["Ignoring unknown file \(text)"])
            #expect(unknown.summary.exitCode == 0)

            let missing = dir + "/00000000000000000000.log"
            let folder = dir + "/00000000000000000001.log"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
            let badName = dir + "/segment.log"
            try writeFile(badName, [])
            let run = F.run([missing, folder, badName, text])
            #expect(
                run.errLines == [
                    "swkafka dump-log: \(missing): No such file or directory",
                    "swkafka dump-log: \(folder): is a directory",
                    "swkafka dump-log: \(badName): not a segment file name (expected <base offset>.log, such as 00000000000000000000.log)",
                    "Ignoring unknown file \(text)",
                ])
            #expect(
                run.outLines == ["Dumping \(missing)", "Dumping \(folder)", "Dumping \(badName)", "Dumping \(text)"])
            #expect(run.summary.failures.count == 3)
            #expect(run.summary.exitCode == 1)
        }
    }

    @Test func emptySegmentAndPathNormalization() throws {
        try withTemporaryDirectory { dir in
            try F.write(dir, base: 42, suffix: ".log", [])
            let run = F.run([dir + "//00000000000000000042.log"])
            #expect(run.outLines == ["Dumping \(dir)/00000000000000000042.log", "Log starting offset: 42"])
            #expect(run.summary.exitCode == 0)
        }
    }

    // MARK: Offset index

    /// Three batches of three records; an index with a correct entry, a wrong one, another correct
    /// one and one past the end of the log.
    static func indexedSegment(_ dir: String) throws -> (log: String, positions: [Int], batches: [RecordBatch]) {
        let batches = try (0..<3).map { n in
            try F.batch(base: Int64(n * 3), (0..<3).map { Rec(Int64(100 * n + $0), "k", "v\($0)") })
        }
        let log = try F.segment(dir, batches)
        var positions: [Int] = []
        var position = 0
        for batch in batches {
            positions.append(position)
            position += batch.sizeInBytes
        }
        return (log, positions, batches)
    }

    static func writeIndex(_ dir: String, _ entries: [(Int64, Int32)]) throws -> String {
        let path = dir + "/00000000000000000000.index"
        let index = try OffsetIndex(path: path, baseOffset: 0, maxIndexSize: 4096)
        for (offset, position) in entries { try index.append(offset: offset, position: position) }
        try index.close()
        return path
    }

    @Test func offsetIndexEntriesAreCheckedAgainstTheLog() throws {
        try withTemporaryDirectory { dir in
            let (log, p, _) = try Self.indexedSegment(dir)
            let logSize = try FileManager.default.attributesOfItem(atPath: log)[.size] as? Int ?? 0
            let index = try Self.writeIndex(dir, [(2, Int32(p[0])), (4, Int32(p[1])), (8, Int32(p[2])), (9, 99_999)])
            let run = F.run([index])
            #expect(
                run.outLines == [
                    "Dumping \(index)",
                    "offset: 2 position: 0",
                    "offset: 4 position: \(p[1])",
                    "offset: 8 position: \(p[2])",
                    "offset: 9 position: 99999",
                ])
            #expect(Array(run.errLines.prefix(2)) == ["Mismatches in :\(index)", "  Index offset: 4, log offset: 5"])
            #expect(
                run.summary.corruption == [
                    DumpLogProblem(
                        file: index, position: 8,
                        message: "entry 1 maps offset 4 to position \(p[1]), where the log's batch ends at offset 5"),
                    DumpLogProblem(
                        file: index, position: 24,
                        message:
                            "entry 3 maps offset 9 to position 99999: the position is past the end of the log (\(logSize) bytes)"
                    ),
                ])
            #expect(run.summary.exitCode == 3)

            let verify = F.run([index]) { $0.verifyIndexOnly = true }
            #expect(verify.outLines == ["Dumping \(index)"])
            #expect(verify.summary.corruption.count == 2)
        }
    }

    @Test func mismatchesPrintLastFirstAndZeroEntriesStopTheDump() throws {
        try withTemporaryDirectory { dir in
            let (_, p, _) = try Self.indexedSegment(dir)
            // Mismatches at entries 0 and 1, then the preallocated zeros a crash leaves.
            let path = dir + "/00000000000000000000.index"
            var bytes: [UInt8] = []
            for (offset, position) in [(1, p[0]), (4, p[1]), (0, 0), (0, 0)] {
                withUnsafeBytes(of: Int32(offset).bigEndian) { bytes.append(contentsOf: $0) }
                withUnsafeBytes(of: Int32(position).bigEndian) { bytes.append(contentsOf: $0) }
            }
            try writeFile(path, bytes)
            let run = F.run([path])
            #expect(run.outLines == ["Dumping \(path)", "offset: 1 position: 0", "offset: 4 position: \(p[1])"])
            #expect(
                Array(run.errLines.prefix(3)) == [
                    "Mismatches in :\(path)", "  Index offset: 4, log offset: 5", "  Index offset: 1, log offset: 2",
                ])
        }
    }

    @Test func emptyIndexAndSanityCheck() throws {
        try withTemporaryDirectory { dir in
            let (_, p, _) = try Self.indexedSegment(dir)
            let empty = dir + "/00000000000000000000.index"
            try writeFile(empty, [])
            #expect(F.run([empty]).outLines == ["Dumping \(empty)", "\(empty) is empty."])
            try FileManager.default.removeItem(atPath: empty)

            let index = try Self.writeIndex(dir, [(2, Int32(p[0])), (5, Int32(p[1]))])
            let sane = F.run([index]) { $0.indexSanityCheck = true }
            #expect(sane.outLines == ["Dumping \(index)", "\(index) passed sanity check."])
            #expect(sane.summary.exitCode == 0)

            // 12 bytes: not a whole number of 8-byte entries.
            try writeFile(index, try fileBytes(index) + [0, 0, 0, 9])
            let insane = F.run([index]) { $0.indexSanityCheck = true }
            #expect(insane.outLines == ["Dumping \(index)"])
            #expect(insane.summary.exitCode == 3)
            #expect(insane.summary.corruption.first?.message.hasPrefix("failed the sanity check: Index file") == true)
        }
    }

    @Test func indexWithoutItsLogIsPrintedUnchecked() throws {
        try withTemporaryDirectory { dir in
            let index = try Self.writeIndex(dir, [(2, 0)])
            let run = F.run([index])
            #expect(run.outLines == ["Dumping \(index)", "offset: 2 position: 0"])
            #expect(run.summary.failures.count == 1)
            #expect(run.summary.exitCode == 1)
        }
    }

    // MARK: Time index

    @Test func timeIndexEntriesAreCheckedAgainstTheLog() throws {
        try withTemporaryDirectory { dir in
            let (_, p, batches) = try Self.indexedSegment(dir)
            _ = try Self.writeIndex(dir, [(2, Int32(p[0])), (5, Int32(p[1])), (8, Int32(p[2]))])
            let path = dir + "/00000000000000000000.timeindex"
            let timeIndex = try TimeIndex(path: path, baseOffset: 0, maxIndexSize: 4096)
            try timeIndex.maybeAppend(timestamp: batches[0].maxTimestamp, offset: 2)
            try timeIndex.maybeAppend(timestamp: 150, offset: 5)  // the batch's largest is 102
            try timeIndex.maybeAppend(timestamp: 300, offset: 7)  // not the end of a batch
            try timeIndex.close()

            let run = F.run([path])
            #expect(
                run.outLines == [
                    "Dumping \(path)", "timestamp: 2 offset: 2", "timestamp: 150 offset: 5", "timestamp: 300 offset: 7",
                ])
            #expect(
                run.errLines.prefix(4) == [
                    "Found timestamp mismatch in :\(path)",
                    "  Index timestamp: 150, log timestamp: 102",
                    "The following indexed offsets are not found in the log.",
                    "Indexed offset: 7, found log offset: 8",
                ])
            #expect(run.summary.corruption.count == 2)

            let sane = F.run([path]) { $0.indexSanityCheck = true }
            #expect(sane.outLines == ["Dumping \(path)", "\(path) passed sanity check."])
        }
    }

    // MARK: Transaction index, snapshots, checkpoints

    @Test func transactionIndex() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/00000000000000000000.txnindex"
            let index = try TransactionIndex(startOffset: 0, path: path)
            try index.append(AbortedTxn(producerId: 7, firstOffset: 0, lastOffset: 10, lastStableOffset: 0))
            try index.append(AbortedTxn(producerId: 8, firstOffset: 4, lastOffset: 12, lastStableOffset: 4))
            try index.close()
            let run = F.run([path])
            #expect(
                run.outLines == [
                    "Dumping \(path)",
                    "version: 0 producerId: 7 firstOffset: 0 lastOffset: 10 lastStableOffset: 0",
                    "version: 0 producerId: 8 firstOffset: 4 lastOffset: 12 lastStableOffset: 4",
                ])
            try writeFile(path, try fileBytes(path) + [0, 0, 0])
            #expect(F.run([path]).summary.corruption.map(\.position) == [68])
        }
    }

    @Test func producerSnapshot() throws {
        var active = ProducerSnapshot.ProducerEntry()
        active.producerId = 1000
        active.epoch = 3
        active.lastSequence = 12
        active.lastOffset = 2
        active.offsetDelta = 2
        active.timestamp = 1001
        active.coordinatorEpoch = -1
        active.currentTxnFirstOffset = -1
        var transactional = ProducerSnapshot.ProducerEntry()
        transactional.producerId = 7
        transactional.epoch = 1
        transactional.lastSequence = 1
        transactional.lastOffset = -1
        transactional.timestamp = 101
        transactional.coordinatorEpoch = 4
        transactional.currentTxnFirstOffset = 0
        try withTemporaryDirectory { dir in
            let path = try F.write(dir, base: 3, suffix: ".snapshot", try F.producerSnapshot([active, transactional]))
            let run = F.run([path])
            #expect(
                run.outLines == [
                    "Dumping \(path)",
                    "producerId: 1000 producerEpoch: 3 coordinatorEpoch: -1 currentTxnFirstOffset: OptionalLong.empty "
                        + "lastTimestamp: 1001 firstSequence: 10 lastSequence: 12 lastOffset: 2 offsetDelta: 2 timestamp: 1001",
                    // No last batch: Kafka's line ends with the space after lastTimestamp.
                    "producerId: 7 producerEpoch: 1 coordinatorEpoch: 4 currentTxnFirstOffset: OptionalLong[0] lastTimestamp: 101 ",
                ])
            #expect(run.summary.exitCode == 0)

            var corrupt = try fileBytes(path)
            corrupt[corrupt.count - 1] ^= 1
            try writeFile(path, corrupt)
            let bad = F.run([path])
            #expect(bad.outLines == ["Dumping \(path)"])
            let stored =
                UInt32(corrupt[2]) << 24 | UInt32(corrupt[3]) << 16 | UInt32(corrupt[4]) << 8 | UInt32(corrupt[5])
            let computed = CRC32C.checksum(Array(corrupt[6...]))
            #expect(
                bad.errLines.first
                    == "Snapshot is corrupt (CRC is no longer valid). Stored crc: \(stored). Computed crc: \(computed)")
            #expect(bad.summary.exitCode == 3)

            try writeFile(path, try F.producerSnapshot([active], version: 2))
            #expect(F.run([path]).errLines.first == "Snapshot contained an unknown file version 2")
            try writeFile(path, [0, 1, 0, 0])
            #expect(F.run([path]).errLines.first?.hasPrefix("Snapshot failed schema validation: ") == true)
        }
    }

    @Test func leaderEpochCheckpoint() throws {
        try withTemporaryDirectory { dir in
            let file = LeaderEpochCheckpointFile(logDirectory: dir)
            try file.write(
                [EpochEntry(epoch: 0, startOffset: 0), EpochEntry(epoch: 3, startOffset: 1500)], sync: false)
            let run = F.run([file.path])
            #expect(run.outLines == ["Dumping \(file.path)", "epoch: 0 startOffset: 0", "epoch: 3 startOffset: 1500"])
            try writeFile(file.path, "0\n2\n0 0\n")
            #expect(F.run([file.path]).summary.exitCode == 3)
        }
    }

    // MARK: Several files, reports

    @Test func filesAreDumpedInOrderAndReportsComeLast() throws {
        try withTemporaryDirectory { dir in
            let (log, p, _) = try Self.indexedSegment(dir)
            let index = try Self.writeIndex(dir, [(2, Int32(p[0])), (4, Int32(p[1]))])
            let run = F.run([index, log])
            #expect(run.outLines.first == "Dumping \(index)")
            #expect(run.outLines.contains("Dumping \(log)"))
            #expect(run.errLines.first == "Mismatches in :\(index)")
            #expect(run.errLines.contains("Corruption found: 1 problem in 1 file:"))
        }
    }

    @Test func reportsNameFilesAsJavaDoes() {
        #expect(JavaFile.normalize("a//b/") == "a/b")
        #expect(JavaFile.normalize("/") == "/")
        #expect(JavaFile.absolutePath("x/../00.log", workingDirectory: "/data/") == "/data/x/../00.log")
        #expect(JavaFile.absolutePath("/abs//00.log", workingDirectory: "/data") == "/abs/00.log")
    }
}

/// Damaged and random files of every kind the tool reads: it must report, never trap, and every
/// line it prints must be one of Kafka's.
@Suite struct DumpLogRobustnessTests {
    typealias F = DumpLogFixtures

    static let kafkaLinePrefixes = [
        "Dumping ", "Log starting offset: ", "baseOffset: ", "| ", " payload: ", "Found ", "offset: ", "timestamp: ",
        "version: ", "producerId: ", "epoch: ", "Snapshot end offset: ",
    ]

    static func check(_ run: F.Run) {
        for line in run.outLines where !line.isEmpty {
            #expect(Self.kafkaLinePrefixes.contains { line.hasPrefix($0) } || line.hasSuffix(" is empty."), "\(line)")
        }
        #expect(run.summary.exitCode != 2)
    }

    @Test func mutatedSegmentsAreReportedNotFatal() throws {
        var batches: [RecordBatch] = []
        var base: Int64 = 0
        for codec in [CompressionType.none, .gzip, .snappy, .lz4, .zstd] {
            let records = (0..<8).map { F.Rec(Int64($0), "key\($0)", "value \($0)", headers: [("h", "\($0)")]) }
            batches.append(try F.batch(base: base, records, compression: codec))
            base += 8
        }
        let pristine = F.bytes(batches)
        var random = TestRandom(seed: 7)
        try withTemporaryDirectory { dir in
            for round in 0..<60 {
                var bytes = pristine
                for _ in 0..<(1 + Int(random.next() % 4)) {
                    let at = Int(random.next() % UInt64(bytes.count))
                    bytes[at] ^= UInt8(truncatingIfNeeded: random.next() | 1)
                }
                if round % 5 == 0 { bytes.removeLast(Int(random.next() % 200)) }
                let path = try F.write(dir, base: 0, suffix: ".log", bytes)
                let parsers: [DumpLogRecordParser] = [
                    .decoders(key: .string, value: .string), .decoders(key: .integer, value: .long), .offsets,
                    .transactionLog, .clusterMetadata,
                ]
                let run = F.run([path]) {
                    $0.printDataLog = true
                    $0.parser = parsers[round % parsers.count]
                }
                Self.check(run)
                let json = F.run([path]) {
                    $0.format = .json
                    $0.printDataLog = true
                }
                for line in json.outLines {
                    #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil, "\(line)")
                }
            }
        }
    }

    @Test func randomBytesUnderEveryName() throws {
        var random = TestRandom(seed: 11)
        let names = [
            "00000000000000000000.log", "00000000000000000000.index", "00000000000000000000.timeindex",
            "00000000000000000000.txnindex", "00000000000000000000.snapshot", "leader-epoch-checkpoint",
            "00000000000000000100-0000000001.checkpoint",
        ]
        try withTemporaryDirectory { dir in
            for round in 0..<20 {
                let count = Int(random.next() % 600)
                for name in names {
                    let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }
                    try writeFile(dir + "/" + name, bytes)
                }
                let files = names.map { dir + "/" + $0 }
                Self.check(F.run(files) { $0.printDataLog = true })
                Self.check(
                    F.run(files) {
                        $0.verifyIndexOnly = round % 2 == 0; $0.indexSanityCheck = round % 3 == 0
                    })
            }
        }
    }
}
