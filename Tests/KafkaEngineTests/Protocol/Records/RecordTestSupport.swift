import Foundation
import NIOCore
import Testing

@testable import KafkaEngine

/// Helpers shared by the record batch tests: hex, fixtures, a stand-in codec, raw batch assembly.
enum RecordTestSupport {
    static func bytes(hex: String) -> ByteBuffer {
        let digits = Array(hex.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) })
        precondition(digits.count % 2 == 0, "odd number of hex digits")
        var buffer = ByteBuffer()
        buffer.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            let byte = UInt8(String(digits[index]) + String(digits[index + 1]), radix: 16)
            precondition(byte != nil, "not hex: \(digits[index])\(digits[index + 1])")
            buffer.writeInteger(byte ?? 0)
            index += 2
        }
        return buffer
    }

    static func hex(_ buffer: ByteBuffer?) -> String? {
        buffer.map { $0.readableBytesView.map { String(format: "%02x", $0) }.joined() }
    }

    static func buffer(_ text: String) -> ByteBuffer {
        ByteBuffer(string: text)
    }

    // MARK: Fixtures (Tests/KafkaEngineTests/Fixtures/records, made by Tests/Interop/fixtures)

    struct Fixture: Decodable {
        struct Header: Decodable {
            var key: String
            var value: String?
        }
        struct Record: Decodable {
            var offsetDelta: Int32
            var timestamp: Int64
            var key: String?
            var value: String?
            var headers: [Header]
        }
        var baseOffset: Int64
        var sizeInBytes: Int
        var partitionLeaderEpoch: Int32
        var magic: Int8
        var crc: UInt32
        var attributes: Int16
        var compression: String
        var timestampType: String
        var isTransactional: Bool
        var isControl: Bool
        var lastOffsetDelta: Int32
        var baseTimestamp: Int64
        var maxTimestamp: Int64
        var producerId: Int64
        var producerEpoch: Int16
        var baseSequence: Int32
        var recordsCount: Int32
        var records: [Record]
    }

    static func fixtureURL(_ name: String, _ ext: String) throws -> URL {
        let root = try #require(Bundle.module.resourceURL)
        return root.appendingPathComponent("Fixtures/records/\(name).\(ext)")
    }

    static func fixtureBytes(_ name: String) throws -> ByteBuffer {
        bytes(hex: try String(contentsOf: fixtureURL(name, "hex"), encoding: .utf8))
    }

    static func fixture(_ name: String) throws -> Fixture {
        try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: fixtureURL(name, "json")))
    }

    static let uncompressedFixtures = [
        "none-basic", "none-basic-assigned", "none-basic-logappendtime", "none-idempotent", "none-transactional",
        "none-many", "none-offset-gaps", "control-commit", "control-abort",
    ]
    static let compressedFixtures = ["gzip", "snappy", "lz4", "zstd"]

    // MARK: A stand-in codec

    /// Not a real codec: a 4-byte tag then every byte XORed with 0x5A, so tests can tell that the
    /// records section went through the codec, and the output limit is enforced like a real one.
    enum FakeCodec {
        static let tag: [UInt8] = [0x46, 0x41, 0x4B, 0x45]

        static func compress(_ codec: CompressionType, _ input: ByteBuffer, _ output: inout ByteBuffer) throws(CompressionError) {
            output.writeBytes(tag)
            output.writeBytes(input.readableBytesView.map { $0 ^ 0x5A })
        }

        static func decompress(_ codec: CompressionType, _ input: ByteBuffer, _ limit: Int) throws(CompressionError) -> ByteBuffer {
            let bytes = Array(input.readableBytesView)
            guard bytes.count >= 4, Array(bytes[0..<4]) == tag else { throw .corrupt(codec, "missing fake tag") }
            guard bytes.count - 4 <= limit else { throw .outputTooLarge(limit: limit) }
            return ByteBuffer(bytes: bytes[4...].map { $0 ^ 0x5A })
        }
    }

    /// Whether `codec` has a working implementation in this build (the codecs land separately).
    static func codecWorks(_ codec: CompressionType) -> Bool {
        var output = ByteBuffer()
        do {
            try codec.compress(ByteBuffer(string: "probe probe probe"), level: nil, into: &output)
            return try codec.decompress(output, maxOutputBytes: 64) == ByteBuffer(string: "probe probe probe")
        } catch {
            return false
        }
    }

    // MARK: Raw batches

    /// Assembles a v2 batch around `records` without the builder's checks, with a correct CRC
    /// unless told otherwise: the way to hand the decoder bytes the builder would refuse to write.
    static func rawBatch(
        records: ByteBuffer,
        count: Int32,
        lastOffsetDelta: Int32? = nil,
        attributes: Int16 = 0,
        baseOffset: Int64 = 0,
        baseTimestamp: Int64 = 1_000,
        maxTimestamp: Int64 = 1_000,
        baseSequence: Int32 = -1,
        fixCRC: Bool = true
    ) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.writeInteger(baseOffset)
        buffer.writeInteger(Int32(49 + records.readableBytes))
        buffer.writeInteger(Int32(0))
        buffer.writeInteger(Int8(2))
        buffer.writeInteger(UInt32(0))
        buffer.writeInteger(attributes)
        buffer.writeInteger(lastOffsetDelta ?? (count - 1))
        buffer.writeInteger(baseTimestamp)
        buffer.writeInteger(maxTimestamp)
        buffer.writeInteger(Int64(-1))
        buffer.writeInteger(Int16(-1))
        buffer.writeInteger(baseSequence)
        buffer.writeInteger(count)
        buffer.writeImmutableBuffer(records)
        if fixCRC { fixChecksum(&buffer) }
        return buffer
    }

    /// Recomputes the CRC of a batch whose bytes were edited (as an attacker or a buggy client
    /// would, so that only the structural checks can catch the edit).
    static func fixChecksum(_ buffer: inout ByteBuffer) {
        buffer.setInteger(RecordBatch.crc32c(of: buffer, from: RecordBatch.Field.attributes), at: RecordBatch.Field.crc)
    }

    /// The raw bytes of one record with each field given as written (lengths may lie).
    static func rawRecord(
        bodyLength: Int32? = nil,
        attributes: Int8 = 0,
        timestampDelta: Int64 = 0,
        offsetDelta: Int32 = 0,
        keyLength: Int32? = nil,
        key: [UInt8]? = Array("k".utf8),
        valueLength: Int32? = nil,
        value: [UInt8]? = Array("v".utf8),
        headerCount: Int32? = nil,
        headers: [(keyLength: Int32?, key: [UInt8], valueLength: Int32?, value: [UInt8]?)] = []
    ) -> ByteBuffer {
        var body = ByteBuffer()
        body.writeInteger(attributes)
        body.writeVarlong(timestampDelta)
        body.writeVarint(offsetDelta)
        body.writeVarint(keyLength ?? key.map { Int32($0.count) } ?? -1)
        if let key { body.writeBytes(key) }
        body.writeVarint(valueLength ?? value.map { Int32($0.count) } ?? -1)
        if let value { body.writeBytes(value) }
        body.writeVarint(headerCount ?? Int32(headers.count))
        for header in headers {
            body.writeVarint(header.keyLength ?? Int32(header.key.count))
            body.writeBytes(header.key)
            body.writeVarint(header.valueLength ?? header.value.map { Int32($0.count) } ?? -1)
            if let value = header.value { body.writeBytes(value) }
        }
        var record = ByteBuffer()
        record.writeVarint(bodyLength ?? Int32(body.readableBytes))
        record.writeBuffer(&body)
        return record
    }

    /// A batch of `count` small records made by the builder.
    static func builtBatch(
        count: Int = 5, valueSize: Int = 20, compression: CompressionType = .none, baseOffset: Int64 = 0
    ) throws -> RecordBatch {
        var builder = RecordBatchBuilder(baseOffset: baseOffset, compression: compression)
        for i in 0..<count {
            try builder.append(
                timestamp: 1_000 + Int64(i), key: buffer("key-\(i)"),
                value: ByteBuffer(repeating: UInt8(i & 0xFF), count: valueSize),
                headers: i % 2 == 0 ? [RecordHeader(key: "h", value: buffer("\(i)"))] : [])
        }
        if compression == .none {
            return try #require(try builder.build())
        }
        return try #require(try builder.build(compress: FakeCodec.compress))
    }
}

/// A small deterministic generator (SplitMix64) so the randomized tests replay exactly.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        self.state = seed
    }

    mutating func next() -> UInt64 {
        self.state &+= 0x9E37_79B9_7F4A_7C15
        var z = self.state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
