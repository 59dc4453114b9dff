import NIOCore
import Testing

@testable import KafkaEngine

@Suite struct RecordBatchBuilderTests {
    typealias Support = RecordTestSupport

    @Test func roundTripsEveryHeaderField() throws {
        var builder = RecordBatchBuilder(
            baseOffset: 9_876_543_210, producerId: 123_456_789, producerEpoch: 17, baseSequence: 1_000,
            isTransactional: true, partitionLeaderEpoch: 42)
        try builder.append(timestamp: 5_000, key: Support.buffer("a"), value: Support.buffer("1"))
        try builder.append(timestamp: 4_000, key: nil, value: nil, headers: [RecordHeader(key: "h", value: nil)])
        try builder.append(offsetDelta: 7, timestamp: 6_000, key: Support.buffer(""), value: Support.buffer("x"))
        #expect(builder.recordsCount == 3)
        #expect(builder.nextOffsetDelta == 8)
        let built = try #require(try builder.build())
        #expect(built.isChecksumValid)
        #expect(built.baseOffset == 9_876_543_210)
        #expect(built.partitionLeaderEpoch == 42)
        #expect(built.magic == 2)
        #expect(built.compressionType == CompressionType.none)
        #expect(built.timestampType == .createTime)
        #expect(built.isTransactional)
        #expect(!built.isControlBatch)
        // Offset deltas need not be consecutive for the builder, but lastOffsetDelta + 1 is then
        // larger than the count: validate() is the produce path's rule, not the builder's.
        #expect(built.lastOffsetDelta == 7)
        #expect(built.baseTimestamp == 5_000)
        #expect(built.maxTimestamp == 6_000)
        #expect(built.producerId == 123_456_789)
        #expect(built.producerEpoch == 17)
        #expect(built.baseSequence == 1_000)
        #expect(built.lastSequence == 1_007)
        #expect(built.recordsCount == 3)

        let records = try built.records(maxDecompressedBytes: 0)
        #expect(records.map(\.offset) == [9_876_543_210, 9_876_543_211, 9_876_543_217])
        #expect(records.map(\.timestamp) == [5_000, 4_000, 6_000])
        #expect(records.map(\.timestampDelta) == [0, -1_000, 1_000])
        #expect(records.map(\.sequence) == [1_000, 1_001, 1_007])
        #expect(records[0].key == Support.buffer("a"))
        #expect(records[1].key == nil && records[1].value == nil)
        #expect(records[1].headers == [RecordHeader(key: "h", value: nil)])
        #expect(records[2].key == ByteBuffer())
    }

    /// Validation needs consecutive offsets; these batches are what a producer writes.
    @Test func producerStyleBatchValidates() throws {
        let batch = try Support.builtBatch(count: 50, valueSize: 100)
        try batch.validate()
        #expect(batch.lastOffsetDelta == 49)
        #expect(batch.sizeInBytes == 61 + (try batch.records(maxDecompressedBytes: 0).reduce(0) { $0 + $1.sizeInBytes }))
    }

    @Test func sizeFunctionsMatchTheBytesWritten() throws {
        var builder = RecordBatchBuilder()
        let value = ByteBuffer(repeating: 7, count: 300)
        let headers = [RecordHeader(key: "ключ", value: ByteBuffer(repeating: 1, count: 70)), RecordHeader(key: "", value: nil)]
        try builder.append(timestamp: 100, key: Support.buffer("k"), value: value, headers: headers)
        try builder.append(timestamp: 100_000_000, key: nil, value: value, headers: [])
        let first = Record.sizeInBytes(offsetDelta: 0, timestampDelta: 0, key: Support.buffer("k"), value: value, headers: headers)
        let second = Record.sizeInBytes(offsetDelta: 1, timestampDelta: 99_999_900, key: nil, value: value, headers: [])
        #expect(builder.uncompressedSizeInBytes == 61 + first + second)
        let records = try #require(try builder.build()).records(maxDecompressedBytes: 0)
        #expect(records.map(\.sizeInBytes) == [first, second])
        #expect(records[0].headers == headers)
    }

    @Test func logAppendTimeBatch() throws {
        var builder = RecordBatchBuilder(timestampType: .logAppendTime, logAppendTime: 77_777)
        try builder.append(timestamp: 10, key: nil, value: Support.buffer("a"))
        try builder.append(timestamp: 20, key: nil, value: Support.buffer("b"))
        let batch = try #require(try builder.build())
        try batch.validate()
        #expect(batch.timestampType == .logAppendTime)
        #expect(batch.baseTimestamp == 10)
        #expect(batch.maxTimestamp == 77_777)
        let records = try batch.records(maxDecompressedBytes: 0)
        #expect(records.map(\.timestamp) == [77_777, 77_777])
        #expect(records.map(\.timestampDelta) == [0, 10])
    }

