// Generated from message/ControllerRegistrationResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// ControllerRegistrationResponse (API key 70), versions 0, flexible 0+.
package struct ControllerRegistrationResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .controllerRegistration
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The response error code.
    package var errorCode: Int16 = 0
    /// The response error message, or null if there was no error.
    package var errorMessage: String? = ""
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ControllerRegistrationResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        self.errorMessage = try buffer.readKafkaNullableString(compact: true)
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ControllerRegistrationResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        buffer.writeInteger(self.errorCode, as: Int16.self)
        try buffer.writeKafkaString(self.errorMessage, compact: true)
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }
}
