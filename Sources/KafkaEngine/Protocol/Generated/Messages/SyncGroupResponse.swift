// Generated from message/SyncGroupResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// SyncGroupResponse (API key 14), versions 0-5, flexible 4+.
package struct SyncGroupResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .syncGroup
    package static let validVersions: ClosedRange<Int16> = 0...5
    package static let firstFlexibleVersion: Int16? = 4

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    package var errorCode: Int16 = 0
    /// The group protocol type.
    package var protocolType: String? = nil
    /// The group protocol name.
    package var protocolName: String? = nil
    /// The member assignment.
    package var assignment: ByteBuffer = ByteBuffer()
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "SyncGroupResponse", version: version)
        }
        let flexible = version >= 4
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        }
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        if version >= 5 {
            self.protocolType = try buffer.readKafkaNullableString(compact: flexible)
        }
        if version >= 5 {
            self.protocolName = try buffer.readKafkaNullableString(compact: flexible)
        }
        self.assignment = try buffer.readKafkaBytes(compact: flexible, field: "assignment")
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "SyncGroupResponse", version: version)
        }
        let flexible = version >= 4
        if version >= 1 {
            buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        }
        buffer.writeInteger(self.errorCode, as: Int16.self)
        if version >= 5 {
            try buffer.writeKafkaString(self.protocolType, compact: flexible)
        }
        if version >= 5 {
            try buffer.writeKafkaString(self.protocolName, compact: flexible)
        }
        try buffer.writeKafkaBytes(self.assignment, compact: flexible)
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("SyncGroupResponse v\(version) cannot carry tagged fields")
        }
    }
}
