#if canImport(Glibc)
import Glibc
#endif

/// The identity of a log directory, stored in its `meta.properties` file (Kafka's `MetaProperties`):
/// which cluster and node it belongs to and the directory's own id. Written once when the
/// directory is formatted; checked at every start.
///
/// The file is a Java properties file, as `Properties.store` writes it (Java 18 and later sorts the keys):
///
/// ```
/// #
/// #Thu Mar 14 10:39:26 UTC 2024
/// cluster.id=4L6g3nShT-eMCtK--X86sw
/// directory.id=y3vVSXD5ZNExJ4Cq3QlbwQ
/// node.id=1
/// version=1
/// ```
///
/// Version 0 (from ZooKeeper clusters) has `broker.id` instead of `node.id`, and no field is required.
/// Versions 1 and 2 require `cluster.id` and `node.id`.
package struct MetaProperties: Equatable, Sendable, CustomStringConvertible {
    /// Kafka's `MetaPropertiesVersion`.
    package enum Version: Int32, Sendable {
        case v0 = 0
        case v1 = 1
        case v2 = 2

        /// Version 0 names the node `broker.id`.
        package var hasBrokerId: Bool { self == .v0 }
    }

    package static let fileName = "meta.properties"

    package var version: Version
    package var clusterId: String?
    package var nodeId: Int32?
    package var directoryId: KafkaUUID?

    /// - Throws: `illegalArgument` when a version above 0 lacks the cluster id or node id.
    package init(
        version: Version = .v1, clusterId: String?, nodeId: Int32?, directoryId: KafkaUUID? = nil
    ) throws(StorageError) {
        if version != .v0 {
            guard clusterId != nil else { throw .illegalArgument("cluster.id was not found.") }
            guard nodeId != nil else { throw .illegalArgument("node.id was not found.") }
        }
        self.version = version
        self.clusterId = clusterId
        self.nodeId = nodeId
        self.directoryId = directoryId
    }

    /// Reads the fields from properties, as Kafka's `MetaProperties.Builder(Properties)` does (a
    /// missing `version` means 0; unknown keys are ignored).
    /// - Throws: `illegalArgument` with Kafka's message for a bad version, a missing or non-numeric
    ///   node id, a directory id that is not a Kafka UUID, or a missing cluster id.
    package init(properties: [String: String]) throws(StorageError) {
        let versionText = properties["version"] ?? "0"
        guard let number = Int32(versionText.trimmingJavaWhitespace()) else {
            throw .illegalArgument("Invalid meta.properties version string '\(versionText)'")
        }
        guard let version = Version(rawValue: number) else {
            throw .illegalArgument("Unknown meta.properties version number \(number)")
        }
        var nodeId: Int32?
        if version.hasBrokerId {
            if properties["broker.id"] != nil { nodeId = try Self.requiredInt(properties, "broker.id") }
        } else {
            nodeId = try Self.requiredInt(properties, "node.id")
        }
        var directoryId: KafkaUUID?
        if let text = properties["directory.id"] {
            guard let id = KafkaUUID(text) else {
                throw .illegalArgument("Unable to read directory.id as a Uuid: Invalid UUID string: \(text)")
            }
            directoryId = id
        }
        try self.init(version: version, clusterId: properties["cluster.id"], nodeId: nodeId, directoryId: directoryId)
    }

    private static func requiredInt(_ properties: [String: String], _ key: String) throws(StorageError) -> Int32 {
        guard let text = properties[key] else { throw .illegalArgument("Failed to find \(key)") }
        guard let value = Int32(text) else { throw .illegalArgument("Unable to read \(key) as a base-10 number.") }
        return value
    }

    /// The fields as properties (Kafka's `toProperties`).
    package var properties: [String: String] {
        var properties = ["version": String(version.rawValue)]
        if let clusterId { properties["cluster.id"] = clusterId }
        if version.hasBrokerId {
            if let nodeId { properties["broker.id"] = String(nodeId) }
        } else if let nodeId {
            properties["node.id"] = String(nodeId)
        }
        if let directoryId { properties["directory.id"] = directoryId.description }
        return properties
    }

    package var description: String {
        var text = "MetaProperties(version=\(version.rawValue)"
        if let clusterId { text += ", clusterId=\(clusterId)" }
        if let nodeId { text += ", nodeId=\(nodeId)" }
        if let directoryId { text += ", directoryId=\(directoryId)" }
        return text + ")"
    }

    // MARK: File

    /// Reads `path`.
    /// - Throws: `io` when it cannot be read (`isNoSuchFile` for an unformatted directory);
    ///   `malformedFile` naming the file when its fields are not valid.
    package static func read(from path: String) throws(StorageError) -> MetaProperties {
        let bytes = try StorageFile.readAll(path)
        do {
            return try MetaProperties(properties: parseJavaProperties(String(decoding: bytes, as: UTF8.self)))
        } catch {
            throw .malformedFile(path: path, line: nil, message: "\(error) in \(path)")
        }
    }

    /// Writes the file atomically, as Kafka's `PropertiesUtils.writePropertiesFile`: an empty
    /// comment line, a date comment (`epochSeconds`, in UTC, as `java.util.Date.toString` prints
    /// it), then `key=value` lines sorted by key.
    package func write(
        to path: String, epochSeconds: Int64 = Int64(time(nil)), sync: Bool = true
    ) throws(StorageError) {
        let text = Self.storeText(properties, epochSeconds: epochSeconds)
        try StorageFile.writeAtomically(path, contents: Array(text.utf8), sync: sync)
    }

    /// The text `java.util.Properties.store(writer, "")` writes for `properties`.
    static func storeText(_ properties: [String: String], epochSeconds: Int64) -> String {
        var text = "#\n#\(javaDateString(epochSeconds: epochSeconds))\n"
        for key in properties.keys.sorted() {
            text += escape(key, isKey: true) + "=" + escape(properties[key] ?? "", isKey: false) + "\n"
        }
        return text
    }

    /// `Properties.saveConvert` for a `Writer` (no \u escapes).
    private static func escape(_ text: String, isKey: Bool) -> String {
        var out = ""
        for (n, c) in text.enumerated() {
            switch c {
            case " ": out += (n == 0 || isKey) ? "\\ " : " "
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\u{0C}": out += "\\f"
            case "=", ":", "#", "!", "\\": out += "\\" + String(c)
            default: out.append(c)
            }
        }
        return out
    }

    /// `java.util.Date.toString()` in UTC: `EEE MMM dd HH:mm:ss zzz yyyy`.
    static func javaDateString(epochSeconds: Int64) -> String {
        var seconds = time_t(epochSeconds)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let day = days[Int(parts.tm_wday) % 7]
        let month = months[Int(parts.tm_mon) % 12]
        return "\(day) \(month) \(two(parts.tm_mday)) \(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))"
            + " UTC \(parts.tm_year + 1900)"
    }
}

