import Foundation

/// The security protocol of a listener (Kafka's `SecurityProtocol`), with its wire id.
package enum SecurityProtocol: String, Sendable, CaseIterable {
    case plaintext = "PLAINTEXT"
    case ssl = "SSL"
    case saslPlaintext = "SASL_PLAINTEXT"
    case saslSsl = "SASL_SSL"

    /// The id used on the wire (e.g. in `RegisterBrokerRecord` endpoints).
    package var id: Int16 {
        switch self {
        case .plaintext: 0
        case .ssl: 1
        case .saslPlaintext: 2
        case .saslSsl: 3
        }
    }

    /// `SecurityProtocol.forName`: case-insensitive.
    package static func forName(_ name: String) -> SecurityProtocol? {
        SecurityProtocol(rawValue: name.uppercased())
    }
}

/// One listener: a name (upper-cased, as `ListenerName.normalised` makes it), the host to bind or
/// advertise (nil for the wildcard, Kafka's empty host), a port, and its security protocol.
package struct ListenerEndpoint: Sendable, Equatable, CustomStringConvertible {
    package var listenerName: String
    package var securityProtocol: SecurityProtocol
    package var host: String?
    package var port: Int32

    package init(listenerName: String, securityProtocol: SecurityProtocol, host: String?, port: Int32) {
        self.listenerName = listenerName
        self.securityProtocol = securityProtocol
        self.host = host
        self.port = port
    }

    /// `NAME://host:port`, with IPv6 hosts bracketed.
    package var description: String {
        let h = host ?? ""
        return "\(listenerName)://\(h.contains(":") ? "[\(h)]" : h):\(port)"
    }

    /// Parses `NAME://host:port` entries (`SocketServerConfigs.listenerListToEndPoints` plus the
    /// checks of `AbstractKafkaConfig.listenerListToEndPoints`), with Kafka's messages.
    static func parseList(
        _ entries: [String], protocols: (String) -> SecurityProtocol?, requireDistinctPorts: Bool
    ) throws(ConfigError) -> [ListenerEndpoint] {
        let shown = "[" + entries.joined(separator: ", ") + "]"
        func wrapped(_ message: String) -> ConfigError {
            ConfigError("Error creating broker listeners from '\(shown)': \(message)")
        }
        var endpoints: [ListenerEndpoint] = []
        for entry in entries {
            guard let (name, host, portText) = splitEndpoint(entry) else {
                throw wrapped("Unable to parse \(entry) to a broker endpoint")
            }
            guard let port = JavaNumber.parseInteger(portText, min: Int64(Int32.min), max: Int64(Int32.max)) else {
                throw wrapped("For input string: \"\(portText)\"")
            }
            let listenerName = name.uppercased()
            guard let securityProtocol = protocols(listenerName) else {
                throw wrapped("No security protocol defined for listener \(listenerName)")
            }
            endpoints.append(
                ListenerEndpoint(
                    listenerName: listenerName, securityProtocol: securityProtocol, host: host.isEmpty ? nil : host,
                    port: Int32(port)))
        }
        if Set(endpoints.map(\.listenerName)).count != endpoints.count {
            throw wrapped("Each listener must have a different name, listeners: \(shown)")
        }
        guard requireDistinctPorts else { return endpoints }
        var seenPorts: [Int32] = []
        for endpoint in endpoints where endpoint.port != 0 && !seenPorts.contains(endpoint.port) {
            seenPorts.append(endpoint.port)
        }
        for port in seenPorts {
            let sharing = endpoints.filter { $0.port == port }
            guard sharing.count > 1 else { continue }
            let withIP = sharing.filter { $0.host.map(IPAddress.isValid) ?? false }
            let withoutIP = sharing.filter { !($0.host.map(IPAddress.isValid) ?? false) }
            if withoutIP.count > 1 {
                throw wrapped("Each listener must have a different port, listeners: \(shown)")
            }
            if withIP.isEmpty { continue }
            if withIP.count == 2 {
                let message =
                    "If you have two listeners on the same port then one needs to be IPv4 and the other IPv6, "
                    + "listeners: \(shown), port: \(port)"
                let (a, b) = (withIP[0].host ?? "", withIP[1].host ?? "")
                let oneOfEach =
                    (IPAddress.isIPv4(a) && IPAddress.isIPv6(b)) || (IPAddress.isIPv6(a) && IPAddress.isIPv4(b))
                if !oneOfEach || !withoutIP.isEmpty { throw wrapped(message) }
                continue
            }
            throw wrapped(
                "Each listener must have a different port unless exactly one listener has an IPv4 address and "
                    + "the other IPv6 address, listeners: \(shown), port: \(port)")
        }
        return endpoints
    }

    /// `^(.*)://\[?([0-9a-zA-Z\-%._:]*)\]?:(-?[0-9]+)` matched against the whole entry.
    private static func splitEndpoint(_ entry: String) -> (String, String, String)? {
        guard let separator = entry.range(of: "://", options: .backwards) else { return nil }
        let name = String(entry[..<separator.lowerBound])
        let rest = entry[separator.upperBound...]
        guard let colon = rest.lastIndex(of: ":") else { return nil }
        let port = rest[rest.index(after: colon)...]
        let digits = port.hasPrefix("-") ? port.dropFirst() : port
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        var host = rest[..<colon]
        if host.hasPrefix("[") { host = host.dropFirst() }
        if host.hasSuffix("]") { host = host.dropLast() }
        guard host.unicodeScalars.allSatisfy(HostPort.isHostCharacter) else { return nil }
        return (name, String(host), String(port))
    }
}

