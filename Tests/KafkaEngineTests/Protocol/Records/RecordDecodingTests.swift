import NIOCore
import Testing

@testable import KafkaEngine

@Suite struct RecordDecodingTests {
    typealias Support = RecordTestSupport

    func decode(_ records: [ByteBuffer], count: Int32? = nil) throws(RecordBatchError) -> [Record] {
        var section = ByteBuffer()
        for record in records { section.writeImmutableBuffer(record) }
        let bytes = Support.rawBatch(records: section, count: count ?? Int32(records.count))
        let batch = try RecordBatch(bytes)
        return try batch.records(maxDecompressedBytes: 0)
    }

    func expectInvalid(_ record: ByteBuffer, _ fragment: String, sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            _ = try decode([record])
            Issue.record("decoded a malformed record", sourceLocation: sourceLocation)
        } catch {
            guard case .invalidRecord(let message) = error else {
                Issue.record("unexpected \(error)", sourceLocation: sourceLocation)
                return
            }
            #expect(message.contains(fragment), "\(message)", sourceLocation: sourceLocation)
            #expect(error.code == .invalidRecord, sourceLocation: sourceLocation)
        }
    }

    @Test func wellFormedRawRecordDecodes() throws {
        let records = try decode([
            Support.rawRecord(
                attributes: 0, timestampDelta: -5, offsetDelta: 0, key: nil, value: [1, 2, 3],
                headers: [(nil, Array("a".utf8), nil, nil), (nil, [], nil, [])])
        ])
        #expect(records.count == 1)
        #expect(records[0].key == nil)
        #expect(records[0].value == ByteBuffer(bytes: [1, 2, 3]))
        #expect(records[0].timestamp == 995)
        #expect(records[0].headers == [RecordHeader(key: "a", value: nil), RecordHeader(key: "", value: ByteBuffer())])
    }

    @Test func keysAndValuesAreSlicesOfTheBatch() throws {
        let batch = try RecordBatch(try Support.fixtureBytes("none-basic"))
        let record = try #require(try batch.records(maxDecompressedBytes: 0).first)
        let key = try #require(record.key)
        // Same storage: the slice reads the batch's bytes, no copy was made.
        key.withUnsafeReadableBytes { keyBytes in
            batch.buffer.withUnsafeReadableBytes { batchBytes in
                let inside = keyBytes.baseAddress! >= batchBytes.baseAddress!
                    && keyBytes.baseAddress! + keyBytes.count <= batchBytes.baseAddress! + batchBytes.count
                #expect(inside)
            }
        }
    }

    @Test func negativeLengthsOtherThanNullAreRejected() {
        expectInvalid(Support.rawRecord(keyLength: -2, key: nil), "Invalid negative key size -2")
        expectInvalid(Support.rawRecord(valueLength: -7, value: nil), "Invalid negative value size -7")
        expectInvalid(
            Support.rawRecord(headers: [(nil, Array("h".utf8), -3, nil)]), "Invalid negative header value size -3")
        expectInvalid(Support.rawRecord(headers: [(-1, [], nil, nil)]), "Invalid negative header key size -1")
        expectInvalid(Support.rawRecord(headerCount: -1), "Found invalid number of record headers -1")
    }

    @Test func lengthsBeyondTheBytesAreRejected() {
        expectInvalid(Support.rawRecord(keyLength: 50), "key of 50 bytes")
        expectInvalid(Support.rawRecord(valueLength: 1_000_000), "value of 1000000 bytes")
        expectInvalid(Support.rawRecord(headers: [(40, Array("h".utf8), nil, nil)]), "header key of 40 bytes")
        expectInvalid(Support.rawRecord(headers: [(nil, Array("h".utf8), 9, [1])]), "header value of 9 bytes")
        expectInvalid(Support.rawRecord(headerCount: 1_000), "1000 is larger than the remaining size")
        expectInvalid(Support.rawRecord(headerCount: 2, headers: [(nil, Array("h".utf8), nil, nil)]), "header key size")
    }

    @Test func recordLengthDisagreeingWithItsFields() {
        // Declared body longer than its fields: the record ends with unread bytes.
        var longer = Support.rawRecord(bodyLength: 9)
        longer.writeBytes([0, 0])
        expectInvalid(longer, "expected to read 9 bytes in record payload, but instead read 8")
        // Declared body shorter than its fields: a field runs past it.
        expectInvalid(Support.rawRecord(bodyLength: 5), "Found invalid record structure")
        // Declared body longer than the section.
        expectInvalid(Support.rawRecord(bodyLength: 60), "expected 60 bytes in record payload, but instead the buffer has only 8")
        expectInvalid(Support.rawRecord(bodyLength: -4), "negative length -4")
    }

    @Test func overlongVarintsAreRejected() {
        var record = ByteBuffer()
        record.writeBytes([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01])
        expectInvalid(record, "record length")

        var body = ByteBuffer()
        body.writeInteger(Int8(0))
        body.writeBytes([UInt8](repeating: 0xFF, count: 10) + [0x01])  // 11-byte varlong
        body.writeBytes([0, 1, 1, 0])
        var withBody = ByteBuffer()
        withBody.writeVarint(Int32(body.readableBytes))
        withBody.writeBuffer(&body)
        expectInvalid(withBody, "timestamp delta")
    }

    @Test func countMismatchesAreRejected() throws {
        let one = Support.rawRecord()
        #expect(throws: RecordBatchError.prematureEndOfRecords) { try decode([one], count: 2) }
        #expect(throws: RecordBatchError.recordsRemaining(bytes: one.readableBytes)) { try decode([one, one], count: 1) }
        #expect(throws: RecordBatchError.recordsRemaining(bytes: one.readableBytes)) { try decode([one], count: 0) }
        #expect(throws: RecordBatchError.self) { try decode([one], count: -1) }
        #expect(try decode([], count: 0).isEmpty)
    }

    @Test func iteratorStopsAfterAnError() throws {
        var section = Support.rawRecord()
        section.writeImmutableBuffer(Support.rawRecord(keyLength: -9, key: nil))
        section.writeImmutableBuffer(Support.rawRecord())
        let batch = try RecordBatch(Support.rawBatch(records: section, count: 3))
        var iterator = try batch.makeRecordIterator(maxDecompressedBytes: 0)
        #expect(try iterator.next() != nil)
        #expect(throws: RecordBatchError.self) { try iterator.next() }
        #expect(try iterator.next() == nil)
    }

    @Test func invalidUTF8HeaderKeysAreRepairedNotFatal() throws {
        let records = try decode([Support.rawRecord(headers: [(nil, [0x66, 0xFF, 0x6F], nil, nil)])])
        #expect(records.first?.headers.first?.key == "f\u{FFFD}o")
    }
}