extension String {
    /// Java's `String.trim()`: drops leading and trailing characters up to U+0020.
    fileprivate func trimmingJavaWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0.value > 0x20 }),
            let last = scalars.lastIndex(where: { $0.value > 0x20 })
        else { return "" }
        return String(scalars[first...last])
    }
}

/// The key/value pairs of a Java properties file, as `Properties.load` reads them: `#`/`!` comment
/// lines, `key=value`, `key: value` or `key value`, backslash escapes (`\t`, `\n`, `\r`, `\f`,
/// `\uXXXX`, `\x` for any other x) and lines continued by a trailing backslash. Kept here for
/// `meta.properties`; the broker's configuration files have their own parser in Config.
private func parseJavaProperties(_ text: String) -> [String: String] {
    var result: [String: String] = [:]
    let whitespace: Set<Character> = [" ", "\t", "\u{0C}"]
    var logical = ""
    var continuing = false
    for natural in javaLines(text) {
        let line = natural.drop { whitespace.contains($0) }
        if !continuing && (line.isEmpty || line.first == "#" || line.first == "!") { continue }
        // An odd number of trailing backslashes continues the line.
        let trailing = line.reversed().prefix { $0 == "\\" }.count
        logical += trailing % 2 == 1 ? line.dropLast() : line
        continuing = trailing % 2 == 1
        if continuing { continue }
        let (key, value) = splitProperty(Array(logical), whitespace: whitespace)
        result[unescapeProperty(key)] = unescapeProperty(value)
        logical = ""
    }
    if continuing {
        let (key, value) = splitProperty(Array(logical), whitespace: whitespace)
        result[unescapeProperty(key)] = unescapeProperty(value)
    }
    return result
}

/// Splits a logical line at the first unescaped `=`, `:` or whitespace (still escaped).
private func splitProperty(_ chars: [Character], whitespace: Set<Character>) -> ([Character], [Character]) {
    var keyEnd = chars.count
    var valueStart = chars.count
    var escaped = false
    for (n, c) in chars.enumerated() {
        if escaped {
            escaped = false
            continue
        }
        if c == "\\" {
            escaped = true
        } else if c == "=" || c == ":" || whitespace.contains(c) {
            keyEnd = n
            var i = n
            if whitespace.contains(c) {
                while i < chars.count && whitespace.contains(chars[i]) { i += 1 }
                if i < chars.count && (chars[i] == "=" || chars[i] == ":") { i += 1 }
            } else {
                i += 1
            }
            while i < chars.count && whitespace.contains(chars[i]) { i += 1 }
            valueStart = i
            break
        }
    }
    return (Array(chars[..<keyEnd]), Array(chars[valueStart...]))
}

/// `Properties.loadConvert`: resolves backslash escapes. A malformed `\u` escape is kept as
/// written rather than rejected.
private func unescapeProperty(_ chars: [Character]) -> String {
    var out = ""
    var i = 0
    while i < chars.count {
        let c = chars[i]
        i += 1
        guard c == "\\", i < chars.count else {
            if c != "\\" { out.append(c) }
            continue
        }
        let e = chars[i]
        i += 1
        switch e {
        case "t": out += "\t"
        case "n": out += "\n"
        case "r": out += "\r"
        case "f": out += "\u{0C}"
        case "u":
            let hex = String(chars[i..<min(i + 4, chars.count)])
            if hex.count == 4, let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                out.unicodeScalars.append(scalar)
                i += 4
            } else {
                out += "\\u"
            }
        default: out.append(e)
        }
    }
    return out
}