/// A `host:port` pair as Kafka's `Utils.getHost`/`getPort` read it.
package struct HostPort: Sendable, Equatable, Hashable, CustomStringConvertible {
    package var host: String
    package var port: Int32

    package init(host: String, port: Int32) {
        self.host = host
        self.port = port
    }

    package var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }

    /// `[0-9a-zA-Z\-%._:]`, the characters `Utils` accepts in a host.
    static func isHostCharacter(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "0"..."9", "a"..."z", "A"..."Z", "-", "%", ".", "_", ":": true
        default: false
        }
    }

    /// `Utils.getHost` and `Utils.getPort` (`.*?\[?([0-9a-zA-Z\-%._:]*)\]?:([0-9]+)`): the host is
    /// the longest run of host characters (optionally bracketed) before the final `:digits`.
    /// Nil host when the pattern does not match; nil port also when the digits overflow an int.
    static func split(_ address: String) -> (host: String, port: Int32?)? {
        guard let colon = address.lastIndex(of: ":") else { return nil }
        let digits = address[address.index(after: colon)...]
        guard !digits.isEmpty, digits.unicodeScalars.allSatisfy({ $0.isASCII && ("0"..."9").contains($0) }) else {
            return nil
        }
        var scalars = Array(address[..<colon].unicodeScalars)
        if scalars.last == "]" { scalars.removeLast() }
        var start = scalars.count
        while start > 0, isHostCharacter(scalars[start - 1]) { start -= 1 }
        var host = String.UnicodeScalarView()
        host.append(contentsOf: scalars[start...])
        let port = JavaNumber.parseInteger(String(digits), min: Int64(Int32.min), max: Int64(Int32.max))
        return (String(host), port.map { Int32($0) })
    }

    /// One `controller.quorum.bootstrap.servers` entry (`QuorumConfig.parseBootstrapServer`).
    static func parseBootstrapServer(_ entry: String) throws(ConfigError) -> HostPort {
        let name = "controller.quorum.bootstrap.servers"
        guard let (host, port) = split(entry) else {
            throw ConfigError(
                "Failed to parse host name from \(entry) for the configuration \(name). Each entry should be in the "
                    + "form \"{host}:{port}\"", key: name)
        }
        guard let port else {
            throw ConfigError(
                "Failed to parse host port from \(entry) for the configuration \(name). Each entry should be in the "
                    + "form \"{host}:{port}\"", key: name)
        }
        return HostPort(host: host, port: port)
    }
}

