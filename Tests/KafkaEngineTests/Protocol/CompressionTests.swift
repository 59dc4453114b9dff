import NIOCore
import Testing

@testable import KafkaEngine

private let codecs: [CompressionType] = [.gzip, .snappy, .lz4, .zstd]

private func compressed(_ codec: CompressionType, _ bytes: [UInt8], level: Int? = nil) throws -> [UInt8] {
    var output = ByteBuffer()
    try codec.compress(ByteBuffer(bytes: bytes), level: level, into: &output)
    return Array(output.readableBytesView)
}

private func decompressed(_ codec: CompressionType, _ bytes: [UInt8], limit: Int = 64 << 20) throws -> [UInt8] {
    let output = try codec.decompress(ByteBuffer(bytes: bytes), maxOutputBytes: limit)
    return Array(output.readableBytesView)
}

private func expectThrows(_ codec: CompressionType, _ bytes: [UInt8], _ comment: Comment? = nil) {
    #expect(throws: CompressionError.self, comment) { try decompressed(codec, bytes) }
}

@Suite("Compression round trips")
struct CompressionRoundTripTests {
    static let inputs: [(String, [UInt8])] = [
        ("empty", []),
        ("one byte", [42]),
        ("small text", Array("hello, kafka records".utf8)),
        ("log lines 1 MiB", CodecTestSupport.logLines(1 << 20)),
        ("random 300 KiB", CodecTestSupport.randomBytes(300 * 1024, seed: 7)),
        ("zeros 64 KiB", [UInt8](repeating: 0, count: 64 * 1024)),
        ("log lines 64 KiB + 1", CodecTestSupport.logLines(64 * 1024 + 1)),
        ("log lines 32 KiB", CodecTestSupport.logLines(32 * 1024)),
    ]

    @Test("compress then decompress gives the input back", arguments: codecs)
    func roundTrip(codec: CompressionType) throws {
        for (name, input) in Self.inputs {
            let packed = try compressed(codec, input)
            #expect(try decompressed(codec, packed) == input, "\(codec) \(name)")
        }
    }

    @Test("every level Kafka accepts", arguments: [
        (CompressionType.gzip, [-1, 1, 6, 9]),
        (.lz4, [1, 2, 3, 9, 12, 17]),
        (.zstd, [-5, 1, 3, 19, 22]),
    ])
    func levels(codec: CompressionType, levels: [Int]) throws {
        let input = CodecTestSupport.logLines(200_000)
        for level in levels {
            let packed = try compressed(codec, input, level: level)
            #expect(try decompressed(codec, packed) == input, "\(codec) level \(level)")
        }
    }

    @Test("levels outside Kafka's ranges are refused")
    func invalidLevels() {
        let input = ByteBuffer(bytes: [1, 2, 3])
        var output = ByteBuffer()
        for (codec, level) in [(CompressionType.gzip, 10), (.gzip, 0), (.gzip, -2), (.lz4, 0), (.lz4, 18), (.zstd, 23)] {
            #expect(throws: CompressionError.self) { try codec.compress(input, level: level, into: &output) }
        }
    }

    @Test("compression appends to the output and reads only the input's readable bytes", arguments: codecs)
    func appendsAndSlices(codec: CompressionType) throws {
        let payload = CodecTestSupport.logLines(10_000)
        var input = ByteBuffer(bytes: [7, 7, 7] + payload)
        input.moveReaderIndex(forwardBy: 3)
        var output = ByteBuffer(bytes: [1, 2, 3, 4])
        try codec.compress(input, into: &output)
        #expect(Array(output.readableBytesView.prefix(4)) == [1, 2, 3, 4])
        output.moveReaderIndex(forwardBy: 4)
        #expect(Array(try codec.decompress(output, maxOutputBytes: 1 << 20).readableBytesView) == payload)
    }

    @Test("none passes bytes through and still honours the limit")
    func none() throws {
        #expect(try decompressed(.none, [1, 2, 3], limit: 3) == [1, 2, 3])
        #expect(throws: CompressionError.outputTooLarge(limit: 2)) { try decompressed(.none, [1, 2, 3], limit: 2) }
        #expect(try compressed(.none, [4, 5]) == [4, 5])
    }
}