    @Test func deleteHorizonIsTheBaseTimestamp() throws {
        var builder = RecordBatchBuilder(deleteHorizonMs: 50_000)
        try builder.append(timestamp: 40_000, key: Support.buffer("k"), value: nil)
        try builder.append(timestamp: 60_000, key: Support.buffer("k"), value: Support.buffer("v"))
        let batch = try #require(try builder.build())
        try batch.validate()
        #expect(batch.hasDeleteHorizonMs)
        #expect(batch.attributes.rawValue == 0x40)
        #expect(batch.deleteHorizonMs == 50_000)
        #expect(batch.baseTimestamp == 50_000)
        #expect(batch.maxTimestamp == 60_000)
        let records = try batch.records(maxDecompressedBytes: 0)
        #expect(records.map(\.timestampDelta) == [-10_000, 10_000])
        #expect(records.map(\.timestamp) == [40_000, 60_000])
    }

    @Test func noTimestampRecords() throws {
        var builder = RecordBatchBuilder()
        try builder.append(timestamp: -1, key: nil, value: Support.buffer("old client"))
        let batch = try #require(try builder.build())
        #expect(batch.baseTimestamp == -1)
        #expect(batch.maxTimestamp == -1)
        #expect(try batch.records(maxDecompressedBytes: 0).first?.timestamp == -1)
    }

    @Test func sequencesWrapPastInt32Max() throws {
        var builder = RecordBatchBuilder(producerId: 1, producerEpoch: 0, baseSequence: Int32.max - 1)
        for i in 0..<3 { try builder.append(timestamp: 1, key: nil, value: Support.buffer("\(i)")) }
        let batch = try #require(try builder.build())
        #expect(batch.lastSequence == 0)
        #expect(try batch.records(maxDecompressedBytes: 0).map(\.sequence) == [Int32.max - 1, Int32.max, 0])
        #expect(RecordBatch.incrementSequence(Int32.max, by: 1) == 0)
        #expect(RecordBatch.decrementSequence(0, by: 1) == Int32.max)
        #expect(RecordBatch.decrementSequence(10, by: 3) == 7)
    }

    @Test func emptyBuilderBuildsNothing() throws {
        var builder = RecordBatchBuilder()
        #expect(try builder.build() == nil)
        #expect(throws: RecordBatchBuilderError.closed) { try builder.build() }
    }

