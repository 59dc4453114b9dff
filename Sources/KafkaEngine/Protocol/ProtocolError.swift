/// Why bytes could not be decoded into a Kafka message, or a message could not be encoded at a
/// version. Decoders throw this and never trap: every malformed input ends here.
package enum KafkaProtocolError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Fewer bytes remained than the field needs.
    case truncated(needed: Int, available: Int)
    /// A length or count prefix is negative (and not the null marker) or larger than the bytes left.
    case invalidLength(Int, remaining: Int)
    /// A varint ran past its maximum width.
    case invalidVarint
    /// A non-nullable field was null on the wire, or was nil when encoding.
    case unexpectedNull(field: String)
    /// The message type does not exist at this version.
    case unsupportedVersion(message: String, version: Int16)
    /// A non-ignorable field holds a non-default value that this version cannot carry.
    case fieldNotSupported(field: String, message: String, version: Int16)
    /// An unknown API key in a request header.
    case unknownApiKey(Int16)
    /// Something else that makes the bytes invalid, described.
    case malformed(String)

    package var description: String {
        switch self {
        case .truncated(let needed, let available):
            return "truncated: needed \(needed) bytes, \(available) available"
        case .invalidLength(let length, let remaining):
            return "invalid length \(length) with \(remaining) bytes remaining"
        case .invalidVarint:
            return "invalid varint"
        case .unexpectedNull(let field):
            return "non-nullable field \(field) was null"
        case .unsupportedVersion(let message, let version):
            return "\(message) has no version \(version)"
        case .fieldNotSupported(let field, let message, let version):
            return "\(message) v\(version) cannot carry a non-default \(field)"
        case .unknownApiKey(let key):
            return "unknown API key \(key)"
        case .malformed(let what):
            return what
        }
    }
}
