import NIOCore

#if canImport(Glibc)
    import Glibc
#endif

/// Where `dump-log` writes one of its two streams (data, diagnostics). The tool buffers its own
/// output and hands it over in large chunks, so an implementation need not buffer.
package protocol DumpLogOutput: AnyObject {
    func write(_ bytes: UnsafeRawBufferPointer)
}

/// Writes to a file descriptor (the command line's stdout and stderr). After a failed write (a
/// closed pipe, a full disk) it drops further output and `failed` turns true, which stops the dump.
package final class FileDescriptorOutput: DumpLogOutput {
    package let descriptor: Int32
    package private(set) var failed = false

    package init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    package func write(_ bytes: UnsafeRawBufferPointer) {
        guard !self.failed, var base = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let n = Glibc.write(self.descriptor, base, left)
            if n < 0 {
                if errno == EINTR { continue }
                self.failed = true
                return
            }
            base += n
            left -= n
        }
    }
}

/// Collects everything written, for tests and for callers that want the text.
package final class MemoryOutput: DumpLogOutput {
    package private(set) var bytes: [UInt8] = []

    package init() {}

    package func write(_ bytes: UnsafeRawBufferPointer) {
        self.bytes.append(contentsOf: bytes)
    }

    package var text: String { String(decoding: self.bytes, as: UTF8.self) }
}

/// A buffered text stream over a `DumpLogOutput`, with the appends the dump needs on its hot path
/// (decimal integers, literal pieces, record bytes decoded as UTF-8) written straight into bytes.
final class DumpLogStream {
    private let output: any DumpLogOutput
    /// The same output when it is a descriptor, which can fail.
    private let descriptorOutput: FileDescriptorOutput?
    private var buffer: [UInt8] = []
    private static let flushThreshold = 1 << 16

    init(_ output: any DumpLogOutput) {
        self.output = output
        self.descriptorOutput = output as? FileDescriptorOutput
        self.buffer.reserveCapacity(Self.flushThreshold + 4096)
    }

    /// True once the underlying descriptor refused a write.
    var failed: Bool { self.descriptorOutput?.failed ?? false }

    @inline(__always)
    func append(_ text: StaticString) {
        text.withUTF8Buffer { self.buffer.append(contentsOf: $0) }
    }

    func append(_ text: String) {
        self.buffer.append(contentsOf: text.utf8)
    }

    func append(bytes: [UInt8]) {
        self.buffer.append(contentsOf: bytes)
    }

    @inline(__always)
    func append(_ value: Bool) {
        self.append(value ? "true" : "false")
    }

    /// A decimal integer, as Java prints `long`, `int` and `short` (every caller's type fits
    /// an Int64, the unsigned 32-bit CRC included).
    @inline(__always)
    func append<T: FixedWidthInteger>(_ value: T) {
        self.appendDecimal(Int64(truncatingIfNeeded: value))
    }

    private func appendDecimal(_ value: Int64) {
        if value == 0 {
            self.buffer.append(UInt8(ascii: "0"))
            return
        }
        var magnitude = value.magnitude
        if value < 0 { self.buffer.append(UInt8(ascii: "-")) }
        // At most 20 digits; fill from the right.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var i = 20
            while magnitude > 0 {
                i -= 1
                digits[i] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            }
            self.buffer.append(contentsOf: UnsafeBufferPointer(rebasing: digits[i..<20]))
        }
    }

    /// Bytes as Java's `new String(bytes, UTF_8)` prints them: valid UTF-8 unchanged, each
    /// malformed sequence replaced by U+FFFD.
    func appendUTF8(_ bytes: ByteBuffer) {
        bytes.withUnsafeReadableBytes { raw in
            if raw.allSatisfy({ $0 < 0x80 }) {
                self.buffer.append(contentsOf: raw)
            } else {
                self.buffer.append(contentsOf: String(decoding: raw, as: UTF8.self).utf8)
            }
        }
    }

    /// Ends a line; hands the buffer over once it is large.
    @inline(__always)
    func newline() {
        self.buffer.append(UInt8(ascii: "\n"))
        if self.buffer.count >= Self.flushThreshold { self.flush() }
    }

    func line(_ text: String) {
        self.append(text)
        self.newline()
    }

    func flush() {
        guard !self.buffer.isEmpty else { return }
        self.buffer.withUnsafeBytes { self.output.write($0) }
        self.buffer.removeAll(keepingCapacity: true)
    }
}