@Suite struct RecordBatchUpdateTests {
    typealias Support = RecordTestSupport

    @Test func setBaseOffsetKeepsTheChecksumAndDelta() throws {
        var batch = try Support.builtBatch(count: 4)
        batch.setBaseOffset(1 << 40)
        try batch.validate()
        #expect(batch.baseOffset == 1 << 40)
        #expect(batch.lastOffset == (1 << 40) + 3)
        #expect(try batch.records(maxDecompressedBytes: 0).map(\.offset) == (0..<4).map { (1 << 40) + $0 })
        batch.setLastOffset(100)
        #expect(batch.baseOffset == 97)
    }

    @Test func setPartitionLeaderEpochKeepsTheChecksum() throws {
        var batch = try Support.builtBatch()
        let crc = batch.crc
        batch.setPartitionLeaderEpoch(12)
        try batch.validate()
        #expect(batch.partitionLeaderEpoch == 12)
        #expect(batch.crc == crc)
    }

    @Test func setMaxTimestampRewritesTheChecksum() throws {
        var builder = RecordBatchBuilder(
            compression: .snappy, producerId: 1, producerEpoch: 0, baseSequence: 0, isTransactional: true,
            deleteHorizonMs: 5)
        try builder.append(timestamp: 10, key: nil, value: Support.buffer("a"))
        var batch = try #require(try builder.build(compress: Support.FakeCodec.compress))
        let crc = batch.crc
        batch.setMaxTimestamp(999, timestampType: .logAppendTime)
        try batch.validate()
        #expect(batch.crc != crc)
        #expect(batch.maxTimestamp == 999)
        #expect(batch.timestampType == .logAppendTime)
        // The other attribute bits survive.
        #expect(batch.compressionType == .snappy)
        #expect(batch.isTransactional && batch.hasDeleteHorizonMs && !batch.isControlBatch)
        #expect(batch.attributes.rawValue == 0x02 | 0x08 | 0x10 | 0x40)

        let unchanged = batch
        batch.setMaxTimestamp(999, timestampType: .logAppendTime)
        #expect(batch == unchanged)

        batch.setMaxTimestamp(10, timestampType: .createTime)
        try batch.validate()
        #expect(batch.crc == crc)
    }

