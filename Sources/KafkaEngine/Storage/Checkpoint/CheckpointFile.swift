/// Kafka's checkpoint text format (`CheckpointFile`), shared by the offset and leader-epoch
/// checkpoints:
///
/// ```
/// 0            <- version
/// 2            <- number of entries
/// entry        <- one per line, fields separated by a space
/// entry
/// ```
///
/// Lines end with "\n". Writes are atomic (`StorageFile.writeAtomically`). Reading follows Kafka's
/// `CheckpointReadBuffer`: an empty file, or one that stops after the version line, holds no
/// entries; anything else that does not parse is a `StorageError.malformedFile` naming the file and
/// the line, so the caller can fall back (a log dir without usable checkpoints recovers every log).
enum CheckpointFile {
    /// Writes `version`, the entry count and one line per entry to `path`.
    static func write(path: String, version: Int, lines: [String], sync: Bool) throws(StorageError) {
        var text = "\(version)\n\(lines.count)\n"
        for line in lines {
            text += line
            text += "\n"
        }
        try StorageFile.writeAtomically(path, contents: Array(text.utf8), sync: sync)
    }

    /// Reads the entries of the checkpoint at `path`, parsing each entry line with `entry` (nil
    /// for a line that does not parse). A missing file holds no entries.
    static func read<Entry>(
        path: String, version: Int, entry: (Substring) -> Entry?
    ) throws(StorageError) -> [Entry] {
        let bytes: [UInt8]
        do {
            bytes = try StorageFile.readAll(path)
        } catch where error.isNoSuchFile {
            return []
        }
        return try parse(bytes, path: path, version: version, entry: entry)
    }

    static func parse<Entry>(
        _ bytes: [UInt8], path: String, version: Int, entry: (Substring) -> Entry?
    ) throws(StorageError) -> [Entry] {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .malformedFile(path: path, line: nil, message: "Checkpoint file [\(path)] is not valid UTF-8")
        }
        let lines = javaLines(text)
        func malformed(_ n: Int) -> StorageError {
            .malformedFile(path: path, line: n + 1, message: "Malformed line in checkpoint file [\(path)]: \(lines[n])")
        }
        guard !lines.isEmpty else { return [] }
        guard let readVersion = Int32(lines[0]) else { throw malformed(0) }
        guard readVersion == version else {
            throw .malformedFile(
                path: path, line: 1,
                message: "Unrecognised version:\(readVersion), expected version: \(version)"
                    + " in checkpoint file at: \(path)")
        }
        guard lines.count > 1 else { return [] }
        guard let expectedSize = Int32(lines[1]), expectedSize >= 0 else { throw malformed(1) }
        var entries: [Entry] = []
        for n in 2..<lines.count {
            guard let parsed = entry(lines[n]) else { throw malformed(n) }
            entries.append(parsed)
        }
        guard entries.count == Int(expectedSize) else {
            throw .malformedFile(
                path: path, line: nil,
                message: "Expected [\(expectedSize)] entries in checkpoint file [\(path)],"
                    + " but found only [\(entries.count)]")
        }
        return entries
    }
}

/// The lines of `text` as Java's `BufferedReader.readLine` returns them: split at "\n", "\r" or
/// "\r\n", with no empty last line for text that ends with a line break.
func javaLines(_ text: String) -> [Substring] {
    var lines: [Substring] = []
    let utf8 = text.utf8
    var start = utf8.startIndex
    var i = start
    while i != utf8.endIndex {
        let byte = utf8[i]
        if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
            lines.append(Substring(text[start..<i]))
            var next = utf8.index(after: i)
            if byte == UInt8(ascii: "\r"), next != utf8.endIndex, utf8[next] == UInt8(ascii: "\n") {
                next = utf8.index(after: next)
            }
            start = next
            i = next
        } else {
            i = utf8.index(after: i)
        }
    }
    if start != utf8.endIndex { lines.append(Substring(text[start...])) }
    return lines
}

/// `line.split("\\s+")` in Java: fields between runs of whitespace (space, \t, \n, \u{0B}, \f, \r);
/// a leading run gives an empty first field, trailing empty fields are dropped.
func javaWhitespaceSplit(_ line: Substring) -> [Substring] {
    let pieces = line.utf8.split(omittingEmptySubsequences: false) {
        $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0B || $0 == 0x0C || $0 == 0x0D
    }
    // Adjacent separators leave empty pieces between them, which Java's \s+ never produces; only a
    // leading empty field survives.
    let fields = pieces.enumerated().filter { $0.offset == 0 || !$0.element.isEmpty }.map { Substring($0.element) }
    if fields.count == 1, fields[0].isEmpty, !line.isEmpty { return [] }  // whitespace only
    return fields
}
