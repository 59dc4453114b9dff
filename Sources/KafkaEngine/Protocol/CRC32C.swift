import CCRC32C
import NIOCore

/// CRC-32C (Castagnoli), the checksum of a record batch (magic 2): Kafka computes it over the
/// batch from the attributes field to the end. Results are the standard CRC-32C ("123456789" →
/// 0xE3069283); `continuing` chains a checksum over several pieces, so
/// `checksum(b, continuing: checksum(a)) == checksum(a + b)`.
///
/// Runs on the CPU's CRC32 instruction where there is one (x86-64 with SSE4.2), on portable
/// tables elsewhere; both give the same value for every input.
package enum CRC32C {
    package static func checksum(_ bytes: UnsafeRawBufferPointer, continuing crc: UInt32 = 0) -> UInt32 {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return crc }
        return swkafka_crc32c(crc, base, bytes.count)
    }

    /// The checksum of the buffer's readable bytes.
    package static func checksum(_ buffer: ByteBuffer, continuing crc: UInt32 = 0) -> UInt32 {
        buffer.withUnsafeReadableBytes { checksum($0, continuing: crc) }
    }

    package static func checksum(_ bytes: [UInt8], continuing crc: UInt32 = 0) -> UInt32 {
        bytes.withUnsafeBytes { checksum($0, continuing: crc) }
    }

    /// The table-driven implementation, whatever the CPU; tests and benchmarks compare it with
    /// `checksum`.
    package static func portableChecksum(_ bytes: UnsafeRawBufferPointer, continuing crc: UInt32 = 0) -> UInt32 {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return crc }
        return swkafka_crc32c_portable(crc, base, bytes.count)
    }

    /// Whether `checksum` runs on the CPU's CRC32 instruction.
    package static var usesHardware: Bool { swkafka_crc32c_hardware_available() != 0 }
}