@Suite("Compression framing as Kafka clients expect it")
struct CompressionFramingTests {
    @Test("gzip writes one gzip member")
    func gzipHeader() throws {
        let packed = try compressed(.gzip, CodecTestSupport.logLines(1000))
        #expect(Array(packed.prefix(3)) == [0x1F, 0x8B, 0x08])
    }

    @Test("snappy writes snappy-java's xerial framing with 32 KiB blocks")
    func snappyXerial() throws {
        let input = CodecTestSupport.logLines(70 * 1024)
        var packed = ByteBuffer(bytes: try compressed(.snappy, input))
        #expect(packed.readBytes(length: 8) == [0x82, 0x53, 0x4E, 0x41, 0x50, 0x50, 0x59, 0x00])
        #expect(packed.readInteger(as: Int32.self) == 1)
        #expect(packed.readInteger(as: Int32.self) == 1)
        var blocks: [Int] = []
        while packed.readableBytes > 0 {
            let length = Int(packed.readInteger(as: Int32.self) ?? -1)
            let block = packed.readBytes(length: length)
            try #require(block != nil, "block of \(length) bytes")
            blocks.append(try decompressed(.snappy, block ?? []).count)  // each block is raw snappy
        }
        #expect(blocks == [32 * 1024, 32 * 1024, 6 * 1024])
    }

    @Test("lz4 writes Kafka's frame: 64 KiB independent blocks, no checksums, no content size")
    func lz4Frame() throws {
        let input = CodecTestSupport.logLines(150_000)
        let packed = try compressed(.lz4, input)
        // Magic, FLG 0x60 (version 1, independent blocks), BD 0x40 (64 KiB), header checksum 0x82:
        // the seven bytes every frame from Kafka's Lz4BlockOutputStream starts with.
        #expect(Array(packed.prefix(7)) == [0x04, 0x22, 0x4D, 0x18, 0x60, 0x40, 0x82])
        #expect(Array(packed.suffix(4)) == [0, 0, 0, 0])  // end mark, no content checksum
        // Every block holds at most 64 KiB of input.
        var offset = 7
        var blocks = 0
        while true {
            let word = UInt32(packed[offset]) | UInt32(packed[offset + 1]) << 8 | UInt32(packed[offset + 2]) << 16
                | UInt32(packed[offset + 3]) << 24
            offset += 4
            if word == 0 { break }
            let size = Int(word & 0x7FFF_FFFF)
            #expect(size <= 64 * 1024)
            offset += size
            blocks += 1
        }
        #expect(blocks == 3)
        #expect(offset == packed.count)
    }

    @Test("zstd writes a frame that declares its content size")
    func zstdFrame() throws {
        let packed = try compressed(.zstd, CodecTestSupport.logLines(1000))
        #expect(Array(packed.prefix(4)) == [0x28, 0xB5, 0x2F, 0xFD])
    }
}

@Suite("Decoding what other tools and clients wrote")
struct CompressionInteropTests {
    static let fixtures: [(CompressionType, String)] = [
        (.gzip, "gzip-cli.hex"),  // gzip -c -n
        (.lz4, "lz4-cli.hex"),  // lz4 -c: 4 MiB blocks, content checksum
        (.lz4, "lz4-cli-linked-checksums.hex"),  // lz4 -c -B4 -BD -BX --content-size
        (.lz4, "lz4-kafka-python.hex"),  // kafka.codec.lz4_encode
        (.zstd, "zstd-cli.hex"),  // zstd -c file: content size, checksum
        (.zstd, "zstd-cli-stream.hex"),  // zstd -c from a pipe: no content size
        (.zstd, "zstd-kafka-python.hex"),  // kafka.codec.zstd_encode
        (.snappy, "snappy-xerial-kafka-python.hex"),  // kafka.codec.snappy_encode (xerial, 2 blocks)
        (.snappy, "snappy-raw.hex"),  // raw snappy, as librdkafka writes it
    ]

    @Test("fixtures decode to the original text", arguments: fixtures)
    func decodeFixture(codec: CompressionType, name: String) throws {
        let original = try CodecTestSupport.fixture("codecs/input.txt")
        let packed = try CodecTestSupport.hexFixture("codecs/\(name)")
        #expect(try decompressed(codec, packed) == original)
    }

