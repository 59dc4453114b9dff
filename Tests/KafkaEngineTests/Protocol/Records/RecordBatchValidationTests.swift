import NIOCore
import Testing

@testable import KafkaEngine

@Suite struct RecordBatchValidationTests {
    typealias Support = RecordTestSupport

    static let flipTargets = ["none-basic", "none-idempotent", "control-commit", "gzip"]

    /// Every single-bit flip in the CRC-covered bytes (and in the CRC itself) is caught by the CRC.
    @Test(arguments: flipTargets)
    func everyBitFlipInCoveredBytesIsCaught(_ name: String) throws {
        let original = try Support.fixtureBytes(name)
        for index in RecordBatch.Field.crc..<original.readableBytes {
            for bit in 0..<8 {
                var bytes = original
                let byte = try #require(bytes.getInteger(at: index, as: UInt8.self))
                bytes.setInteger(byte ^ (1 << bit), at: index)
                let batch = try RecordBatch(bytes)
                do {
                    try batch.validate()
                    Issue.record("flip of bit \(bit) at byte \(index) went unnoticed")
                } catch {
                    guard case .checksumMismatch = error else {
                        Issue.record("flip at \(index): \(error)")
                        continue
                    }
                    #expect(error.code == .corruptMessage)
                }
            }
        }
    }

    /// baseOffset and partitionLeaderEpoch are outside the CRC on purpose (the broker assigns them).
    @Test func fieldsOutsideTheChecksumMayChange() throws {
        var bytes = try Support.fixtureBytes("none-basic")
        bytes.setInteger(Int64(123), at: RecordBatch.Field.baseOffset)
        bytes.setInteger(Int32(9), at: RecordBatch.Field.partitionLeaderEpoch)
        try RecordBatch.validated(bytes)
    }

    @Test(arguments: flipTargets)
    func flipsInFramingFieldsAreCaught(_ name: String) throws {
        let original = try Support.fixtureBytes(name)
        for index in RecordBatch.Field.batchLength..<RecordBatch.Field.partitionLeaderEpoch {
            for bit in 0..<8 {
                var bytes = original
                let byte = try #require(bytes.getInteger(at: index, as: UInt8.self))
                bytes.setInteger(byte ^ (1 << bit), at: index)
                #expect(throws: RecordBatchError.self) { try RecordBatch(bytes) }
            }
        }
        for bit in 0..<8 {
            var bytes = original
            bytes.setInteger(Int8(2) ^ Int8(bitPattern: 1 << bit), at: RecordBatch.Field.magic)
            #expect(throws: RecordBatchError.self) { try RecordBatch(bytes) }
        }
    }

    /// Every prefix of a batch is refused by framing, and the iterator reports it as partial.
    @Test(arguments: ["none-basic", "none-many", "snappy"])
    func truncationAtEveryByteIsCaught(_ name: String) throws {
        let original = try Support.fixtureBytes(name)
        for length in 0..<original.readableBytes {
            let prefix = try #require(original.getSlice(at: 0, length: length))
            #expect(throws: RecordBatchError.self) { try RecordBatch(prefix) }
            var iterator = RecordBatchIterator(prefix)
            #expect(iterator.next() == nil)
            switch iterator.stop {
            case .end: #expect(length == 0)
            case .partialBatch(let left, let needed):
                #expect(left == length)
                #expect(needed > length)
            default: Issue.record("prefix of \(length): \(String(describing: iterator.stop))")
            }
        }
    }

    /// A batch cut short whose batchLength and CRC were made to match the cut: only the record
    /// walk can tell, and it does at every cut inside the records section.
    @Test(arguments: ["none-basic", "none-many", "none-transactional"])
    func batchLengthLyingAboutTheRecordsIsCaught(_ name: String) throws {
        let original = try Support.fixtureBytes(name)
        // Every cut for small batches; a sample of the large one keeps the test quick.
        let step = original.readableBytes > 2_000 ? 7 : 1
        for length in stride(from: RecordBatch.headerSize, to: original.readableBytes, by: step) {
            var bytes = try #require(original.getSlice(at: 0, length: length))
            bytes.setInteger(Int32(length - 12), at: RecordBatch.Field.batchLength)
            Support.fixChecksum(&bytes)
            let batch = try RecordBatch(bytes)
            #expect(throws: RecordBatchError.self) { try batch.validate() }
            #expect(throws: RecordBatchError.self) { try batch.records(maxDecompressedBytes: 0) }
        }
    }

