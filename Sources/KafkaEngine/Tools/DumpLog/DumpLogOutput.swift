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

/// Text on its way to a `DumpLogOutput`, with the appends the dump needs on its hot path (decimal
/// integers, literal pieces, record bytes decoded as UTF-8) written straight into bytes. A value
/// type, so that the appends in a loop pay no exclusivity checks; `DumpLogStream` lends it out.
struct TextBuffer {
    let output: any DumpLogOutput
    private(set) var bytes: [UInt8] = []
    static let flushThreshold = 1 << 16

    init(_ output: any DumpLogOutput, capacity: Int = Self.flushThreshold + 4096) {
        self.output = output
        self.bytes.reserveCapacity(capacity)
    }

    @inline(__always)
    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { self.bytes.append(contentsOf: $0) }
    }

    mutating func append(_ text: String) {
        self.bytes.append(contentsOf: text.utf8)
    }

    mutating func append(bytes: [UInt8]) {
        self.bytes.append(contentsOf: bytes)
    }

    @inline(__always)
    mutating func append(_ value: Bool) {
        self.append(value ? "true" : "false")
    }

    /// A decimal integer, as Java prints `long`, `int` and `short` (every caller's type fits
    /// an Int64, the unsigned 32-bit CRC included).
    @inline(__always)
    mutating func append<T: FixedWidthInteger>(_ value: T) {
        self.appendDecimal(Int64(truncatingIfNeeded: value))
    }

    private mutating func appendDecimal(_ value: Int64) {
        if value >= 0 && value < 10 {
            self.bytes.append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value))
            return
        }
        var magnitude = value.magnitude
        if value < 0 { self.bytes.append(UInt8(ascii: "-")) }
        // At most 20 digits, filled from the right.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { raw in
            var i = 24
            while magnitude > 0 {
                i -= 1
                raw[i] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            }
            self.bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[i..<24]))
        }
    }

    /// Bytes as Java's `new String(bytes, UTF_8)` prints them: valid UTF-8 unchanged, each
    /// malformed sequence replaced by U+FFFD.
    mutating func appendUTF8(_ buffer: ByteBuffer) {
        buffer.withUnsafeReadableBytes { raw in
            if Self.isASCII(raw) {
                self.bytes.append(contentsOf: raw)
            } else {
                self.bytes.append(contentsOf: String(decoding: raw, as: UTF8.self).utf8)
            }
        }
    }

    /// Eight bytes at a time.
    private static func isASCII(_ raw: UnsafeRawBufferPointer) -> Bool {
        var i = 0
        var high: UInt64 = 0
        while i + 8 <= raw.count {
            high |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            i += 8
        }
        while i < raw.count {
            high |= UInt64(raw[i])
            i += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    /// Ends a line; hands the bytes over once there are many.
    @inline(__always)
    mutating func newline() {
        self.bytes.append(UInt8(ascii: "\n"))
        if self.bytes.count >= Self.flushThreshold { self.flush() }
    }

    mutating func line(_ text: String) {
        self.append(text)
        self.newline()
    }

    mutating func flush() {
        guard !self.bytes.isEmpty else { return }
        self.bytes.withUnsafeBytes { self.output.write($0) }
        self.bytes.removeAll(keepingCapacity: true)
    }
}

/// One of the dump's output streams: a `TextBuffer` kept between calls.
final class DumpLogStream {
    private var text: TextBuffer
    /// The same output when it is a descriptor, which can fail.
    private let descriptorOutput: FileDescriptorOutput?

    init(_ output: any DumpLogOutput) {
        self.text = TextBuffer(output)
        self.descriptorOutput = output as? FileDescriptorOutput
    }

    /// True once the underlying descriptor refused a write.
    var failed: Bool { self.descriptorOutput?.failed ?? false }

    /// Lends the buffer out for a run of appends. `body` must not write to this stream otherwise.
    func write<R>(_ body: (inout TextBuffer) -> R) -> R {
        var local = self.text
        self.text = TextBuffer(local.output, capacity: 0)
        defer { self.text = local }
        return body(&local)
    }

    func append(_ text: StaticString) { self.text.append(text) }
    func append(_ text: String) { self.text.append(text) }
    func append(bytes: [UInt8]) { self.text.append(bytes: bytes) }
    func append<T: FixedWidthInteger>(_ value: T) { self.text.append(value) }
    func newline() { self.text.newline() }
    func line(_ text: String) { self.text.line(text) }
    func flush() { self.text.flush() }
}