    @Test("concatenated gzip members decode to the concatenation")
    func gzipMembers() throws {
        let original = try CodecTestSupport.fixture("codecs/input.txt")
        let packed = try CodecTestSupport.hexFixture("codecs/gzip-cli-two-members.hex")
        #expect(try decompressed(.gzip, packed) == original)
    }

    @Test("concatenated frames decode to the concatenation", arguments: [CompressionType.lz4, .zstd, .gzip])
    func concatenatedFrames(codec: CompressionType) throws {
        let a = CodecTestSupport.logLines(5000)
        let b = CodecTestSupport.randomBytes(3000, seed: 9)
        let packed = try compressed(codec, a) + compressed(codec, b)
        #expect(try decompressed(codec, packed) == a + b)
    }

    @Test("a snappy stream with a second xerial header at a block boundary")
    func xerialConcatenated() throws {
        let a = CodecTestSupport.logLines(40_000)
        let b = CodecTestSupport.logLines(1000)
        #expect(try decompressed(.snappy, compressed(.snappy, a) + compressed(.snappy, b)) == a + b)
    }
}

@Suite("Decompression refuses bombs and bad input")
struct CompressionSafetyTests {
    @Test("output above maxOutputBytes is refused; exactly the limit is fine", arguments: codecs)
    func limit(codec: CompressionType) throws {
        let input = CodecTestSupport.logLines(100_000)
        let packed = try compressed(codec, input)
        #expect(try decompressed(codec, packed, limit: input.count) == input)
        #expect(throws: CompressionError.outputTooLarge(limit: input.count - 1)) {
            try decompressed(codec, packed, limit: input.count - 1)
        }
        #expect(throws: CompressionError.self) { try decompressed(codec, packed, limit: 0) }
        #expect(throws: CompressionError.self) { try decompressed(codec, packed, limit: -5) }
    }

    /// 100,000 bytes, byte i = "abcdefgh"[i % 8] ^ (i / 1000): the input of lz4-cli-content-size.hex.
    static let pattern: [UInt8] = (0..<100_000).map { Array("abcdefgh".utf8)[$0 % 8] ^ UInt8(truncatingIfNeeded: $0 / 1000) }

    @Test("a decompression abandoned halfway does not spoil the next ones", arguments: [
        // `lz4 -B4 --content-size`: liblz4 1.9's context reset keeps the remaining frame size of
        // a frame left halfway, and the next frame then fails with frameSize_wrong.
        (CompressionType.lz4, "lz4-cli-content-size.hex"),
        (.zstd, "zstd-cli.hex"),
        (.gzip, "gzip-cli.hex"),
    ])
    func abandonedStreams(codec: CompressionType, name: String) throws {
        let first = try CodecTestSupport.hexFixture("codecs/\(name)")
        let input = CodecTestSupport.logLines(100_000)
        let plain = try compressed(codec, input)
        for _ in 0..<8 {
            #expect(throws: CompressionError.outputTooLarge(limit: 1000)) { try decompressed(codec, first, limit: 1000) }
            #expect(try decompressed(codec, plain) == input)
        }
    }

    @Test("an LZ4 frame that declares its content size")
    func lz4ContentSize() throws {
        #expect(try decompressed(.lz4, CodecTestSupport.hexFixture("codecs/lz4-cli-content-size.hex")) == Self.pattern)
    }

    @Test("a small input that inflates hugely stops at the limit", arguments: codecs)
    func bomb(codec: CompressionType) throws {
        let zeros = [UInt8](repeating: 0, count: 32 << 20)
        let packed = try compressed(codec, zeros)
        #expect(packed.count < 2 << 20)
        #expect(throws: CompressionError.outputTooLarge(limit: 1 << 20)) {
            try decompressed(codec, packed, limit: 1 << 20)
        }
    }

    @Test("snappy length headers that cannot be honest are refused before allocating")
    func snappyLyingLength() {
        // Varint 0xFFFFFFFF followed by one literal byte: claims 4 GiB from 7 bytes.
        expectThrows(.snappy, [0xFF, 0xFF, 0xFF, 0xFF, 0x0F, 0x00, 0x41])
        // Claims 100 bytes, holds one.
        expectThrows(.snappy, [0x64, 0x00, 0x41])
        // xerial: negative block length, block longer than the input, truncated length.
        let header: [UInt8] = [0x82, 0x53, 0x4E, 0x41, 0x50, 0x50, 0x59, 0x00, 0, 0, 0, 1, 0, 0, 0, 1]
        expectThrows(.snappy, header + [0xFF, 0xFF, 0xFF, 0xFE, 0x00])
        expectThrows(.snappy, header + [0x00, 0x00, 0x10, 0x00, 0x01, 0x00])
        expectThrows(.snappy, header + [0x00, 0x00])
    }

    @Test("empty and garbage input throw", arguments: codecs)
    func garbage(codec: CompressionType) {
        expectThrows(codec, [], "empty")
        expectThrows(codec, Array("this is not compressed data, not even close!".utf8), "text")
        expectThrows(codec, CodecTestSupport.randomBytes(4096, seed: 11), "random")
    }

    @Test("every truncation of a stream throws", arguments: [CompressionType.gzip, .lz4, .zstd])
    func truncation(codec: CompressionType) throws {
        let packed = try compressed(codec, CodecTestSupport.logLines(3000))
        for length in 0..<packed.count {
            expectThrows(codec, Array(packed.prefix(length)), "\(codec) cut to \(length) of \(packed.count)")
        }
    }

    @Test("truncated snappy throws (raw anywhere, xerial inside a block)")
    func snappyTruncation() throws {
        let original = try CodecTestSupport.fixture("codecs/input.txt")
        let raw = try CodecTestSupport.hexFixture("codecs/snappy-raw.hex")
        for length in stride(from: 0, to: raw.count, by: 97) {
            expectThrows(.snappy, Array(raw.prefix(length)), "raw cut to \(length)")
        }
        // Cutting a xerial stream exactly between blocks leaves a valid, shorter stream; every
        // other cut must throw.
        let xerial = try compressed(.snappy, original)
        var boundaries: Set<Int> = [16]
        var offset = 16
        while offset < xerial.count {
            let length = Int(xerial[offset]) << 24 | Int(xerial[offset + 1]) << 16 | Int(xerial[offset + 2]) << 8
                | Int(xerial[offset + 3])
            offset += 4 + length
            boundaries.insert(offset)
        }
        #expect(boundaries.count == 3)
        for length in stride(from: 0, to: xerial.count, by: 37) where !boundaries.contains(length) {
            expectThrows(.snappy, Array(xerial.prefix(length)), "xerial cut to \(length)")
        }
    }

    @Test("bytes after the end of a gzip stream are corrupt")
    func gzipTrailingGarbage() throws {
        let packed = try compressed(.gzip, CodecTestSupport.logLines(2000))
        expectThrows(.gzip, packed + [0x00, 0x01, 0x02])
        expectThrows(.gzip, packed + [0x1F])
    }

    @Test("a flipped byte inside checksummed data is caught", arguments: [
        (CompressionType.gzip, "gzip-cli.hex"),  // CRC-32 trailer
        (.lz4, "lz4-cli.hex"),  // content checksum
        (.lz4, "lz4-cli-linked-checksums.hex"),  // block checksums
        (.zstd, "zstd-cli.hex"),  // content checksum
    ])
    func bitFlips(codec: CompressionType, name: String) throws {
        let packed = try CodecTestSupport.hexFixture("codecs/\(name)")
        for position in stride(from: packed.count / 3, to: packed.count - 8, by: packed.count / 7) {
            var corrupt = packed
            corrupt[position] ^= 0x10
            expectThrows(codec, corrupt, "\(name) flipped at \(position)")
        }
    }

    @Test("random corruption never traps, and what decodes stays within the limit", arguments: codecs)
    func randomCorruption(codec: CompressionType) throws {
        let packed = try compressed(codec, CodecTestSupport.logLines(20_000))
        let noise = CodecTestSupport.randomBytes(3 * 500, seed: 13)
        for trial in 0..<500 {
            var corrupt = packed
            let position = (Int(noise[3 * trial]) << 8 | Int(noise[3 * trial + 1])) % corrupt.count
            corrupt[position] ^= noise[3 * trial + 2] | 1
            if let output = try? decompressed(codec, corrupt, limit: 30_000) {
                #expect(output.count <= 30_000)
            }
        }
    }
}
