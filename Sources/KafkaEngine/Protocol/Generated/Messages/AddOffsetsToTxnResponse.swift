// Generated from message/AddOffsetsToTxnResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// AddOffsetsToTxnResponse (API key 25), versions 0-4, flexible 3+.
package struct AddOffsetsToTxnResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .addOffsetsToTxn
    package static let validVersions: ClosedRange<Int16> = 0...4
    package static let firstFlexibleVersion: Int16? = 3

    /// Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The response error code, or 0 if there was no error.
    package var errorCode: Int16 = 0
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "AddOffsetsToTxnResponse", version: version)
        }
        let flexible = version >= 3
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "AddOffsetsToTxnResponse", version: version)
        }
        let flexible = version >= 3
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        buffer.writeInteger(self.errorCode, as: Int16.self)
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("AddOffsetsToTxnResponse v\(version) cannot carry tagged fields")
        }
    }
}
