/// A log dir's `.kafka_cleanshutdown` marker (Kafka's `CleanShutdownFileHandler`): present after a
/// clean shutdown, so the next start skips recovery; removed once the logs are loaded. It holds
/// `{"version":0,"brokerEpoch":N}`, the broker epoch at shutdown (KIP-966).
package struct CleanShutdownFile: Sendable {
    package static let fileName = ".kafka_cleanshutdown"
    package static let currentVersion = 0

    package let path: String

    /// The marker of the log dir `logDirectory`.
    package init(logDirectory: String) {
        self.path = StorageFile.join(logDirectory, Self.fileName)
    }

    package var exists: Bool { StorageFile.exists(path) }

    /// Writes the marker with `brokerEpoch` and fsyncs it.
    package func write(brokerEpoch: Int64) throws(StorageError) {
        let text = "{\"version\":\(Self.currentVersion),\"brokerEpoch\":\(brokerEpoch)}"
        let file = try StorageFile.open(path, create: true, truncate: true)
        do {
            try file.write(Array(text.utf8), at: 0)
            try file.sync()
        } catch {
            try? file.close()
            throw error
        }
        try file.close()
    }

    /// The broker epoch in the marker; nil when it is missing or unreadable (as Kafka, which only
    /// logs that).
    package func readBrokerEpoch() -> Int64? {
        guard let bytes = try? StorageFile.readAll(path),
            let text = String(validating: bytes, as: UTF8.self)
        else { return nil }
        return Self.brokerEpoch(inJSON: text)
    }

    package func delete() throws(StorageError) {
        try StorageFile.deleteIfExists(path)
    }

    /// The integer value of the top-level `"brokerEpoch"` field of a flat JSON object.
    static func brokerEpoch(inJSON text: String) -> Int64? {
        let trimmed = text.drop { $0.isJavaWhitespace }
        guard trimmed.first == "{", let key = trimmed.firstRange(of: "\"brokerEpoch\"") else { return nil }
        var rest = trimmed[key.upperBound...].drop { $0.isJavaWhitespace }
        guard rest.first == ":" else { return nil }
        rest = rest.dropFirst().drop { $0.isJavaWhitespace }
        let number = rest.prefix { $0 == "-" || $0.isASCII && $0.isNumber }
        return Int64(number)
    }
}
