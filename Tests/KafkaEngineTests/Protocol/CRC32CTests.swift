import NIOCore
import Testing

@testable import KafkaEngine

@Suite("CRC32C")
struct CRC32CTests {
    @Test("check value and the RFC 3720 (iSCSI) vectors")
    func knownVectors() {
        #expect(CRC32C.checksum(Array("123456789".utf8)) == 0xE306_9283)
        #expect(CRC32C.checksum([UInt8](repeating: 0, count: 32)) == 0x8A91_36AA)
        #expect(CRC32C.checksum([UInt8](repeating: 0xFF, count: 32)) == 0x62A8_AB43)
        #expect(CRC32C.checksum((0..<32).map { UInt8($0) }) == 0x46DD_794E)
        #expect(CRC32C.checksum((0..<32).reversed().map { UInt8($0) }) == 0x113F_DB5C)
        // RFC 3720 B.4: a READ (10) command PDU.
        var pdu = [UInt8](repeating: 0, count: 48)
        for (index, value) in [(0, 0x01), (1, 0xC0), (16, 0x14), (22, 0x04), (27, 0x14), (31, 0x18), (32, 0x28), (40, 0x02)] {
            pdu[index] = UInt8(value)
        }
        #expect(CRC32C.checksum(pdu) == 0xD996_3A56)
    }

    @Test("the empty input leaves the running value unchanged")
    func empty() {
        #expect(CRC32C.checksum([]) == 0)
        #expect(CRC32C.checksum([], continuing: 0xDEAD_BEEF) == 0xDEAD_BEEF)
        #expect(CRC32C.checksum(ByteBuffer()) == 0)
        #expect(CRC32C.portableChecksum(UnsafeRawBufferPointer(start: nil, count: 0), continuing: 7) == 7)
    }

    @Test("continuing over pieces equals the checksum of the whole")
    func continuing() {
        let data = CodecTestSupport.randomBytes(100_003, seed: 1)
        let whole = CRC32C.checksum(data)
        for split in [0, 1, 7, 8, 255, 769, 24_576, 50_000, 100_003] {
            let first = CRC32C.checksum(Array(data[..<split]))
            #expect(CRC32C.checksum(Array(data[split...]), continuing: first) == whole, "split at \(split)")
        }
    }

    @Test("a ByteBuffer's readable bytes, not its whole storage")
    func byteBuffer() {
        let data = CodecTestSupport.randomBytes(5000, seed: 2)
        var buffer = ByteBuffer(bytes: [1, 2, 3] + data + [9, 9])
        buffer.moveReaderIndex(forwardBy: 3)
        buffer.moveWriterIndex(to: buffer.writerIndex - 2)
        #expect(CRC32C.checksum(buffer) == CRC32C.checksum(data))
        let slice = ByteBuffer(bytes: [0] + data).getSlice(at: 1, length: data.count)
        #expect(slice.map { CRC32C.checksum($0) } == CRC32C.checksum(data))
    }

    @Test("hardware and portable paths agree on every length 0...4096 at every alignment")
    func hardwareMatchesPortable() {
        let data = CodecTestSupport.randomBytes(4096 + 16, seed: 3)
        data.withUnsafeBytes { all in
            for offset in 0..<8 {
                for length in 0...4096 {
                    let bytes = UnsafeRawBufferPointer(rebasing: all[offset..<(offset + length)])
                    let seed = UInt32(truncatingIfNeeded: length &* 2_654_435_761)
                    let fast = CRC32C.checksum(bytes, continuing: seed)
                    let portable = CRC32C.portableChecksum(bytes, continuing: seed)
                    if fast != portable {
                        Issue.record("length \(length) offset \(offset): \(fast) != \(portable)")
                        return
                    }
                }
            }
        }
    }

    @Test("hardware and portable paths agree on large buffers (three-stream blocks and their joins)")
    func largeBuffers() {
        let data = CodecTestSupport.randomBytes(3 * 24_576 + 3 * 768 + 333, seed: 4)
        data.withUnsafeBytes { all in
            for length in [767, 768, 769, 24_575, 24_576, 24_577, 49_152 + 768 + 5, all.count - 3] {
                for offset in [0, 1, 3] {
                    let bytes = UnsafeRawBufferPointer(rebasing: all[offset..<(offset + length)])
                    #expect(CRC32C.checksum(bytes) == CRC32C.portableChecksum(bytes), "length \(length) offset \(offset)")
                }
            }
        }
    }
}
