import NIOCore

/// A message whose shape comes from one of Kafka's JSON definitions: a request or response body,
/// a header, or a record schema (metadata log, `__consumer_offsets`, `__transaction_state`,
/// producer snapshots). Encoders and decoders are generated per version; see
/// `Protocol/Generated/` and `bin/regenerate`.
package protocol KafkaMessage: Sendable, Equatable {
    /// The versions the specification defines.
    static var validVersions: ClosedRange<Int16> { get }
    /// The first flexible version (compact lengths and tagged fields), nil if none is.
    static var firstFlexibleVersion: Int16? { get }

    /// A message with every field at its default.
    init()
    /// Decodes one message at `version`, consuming exactly its bytes.
    init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError)
    /// Encodes at `version`. Throws when a field this version cannot carry holds a non-default
    /// value and is not ignorable, or a non-nullable field is nil (Kafka's rules).
    func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError)
}

extension KafkaMessage {
    package static func isFlexible(version: Int16) -> Bool {
        guard let first = firstFlexibleVersion else { return false }
        return version >= first
    }

    /// Encodes into a new buffer.
    package func encoded(version: Int16, allocator: ByteBufferAllocator = ByteBufferAllocator()) throws(KafkaProtocolError)
        -> ByteBuffer
    {
        var buffer = allocator.buffer(capacity: 64)
        try self.write(to: &buffer, version: version)
        return buffer
    }

    /// Decodes a whole buffer: bytes left over after the message are an error.
    package init(decoding buffer: ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        var copy = buffer
        self = try Self(from: &copy, version: version)
        guard copy.readableBytes == 0 else {
            throw .malformed("\(copy.readableBytes) trailing bytes after \(Self.self) v\(version)")
        }
    }
}

/// A request body; `Response` is its answer.
package protocol KafkaRequestMessage: KafkaMessage {
    associatedtype Response: KafkaResponseMessage
    static var apiKey: ApiKey { get }
}

/// A response body.
package protocol KafkaResponseMessage: KafkaMessage {
    static var apiKey: ApiKey { get }
}
