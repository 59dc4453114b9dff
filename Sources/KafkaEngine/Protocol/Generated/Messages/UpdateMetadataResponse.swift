// Generated from message/UpdateMetadataResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// UpdateMetadataResponse (API key 6), versions 0-8, flexible 6+.
package struct UpdateMetadataResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .updateMetadata
    package static let validVersions: ClosedRange<Int16> = 0...8
    package static let firstFlexibleVersion: Int16? = 6

    /// The error code, or 0 if there was no error.
    package var errorCode: Int16 = 0
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "UpdateMetadataResponse", version: version)
        }
        let flexible = version >= 6
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "UpdateMetadataResponse", version: version)
        }
        let flexible = version >= 6
        buffer.writeInteger(self.errorCode, as: Int16.self)
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("UpdateMetadataResponse v\(version) cannot carry tagged fields")
        }
    }
}