    /// Trailing bytes after the last record, batchLength and CRC agreeing.
    @Test func trailingBytesInsideTheBatchAreCaught() throws {
        var bytes = try Support.fixtureBytes("none-basic")
        bytes.writeBytes([0, 0, 0])
        bytes.setInteger(Int32(bytes.readableBytes - 12), at: RecordBatch.Field.batchLength)
        Support.fixChecksum(&bytes)
        let batch = try RecordBatch(bytes)
        #expect(throws: RecordBatchError.recordsRemaining(bytes: 3)) { try batch.validate() }
        #expect(throws: RecordBatchError.recordsRemaining(bytes: 3)) { try batch.records(maxDecompressedBytes: 0) }
    }

    @Test func batchLengthDisagreeingWithTheBytes() throws {
        var longer = try Support.fixtureBytes("none-basic")
        longer.setInteger(Int32(longer.readableBytes), at: RecordBatch.Field.batchLength)
        #expect(throws: RecordBatchError.batchLengthMismatch(declaredSize: 183, availableBytes: 171)) {
            try RecordBatch(longer)
        }
        #expect(RecordBatchError.batchLengthMismatch(declaredSize: 183, availableBytes: 171).code == .invalidRecord)

        var tiny = try Support.fixtureBytes("none-basic")
        tiny.setInteger(Int32(20), at: RecordBatch.Field.batchLength)
        #expect(throws: RecordBatchError.batchLengthMismatch(declaredSize: 32, availableBytes: 171)) {
            try RecordBatch(tiny)
        }

        var negative = try Support.fixtureBytes("none-basic")
        negative.setInteger(Int32.min, at: RecordBatch.Field.batchLength)
        #expect(throws: RecordBatchError.self) { try RecordBatch(negative) }

        // A header-only batch whose bytes agree with a batchLength below the v2 overhead.
        var short = try #require(try Support.fixtureBytes("none-basic").getSlice(at: 0, length: 40))
        short.setInteger(Int32(28), at: RecordBatch.Field.batchLength)
        #expect(throws: RecordBatchError.batchTooSmall(sizeInBytes: 40)) { try RecordBatch(short) }
    }

    @Test(arguments: [
        // (recordsCount, lastOffsetDelta, expected error)
        (Int32(5), Int32(3), RecordBatchError.inconsistentOffsetRange(baseOffset: 0, lastOffset: 3, recordsCount: 5)),
        (3, 3, .inconsistentOffsetRange(baseOffset: 0, lastOffset: 3, recordsCount: 3)),
        (0, 3, .invalidRecordCount(0)),
        (-1, 3, .invalidRecordCount(-1)),
        (Int32.max, 3, .inconsistentOffsetRange(baseOffset: 0, lastOffset: 3, recordsCount: Int32.max)),
        (4, -1, .invalidOffsetRange(baseOffset: 0, lastOffset: -1)),
        (4, Int32.min, .invalidOffsetRange(baseOffset: 0, lastOffset: Int64(Int32.min))),
        // Agreeing with each other but not with the records: the walk notices.
        (5, 4, .prematureEndOfRecords),
        (3, 2, .recordsRemaining(bytes: 27)),
    ])
    func countsLyingAboutTheRecordsAreCaught(_ count: Int32, _ lastOffsetDelta: Int32, _ expected: RecordBatchError) throws {
        var bytes = try Support.fixtureBytes("none-basic")
        bytes.setInteger(count, at: RecordBatch.Field.recordsCount)
        bytes.setInteger(lastOffsetDelta, at: RecordBatch.Field.lastOffsetDelta)
        Support.fixChecksum(&bytes)
        let batch = try RecordBatch(bytes)
        #expect(throws: expected) { try batch.validate() }
        #expect(expected.code == .invalidRecord)
    }

    @Test(arguments: [Int8(0), 1, 3, -1, 127])
    func otherMagicValuesAreRefused(_ magic: Int8) throws {
        var bytes = try Support.fixtureBytes("none-basic")
        bytes.setInteger(magic, at: RecordBatch.Field.magic)
        #expect(throws: RecordBatchError.unsupportedMagic(magic)) { try RecordBatch(bytes) }
        #expect(RecordBatchError.unsupportedMagic(magic).code == (magic == 0 || magic == 1 ? .invalidRecord : .corruptMessage))
        var iterator = RecordBatchIterator(bytes)
        #expect(iterator.next() == nil)
        #expect(iterator.stop == .unsupportedMagic(magic, bytesLeft: bytes.readableBytes))
    }

    @Test func unknownCodecIsRefused() throws {
        var bytes = try Support.fixtureBytes("none-basic")
        bytes.setInteger(Int16(6), at: RecordBatch.Field.attributes)
        Support.fixChecksum(&bytes)
        let batch = try RecordBatch(bytes)
        #expect(batch.compressionType == nil)
        #expect(throws: RecordBatchError.unknownCompressionCodec(6)) { try batch.validate() }
        #expect(throws: RecordBatchError.unknownCompressionCodec(6)) { try batch.records(maxDecompressedBytes: 100) }
    }

    /// The produce path must not decompress: a compressed section that is not even valid codec
    /// output passes validate() when the header is consistent, and fails only when read.
    @Test func validationNeverLooksInsideACompressedSection() throws {
        var garbage = ByteBuffer()
        garbage.writeBytes((0..<100).map { UInt8($0) })
        let bytes = Support.rawBatch(records: garbage, count: 3, attributes: Int16(CompressionType.lz4.rawValue))
        let batch = try RecordBatch.validated(bytes)
        #expect(throws: RecordBatchError.decompression(.corrupt(.lz4, "missing fake tag"))) {
            var iterator = try batch.makeRecordIterator(maxDecompressedBytes: 1 << 20, decompress: Support.FakeCodec.decompress)
            _ = try iterator.next()
        }
    }

    @Test func decompressionLimitIsPassedToTheCodec() throws {
        let batch = try Support.builtBatch(count: 20, valueSize: 100, compression: .snappy)
        let size = batch.sizeInBytes
        #expect(throws: RecordBatchError.decompression(.outputTooLarge(limit: 100))) {
            try batch.makeRecordIterator(maxDecompressedBytes: 100, decompress: Support.FakeCodec.decompress)
        }
        var iterator = try batch.makeRecordIterator(maxDecompressedBytes: size, decompress: Support.FakeCodec.decompress)
        var count = 0
        while try iterator.next() != nil { count += 1 }
        #expect(count == 20)
        #expect(RecordBatchError.decompression(.outputTooLarge(limit: 100)).code == .corruptMessage)
    }

    @Test func messagesAreKafkas() {
        #expect(
            RecordBatchError.checksumMismatch(stored: 1, computed: 2).description
                == "Record is corrupt (stored crc = 1, computed crc = 2)")
        #expect(
            RecordBatchError.batchTooSmall(sizeInBytes: 40).description
                == "Record batch is corrupt (the size 40 is smaller than the minimum allowed overhead 61)")
        #expect(
            RecordBatchError.inconsistentOffsetRange(baseOffset: 0, lastOffset: 3, recordsCount: 5).description
                == "Inconsistent batch offset range [0, 3] and count of records 5")
        #expect(RecordBatchError.prematureEndOfRecords.description == "Incorrect declared batch size, premature EOF reached")
    }

    // MARK: Random input

    /// Random bytes, and random edits of real batches with the CRC fixed up afterwards (so the
    /// record decoder is reached), never trap: each either decodes or throws.
    @Test func randomBytesNeverTrap() throws {
        var generator = SeededGenerator(seed: 0x5EED_BA7C)
        let seeds = try ["none-basic", "none-many", "control-commit", "none-transactional"].map(Support.fixtureBytes)
            + [try Support.builtBatch(count: 8, compression: .gzip).buffer]
        for round in 0..<3_000 {
            var bytes: ByteBuffer
            if round % 3 == 0 {
                let length = Int.random(in: 0..<300, using: &generator)
                bytes = ByteBuffer(bytes: (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) })
                if length >= 17 && Bool.random(using: &generator) {
                    // Make it framable so validation and decoding are reached.
                    bytes.setInteger(Int32(length - 12), at: RecordBatch.Field.batchLength)
                    bytes.setInteger(Int8(2), at: RecordBatch.Field.magic)
                }
            } else {
                bytes = seeds[Int.random(in: 0..<seeds.count, using: &generator)]
                for _ in 0..<Int.random(in: 1...4, using: &generator) {
                    let index = Int.random(in: RecordBatch.Field.attributes..<bytes.readableBytes, using: &generator)
                    bytes.setInteger(UInt8.random(in: 0...255, using: &generator), at: index)
                }
                Support.fixChecksum(&bytes)
            }
            exercise(bytes)
        }
    }

    func exercise(_ bytes: ByteBuffer) {
        var iterator = RecordBatchIterator(bytes)
        while let batch = iterator.next() {
            _ = batch.description
            _ = batch.lastSequence
            try? batch.validate()
            if var records = try? batch.makeRecordIterator(maxDecompressedBytes: 1 << 16, decompress: Support.FakeCodec.decompress) {
                while let record = try? records.next() {
                    _ = try? EndTransactionMarker(record: record)
                }
            }
        }
        #expect(iterator.stop != nil)
        if let batch = try? RecordBatch(bytes) {
            try? batch.validate()
            _ = try? batch.records(maxDecompressedBytes: 1 << 16)
        }
    }
}
