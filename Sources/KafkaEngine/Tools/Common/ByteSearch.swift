#if canImport(Glibc)
    import Glibc
#endif

/// Finding a byte string inside raw bytes: `memchr` for the first byte, then a compare. The tools'
/// separators are short, so this beats anything cleverer.
enum ByteSearch {
    /// The offset of the first occurrence of `needle` in `haystack` at or after `start`.
    static func firstIndex(of needle: [UInt8], in haystack: UnsafeRawBufferPointer, from start: Int = 0) -> Int? {
        guard let first = needle.first, let base = haystack.baseAddress else { return needle.isEmpty ? start : nil }
        let count = haystack.count
        var i = start
        while i + needle.count <= count {
            guard let hit = memchr(base + i, Int32(first), count - i - needle.count + 1) else { return nil }
            let at = base.distance(to: UnsafeRawPointer(hit))
            if needle.count == 1 { return at }
            let matches = needle.withUnsafeBytes { memcmp(base + at + 1, $0.baseAddress! + 1, needle.count - 1) == 0 }
            if matches { return at }
            i = at + 1
        }
        return nil
    }

    /// Whether the bytes `haystack[range]` are exactly `bytes`.
    static func equals(_ haystack: UnsafeRawBufferPointer, _ range: Range<Int>, _ bytes: [UInt8]) -> Bool {
        guard range.count == bytes.count else { return false }
        if bytes.isEmpty { return true }
        return bytes.withUnsafeBytes {
            memcmp(haystack.baseAddress! + range.lowerBound, $0.baseAddress!, bytes.count) == 0
        }
    }
}
