// Generated from message/ExpireDelegationTokenResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// ExpireDelegationTokenResponse (API key 40), versions 0-2, flexible 2+.
package struct ExpireDelegationTokenResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .expireDelegationToken
    package static let validVersions: ClosedRange<Int16> = 0...2
    package static let firstFlexibleVersion: Int16? = 2

    /// The error code, or 0 if there was no error.
    package var errorCode: Int16 = 0
    /// The timestamp in milliseconds at which this token expires.
    package var expiryTimestampMs: Int64 = 0
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ExpireDelegationTokenResponse", version: version)
        }
        let flexible = version >= 2
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        self.expiryTimestampMs = try buffer.readKafkaInteger(as: Int64.self)
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ExpireDelegationTokenResponse", version: version)
        }
        let flexible = version >= 2
        buffer.writeInteger(self.errorCode, as: Int16.self)
        buffer.writeInteger(self.expiryTimestampMs, as: Int64.self)
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("ExpireDelegationTokenResponse v\(version) cannot carry tagged fields")
        }
    }
}