    @Test func logAppendTimeAppliesToEveryRecord() throws {
        var batch = try Support.builtBatch(count: 3)
        batch.setMaxTimestamp(123_456, timestampType: .logAppendTime)
        #expect(try batch.records(maxDecompressedBytes: 0).map(\.timestamp) == [123_456, 123_456, 123_456])
    }

    /// A view is a value: updating it leaves the buffer it came from untouched.
    @Test func updatesDoNotReachTheSourceBuffer() throws {
        let source = try Support.fixtureBytes("none-basic")
        var batch = try RecordBatch(source)
        batch.setBaseOffset(55)
        #expect(source.getInteger(at: 0, as: Int64.self) == 0)
        #expect(batch.baseOffset == 55)
    }
}

@Suite struct ControlRecordTests {
    typealias Support = RecordTestSupport

    func record(key: ByteBuffer?, value: ByteBuffer?) -> Record {
        Record(
            sizeInBytes: 0, attributes: 0, timestampDelta: 0, offsetDelta: 0, offset: 0, timestamp: 0, sequence: -1,
            key: key, value: value, headers: [])
    }

    @Test func keyParsing() throws {
        #expect(try ControlRecordKey(parsing: Support.bytes(hex: "00000001")) == ControlRecordKey(type: .commit))
        // Newer key versions may carry more fields; they are read as version 0.
        let newer = try ControlRecordKey(parsing: Support.bytes(hex: "0003000600ff"))
        #expect(newer.version == 3 && newer.type == .kraftVoters)
        let unknown = try ControlRecordKey(parsing: Support.bytes(hex: "00000063"))
        #expect(!unknown.type.isKnown && unknown.type.description == "UNKNOWN")
        #expect(throws: RecordBatchError.self) { try ControlRecordKey(parsing: Support.bytes(hex: "000000")) }
        #expect(throws: RecordBatchError.self) { try ControlRecordKey(parsing: Support.bytes(hex: "ffff0001")) }
        #expect(throws: RecordBatchError.self) { try ControlRecordKey(parsing: nil) }
        #expect(ControlRecordKey(type: .snapshotHeader).encoded == Support.bytes(hex: "00000003"))
    }

    @Test func typeNamesAreKafkas() {
        let types: [ControlRecordType] = [
            .abort, .commit, .leaderChange, .snapshotHeader, .snapshotFooter, .kraftVersion, .kraftVoters,
        ]
        #expect(types.map(\.rawValue) == [0, 1, 2, 3, 4, 5, 6])
        #expect(
            types.map(\.description) == [
                "ABORT", "COMMIT", "LEADER_CHANGE", "SNAPSHOT_HEADER", "SNAPSHOT_FOOTER", "KRAFT_VERSION", "KRAFT_VOTERS",
            ])
        #expect(types.filter { !$0.isKnown }.isEmpty)
    }

    @Test func endTransactionMarkerParsing() throws {
        let commit = try EndTransactionMarker(record: record(key: Support.bytes(hex: "00000001"), value: Support.bytes(hex: "000000000007")))
        #expect(commit == EndTransactionMarker(.commit, coordinatorEpoch: 7))
        #expect(commit.controlType == .commit)
        #expect(commit.encodedValue == Support.bytes(hex: "000000000007"))
        // A later value version with extra fields reads as version 0.
        let later = try EndTransactionMarker(record: record(key: Support.bytes(hex: "00000000"), value: Support.bytes(hex: "0001fffffffe99")))
        #expect(later == EndTransactionMarker(.abort, coordinatorEpoch: -2))

        #expect(throws: RecordBatchError.self) {
            try EndTransactionMarker(record: record(key: Support.bytes(hex: "00000002"), value: Support.bytes(hex: "000000000007")))
        }
        #expect(throws: RecordBatchError.self) {
            try EndTransactionMarker(record: record(key: Support.bytes(hex: "00000001"), value: Support.bytes(hex: "0000000007")))
        }
        #expect(throws: RecordBatchError.self) {
            try EndTransactionMarker(record: record(key: Support.bytes(hex: "00000001"), value: Support.bytes(hex: "800000000007")))
        }
        #expect(throws: RecordBatchError.self) {
            try EndTransactionMarker(record: record(key: Support.bytes(hex: "00000001"), value: nil))
        }
    }
}
