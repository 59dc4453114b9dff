/// A `host:port` of a broker to contact (a bootstrap server, or a broker from metadata).
package struct BrokerAddress: Hashable, Sendable, CustomStringConvertible {
    package var host: String
    package var port: Int

    package init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    package var description: String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }

    /// Parses `host:port`, `[v6]:port`; nil when the port is missing or out of range.
    package init?(parsing text: some StringProtocol) {
        let trimmed = text.trimmedClientText()
        guard let colon = trimmed.lastIndex(of: ":") else { return nil }
        var host = String(trimmed[..<colon])
        guard let port = Int(trimmed[trimmed.index(after: colon)...]), (0...65535).contains(port) else { return nil }
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        guard !host.isEmpty else { return nil }
        self.init(host: host, port: port)
    }
}

/// The settings every client (admin, producer, consumer) shares, under Kafka's property names:
/// `bootstrap.servers`, `client.id`, `request.timeout.ms`, `socket.connection.setup.timeout.ms`,
/// `retries`, `retry.backoff.ms`, `metadata.max.age.ms`. Parsed by `init(properties:)`; unknown names
/// are kept in `unused` so the producer and consumer configs can read their own from the same map.
package struct ClientConfig: Sendable {
    package var bootstrapServers: [BrokerAddress]
    package var clientId: String = ""
    /// Kafka's `request.timeout.ms` (30000): the wait for any one response.
    package var requestTimeout: Duration = .milliseconds(30_000)
    /// Kafka's `socket.connection.setup.timeout.ms` (10000): the wait for one TCP connect.
    package var connectionSetupTimeout: Duration = .milliseconds(10_000)
    /// Kafka's `retries` for admin requests and metadata (Int32.max in the producer, bounded by time).
    package var retries: Int = 5
    /// Kafka's `retry.backoff.ms` (100).
    package var retryBackoff: Duration = .milliseconds(100)
    /// Kafka's `metadata.max.age.ms` (300000): cached metadata older than this is refreshed.
    package var metadataMaxAge: Duration = .milliseconds(300_000)
    /// Kafka's `default.api.timeout.ms` (60000): the overall bound of an admin or consumer call.
    package var defaultApiTimeout: Duration = .milliseconds(60_000)
    /// Whether metadata requests for a topic may create it on a broker with
    /// `auto.create.topics.enable` (true for producers, `allow.auto.create.topics` for consumers,
    /// false for the admin client).
    package var allowAutoTopicCreation = false

    package init(bootstrapServers: [BrokerAddress], clientId: String = "") {
        self.bootstrapServers = bootstrapServers
        self.clientId = clientId
    }

    /// The client settings of a properties map (`--command-config`, `--producer-property` ...).
    /// Throws a `KafkaClientError` of kind `.config` with Kafka's wording for a bad value.
    package init(properties: [String: String]) throws(KafkaClientError) {
        guard let servers = properties["bootstrap.servers"] else {
            throw .config("Missing required configuration \"bootstrap.servers\" which has no default value.")
        }
        self.init(bootstrapServers: try Self.parseBootstrapServers(servers))
        let p = ConfigReader(properties)
        clientId = p.string("client.id") ?? ""
        requestTimeout = try p.milliseconds("request.timeout.ms") ?? requestTimeout
        connectionSetupTimeout = try p.milliseconds("socket.connection.setup.timeout.ms") ?? connectionSetupTimeout
        retries = try p.int("retries", atLeast: 0) ?? retries
        retryBackoff = try p.milliseconds("retry.backoff.ms") ?? retryBackoff
        metadataMaxAge = try p.milliseconds("metadata.max.age.ms") ?? metadataMaxAge
        defaultApiTimeout = try p.milliseconds("default.api.timeout.ms") ?? defaultApiTimeout
    }

    /// Kafka's `ClientUtils.parseAndValidateAddresses`: a comma-separated `host:port` list.
    package static func parseBootstrapServers(_ text: String) throws(KafkaClientError) -> [BrokerAddress] {
        var result: [BrokerAddress] = []
        for part in text.split(separator: ",") {
            let trimmed = part.trimmedClientText()
            if trimmed.isEmpty { continue }
            guard let address = BrokerAddress(parsing: trimmed) else {
                throw .config("Invalid url in bootstrap.servers: \(trimmed)")
            }
            result.append(address)
        }
        guard !result.isEmpty else { throw .config("No resolvable bootstrap urls given in bootstrap.servers") }
        return result
    }
}

/// Reads typed values from a properties map, with Kafka's error wording
/// (`Invalid value x for configuration y: Not a number of type INT`).
struct ConfigReader {
    let properties: [String: String]

    init(_ properties: [String: String]) {
        self.properties = properties
    }

    func string(_ name: String) -> String? {
        properties[name].map { String($0.trimmedClientText()) }
    }

    func int(_ name: String, atLeast minimum: Int? = nil) throws(KafkaClientError) -> Int? {
        guard let text = string(name) else { return nil }
        guard let value = Int(text), value >= Int(Int32.min), value <= Int(Int32.max) else {
            throw .config("Invalid value \(text) for configuration \(name): Not a number of type INT")
        }
        if let minimum, value < minimum {
            throw .config("Invalid value \(value) for configuration \(name): Value must be at least \(minimum)")
        }
        return value
    }

    func long(_ name: String, atLeast minimum: Int64? = nil) throws(KafkaClientError) -> Int64? {
        guard let text = string(name) else { return nil }
        guard let value = Int64(text) else {
            throw .config("Invalid value \(text) for configuration \(name): Not a number of type LONG")
        }
        if let minimum, value < minimum {
            throw .config("Invalid value \(value) for configuration \(name): Value must be at least \(minimum)")
        }
        return value
    }

    func milliseconds(_ name: String) throws(KafkaClientError) -> Duration? {
        try long(name, atLeast: 0).map { .milliseconds($0) }
    }

    func bool(_ name: String) throws(KafkaClientError) -> Bool? {
        guard let text = string(name) else { return nil }
        switch text.lowercased() {
        case "true": return true
        case "false": return false
        default: throw .config("Invalid value \(text) for configuration \(name): Expected value to be either true or false")
        }
    }

    func oneOf(_ name: String, _ allowed: [String]) throws(KafkaClientError) -> String? {
        guard let text = string(name) else { return nil }
        guard allowed.contains(text.lowercased()) else {
            throw .config("Invalid value \(text) for configuration \(name): String must be one of: \(allowed.joined(separator: ", "))")
        }
        return text.lowercased()
    }
}

extension StringProtocol {
    func trimmedClientText() -> Substring {
        let s = Substring(self)
        guard let first = s.firstIndex(where: { !$0.isWhitespace }) else { return s[s.endIndex...] }
        let last = s.lastIndex(where: { !$0.isWhitespace }) ?? first
        return s[first...last]
    }
}

extension Duration {
    /// Whole milliseconds, for the protocol's `timeoutMs` fields.
    var milliseconds: Int64 {
        components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000
    }

    var int32Milliseconds: Int32 { Int32(clamping: milliseconds) }
}
