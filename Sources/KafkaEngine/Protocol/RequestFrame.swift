import NIOCore

/// A request as it arrives in a frame (the bytes after the int32 size): the header, then the body
/// of `apiKey` at `header.requestApiVersion`.
package struct RequestFrame: Sendable {
    package var header: RequestHeader
    package var apiKey: ApiKey
    package var body: any KafkaRequestMessage

    /// The API key and version of a frame, read without consuming it; nil when fewer than 4 bytes.
    package static func peekApiKeyAndVersion(_ frame: ByteBuffer) -> (key: Int16, version: Int16)? {
        guard let key = frame.getInteger(at: frame.readerIndex, as: Int16.self),
            let version = frame.getInteger(at: frame.readerIndex + 2, as: Int16.self)
        else { return nil }
        return (key, version)
    }

    /// Decodes the request header; `buffer` is left at the start of the body. Unknown API keys
    /// still yield a header (v1) so that the caller can answer or log with the correlation id.
    package static func decodeHeader(_ buffer: inout ByteBuffer) throws(KafkaProtocolError) -> (ApiKey?, RequestHeader) {
        guard let (rawKey, version) = peekApiKeyAndVersion(buffer) else {
            throw .truncated(needed: 4, available: buffer.readableBytes)
        }
        let apiKey = ApiKey(rawValue: rawKey)
        let headerVersion = apiKey?.requestHeaderVersion(apiVersion: version) ?? 1
        let header = try RequestHeader(from: &buffer, version: headerVersion)
        return (apiKey, header)
    }

    /// Decodes a whole frame: header and body, with no bytes left over.
    package init(decoding frame: ByteBuffer) throws(KafkaProtocolError) {
        var buffer = frame
        let (apiKey, header) = try Self.decodeHeader(&buffer)
        guard let apiKey else { throw .unknownApiKey(header.requestApiKey) }
        let version = header.requestApiVersion
        guard apiKey.validVersions.contains(version) else {
            throw .unsupportedVersion(message: apiKey.name + "Request", version: version)
        }
        self.header = header
        self.apiKey = apiKey
        self.body = try apiKey.decodeRequest(from: &buffer, version: version)
        guard buffer.readableBytes == 0 else {
            throw .malformed("\(buffer.readableBytes) trailing bytes after \(apiKey.name) v\(version) request")
        }
    }

    /// The frame's bytes (without the size prefix).
    package func encoded() throws(KafkaProtocolError) -> ByteBuffer {
        var buffer = ByteBuffer()
        try header.write(to: &buffer, version: apiKey.requestHeaderVersion(apiVersion: header.requestApiVersion))
        try body.write(to: &buffer, version: header.requestApiVersion)
        return buffer
    }
}

extension KafkaRequestMessage {
    /// A whole request frame including the int32 size prefix, as a client sends it.
    package func frame(version: Int16, correlationId: Int32, clientId: String?) throws(KafkaProtocolError) -> ByteBuffer {
        var header = RequestHeader()
        header.requestApiKey = Self.apiKey.rawValue
        header.requestApiVersion = version
        header.correlationId = correlationId
        header.clientId = clientId
        var buffer = ByteBuffer()
        buffer.writeInteger(Int32(0))
        try header.write(to: &buffer, version: Self.apiKey.requestHeaderVersion(apiVersion: version))
        try self.write(to: &buffer, version: version)
        buffer.setInteger(Int32(buffer.readableBytes - 4), at: buffer.readerIndex)
        return buffer
    }
}

extension KafkaResponseMessage {
    /// A whole response frame including the int32 size prefix, with the header version the API
    /// and version call for (ApiVersions always v0).
    package func frame(version: Int16, correlationId: Int32) throws(KafkaProtocolError) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.writeInteger(Int32(0))
        var header = ResponseHeader()
        header.correlationId = correlationId
        try header.write(to: &buffer, version: Self.apiKey.responseHeaderVersion(apiVersion: version))
        try self.write(to: &buffer, version: version)
        buffer.setInteger(Int32(buffer.readableBytes - 4), at: buffer.readerIndex)
        return buffer
    }

    /// Decodes a response frame (without the size prefix) sent for a request at `version`.
    package init(decodingFrame frame: ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        var buffer = frame
        _ = try ResponseHeader(from: &buffer, version: Self.apiKey.responseHeaderVersion(apiVersion: version))
        self = try Self(from: &buffer, version: version)
        guard buffer.readableBytes == 0 else {
            throw .malformed("\(buffer.readableBytes) trailing bytes after \(Self.self) v\(version)")
        }
    }
}
