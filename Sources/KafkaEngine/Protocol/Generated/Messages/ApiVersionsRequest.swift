// Generated from message/ApiVersionsRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// ApiVersionsRequest (API key 18), versions 0-4, flexible 3+.
package struct ApiVersionsRequest: KafkaRequestMessage {
    package typealias Response = ApiVersionsResponse
    package static let apiKey: ApiKey = .apiVersions
    package static let validVersions: ClosedRange<Int16> = 0...4
    package static let firstFlexibleVersion: Int16? = 3

    /// The name of the client.
    package var clientSoftwareName: String = ""
    /// The version of the client.
    package var clientSoftwareVersion: String = ""
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ApiVersionsRequest", version: version)
        }
        let flexible = version >= 3
        if version >= 3 {
            self.clientSoftwareName = try buffer.readKafkaString(compact: flexible, field: "clientSoftwareName")
        }
        if version >= 3 {
            self.clientSoftwareVersion = try buffer.readKafkaString(compact: flexible, field: "clientSoftwareVersion")
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ApiVersionsRequest", version: version)
        }
        let flexible = version >= 3
        if version >= 3 {
            try buffer.writeKafkaString(self.clientSoftwareName, compact: flexible)
        }
        if version >= 3 {
            try buffer.writeKafkaString(self.clientSoftwareVersion, compact: flexible)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("ApiVersionsRequest v\(version) cannot carry tagged fields")
        }
    }
}