    @Test func builtBuilderIsClosed() throws {
        var builder = RecordBatchBuilder()
        try builder.append(timestamp: 1, key: nil, value: nil)
        _ = try builder.build()
        #expect(throws: RecordBatchBuilderError.closed) {
            try builder.append(timestamp: 1, key: nil, value: nil)
        }
    }

    @Test func rejectsWhatKafkaRejects() throws {
        var builder = RecordBatchBuilder()
        try builder.append(offsetDelta: 3, timestamp: 1, key: nil, value: nil)
        #expect(throws: RecordBatchBuilderError.self) { try builder.append(offsetDelta: 3, timestamp: 1, key: nil, value: nil) }
        #expect(throws: RecordBatchBuilderError.self) { try builder.append(offsetDelta: 2, timestamp: 1, key: nil, value: nil) }
        #expect(throws: RecordBatchBuilderError.self) { try builder.append(offsetDelta: 4, timestamp: -2, key: nil, value: nil) }
        #expect(throws: RecordBatchBuilderError.self) {
            try builder.appendControlRecord(timestamp: 1, type: .commit, value: nil)
        }

        var fresh = RecordBatchBuilder()
        #expect(throws: RecordBatchBuilderError.self) { try fresh.append(offsetDelta: -1, timestamp: 1, key: nil, value: nil) }

        var control = RecordBatchBuilder(producerId: 1, producerEpoch: 1, isTransactional: true, isControlBatch: true)
        #expect(throws: RecordBatchBuilderError.self) { try control.append(timestamp: 1, key: nil, value: nil) }

        var nonTransactional = RecordBatchBuilder(producerId: 1, producerEpoch: 1, isControlBatch: true)
        #expect(throws: RecordBatchBuilderError.self) {
            try nonTransactional.appendEndTransactionMarker(timestamp: 1, EndTransactionMarker(.commit, coordinatorEpoch: 0))
        }
        var noProducer = RecordBatchBuilder(isTransactional: true, isControlBatch: true)
        #expect(throws: RecordBatchBuilderError.self) {
            try noProducer.appendEndTransactionMarker(timestamp: 1, EndTransactionMarker(.commit, coordinatorEpoch: 0))
        }
    }

    @Test(arguments: [
        (Int64(-1), Int16(-1), Int32(-1), true, "Cannot write transactional messages without a valid producer ID"),
        (5, -1, 0, false, "Invalid negative producer epoch"),
        (5, 0, -1, false, "Invalid negative sequence number used"),
    ])
    func producerStateIsChecked(_ producerId: Int64, _ epoch: Int16, _ sequence: Int32, _ transactional: Bool, _ message: String) throws {
        var builder = RecordBatchBuilder(
            producerId: producerId, producerEpoch: epoch, baseSequence: sequence, isTransactional: transactional)
        try builder.append(timestamp: 1, key: nil, value: nil)
        #expect(throws: RecordBatchBuilderError.invalidArgument(message)) { try builder.build() }
    }

    @Test func endTransactionMarkerBatchLayout() throws {
        let batch = try RecordBatchBuilder.endTransactionMarkerBatch(
            baseOffset: 100, timestamp: 1_234, partitionLeaderEpoch: 3, producerId: 8, producerEpoch: 2,
            marker: EndTransactionMarker(.abort, coordinatorEpoch: 9))
        try batch.validate()
        #expect(batch.isControlBatch && batch.isTransactional)
        #expect(batch.attributes.rawValue == 0x30)
        #expect(batch.baseSequence == -1 && batch.lastSequence == -1)
        #expect(batch.sizeInBytes == 61 + 17)
        let record = try #require(try batch.records(maxDecompressedBytes: 0).first)
        #expect(Support.hex(record.key) == "00000000")
        #expect(Support.hex(record.value) == "000000000009")
        #expect(try EndTransactionMarker(record: record) == EndTransactionMarker(.abort, coordinatorEpoch: 9))
    }

    @Test func controlRecordsOfOtherTypes() throws {
        var builder = RecordBatchBuilder(isControlBatch: true, partitionLeaderEpoch: 4)
        try builder.appendControlRecord(timestamp: 10, type: .leaderChange, value: Support.buffer("payload"))
        try builder.appendControlRecord(timestamp: 11, type: .snapshotFooter, value: nil)
        let batch = try #require(try builder.build())
        try batch.validate()
        let keys = try batch.records(maxDecompressedBytes: 0).map { record throws(RecordBatchError) in
            try ControlRecordKey(parsing: record.key).type
        }
        #expect(keys == [.leaderChange, .snapshotFooter])
    }

    // MARK: Compression through a stand-in codec (the real codecs land separately)

    @Test func compressedBatchCarriesTheCodecOutput() throws {
        var builder = RecordBatchBuilder(compression: .zstd, producerId: 3, producerEpoch: 0, baseSequence: 0)
        var plain = RecordBatchBuilder(producerId: 3, producerEpoch: 0, baseSequence: 0)
        for i in 0..<10 {
            try builder.append(timestamp: 100 + Int64(i), key: Support.buffer("k\(i)"), value: Support.buffer("value \(i)"))
            try plain.append(timestamp: 100 + Int64(i), key: Support.buffer("k\(i)"), value: Support.buffer("value \(i)"))
        }
        let batch = try #require(try builder.build(compress: Support.FakeCodec.compress))
        let uncompressed = try #require(try plain.build())
        try batch.validate()
        #expect(batch.compressionType == .zstd)
        #expect(batch.attributes.rawValue == 4)
        #expect(batch.recordsCount == 10 && batch.lastOffsetDelta == 9)
        #expect(batch.maxTimestamp == 109)
        var expectedSection = ByteBuffer()
        try Support.FakeCodec.compress(.zstd, uncompressed.recordsSection, &expectedSection)
        #expect(batch.recordsSection == expectedSection)

        let records = try batch.makeRecordIterator(maxDecompressedBytes: 1 << 16, decompress: Support.FakeCodec.decompress)
        var iterator = records
        var read: [Record] = []
        while let record = try iterator.next() { read.append(record) }
        #expect(read == (try uncompressed.records(maxDecompressedBytes: 0)))
    }

    @Test func compressionFailureIsReported() throws {
        var builder = RecordBatchBuilder(compression: .gzip)
        try builder.append(timestamp: 1, key: nil, value: Support.buffer("x"))
        #expect(throws: RecordBatchBuilderError.compression(.failed(.gzip, "boom"))) {
            try builder.build { (codec, _, _) throws(CompressionError) in throw .failed(codec, "boom") }
        }
    }
}