/// One `controller.quorum.voters` entry, `{id}@{host}:{port}`.
package struct ControllerQuorumVoter: Sendable, Equatable, Hashable, CustomStringConvertible {
    package var id: Int32
    package var host: String
    package var port: Int32

    package init(id: Int32, host: String, port: Int32) {
        self.id = id
        self.host = host
        self.port = port
    }

    package var description: String { "\(id)@\(HostPort(host: host, port: port))" }

    /// `QuorumConfig.parseVoterConnections`: entries in order, a repeated id keeping its last
    /// address. With `requireRoutable`, `0.0.0.0` is refused as Raft does when it connects.
    static func parse(_ entries: [String], requireRoutable: Bool) throws(ConfigError) -> [ControllerQuorumVoter] {
        let name = "controller.quorum.voters"
        let form = "Each entry should be in the form `{id}@{host}:{port}`."
        var voters: [ControllerQuorumVoter] = []
        for entry in entries {
            let parts = javaSplit(entry, "@")
            guard parts.count == 2 else {
                throw ConfigError("Invalid configuration value for \(name). \(form)", key: name)
            }
            guard let id = JavaNumber.parseInteger(parts[0], min: Int64(Int32.min), max: Int64(Int32.max)) else {
                throw ConfigError("Failed to parse voter ID as an integer from \(parts[0])", key: name)
            }
            guard let (host, port) = HostPort.split(parts[1]) else {
                throw ConfigError(
                    "Failed to parse host name from entry \(entry) for the configuration \(name). \(form)", key: name)
            }
            guard let port else {
                throw ConfigError(
                    "Failed to parse host port from entry \(entry) for the configuration \(name). \(form)", key: name)
            }
            if requireRoutable && host == "0.0.0.0" {
                throw ConfigError("Host string (\(host)) is not routeable", key: name)
            }
            let voter = ControllerQuorumVoter(id: Int32(id), host: host, port: port)
            if let i = voters.firstIndex(where: { $0.id == voter.id }) {
                voters[i] = voter
            } else {
                voters.append(voter)
            }
        }
        return voters
    }
}

/// `String.split(regex)` for a one-character literal: trailing empty strings dropped.
func javaSplit(_ text: String, _ separator: Character) -> [String] {
    var parts = text.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
    while let last = parts.last, last.isEmpty { parts.removeLast() }
    return parts
}

/// `ThrottledReplicaListValidator`'s element pattern `([0-9]+:[0-9]+)?`.
func isThrottledReplicaEntry(_ entry: String) -> Bool {
    if entry.isEmpty { return true }
    let parts = entry.split(separator: ":", omittingEmptySubsequences: false)
    return parts.count == 2
        && parts.allSatisfy { !$0.isEmpty && $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }
}

/// IP literal checks as commons-validator's `InetAddressValidator` makes them, used to allow an
/// IPv4 and an IPv6 listener on one port.
enum IPAddress {
    static func isValid(_ host: String) -> Bool { isIPv4(host) || isIPv6(host) }

    static func isIPv4(_ host: String) -> Bool {
        let octets = host.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4 else { return false }
        for octet in octets {
            guard !octet.isEmpty, octet.count <= 3, octet.allSatisfy({ $0.isASCII && $0.isNumber }),
                let value = Int(octet), value <= 255, !(octet.count > 1 && octet.hasPrefix("0"))
            else { return false }
        }
        return true
    }

    static func isIPv6(_ host: String) -> Bool {
        var address = Substring(host)
        if let percent = address.firstIndex(of: "%") {
            guard address.index(after: percent) < address.endIndex else { return false }
            address = address[..<percent]
        }
        let doubleColons = address.components(separatedBy: "::").count - 1
        guard doubleColons <= 1 else { return false }
        var groups = address.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        if address.hasPrefix("::") { groups.removeFirst() }
        if address.hasSuffix("::") { groups.removeLast() }
        var count = 0
        for (i, group) in groups.enumerated() {
            if group.isEmpty {
                guard doubleColons == 1 else { return false }
                continue
            }
            if i == groups.count - 1 && group.contains(".") {
                guard isIPv4(group) else { return false }
                count += 2
                continue
            }
            guard group.count <= 4, group.allSatisfy({ $0.isHexDigit }) else { return false }
            count += 1
        }
        return doubleColons == 1 ? count < 8 : count == 8
    }
}
