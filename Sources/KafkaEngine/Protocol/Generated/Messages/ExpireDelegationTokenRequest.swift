// Generated from message/ExpireDelegationTokenRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// ExpireDelegationTokenRequest (API key 40), versions 0-2, flexible 2+.
package struct ExpireDelegationTokenRequest: KafkaRequestMessage {
    package typealias Response = ExpireDelegationTokenResponse
    package static let apiKey: ApiKey = .expireDelegationToken
    package static let validVersions: ClosedRange<Int16> = 0...2
    package static let firstFlexibleVersion: Int16? = 2

    /// The HMAC of the delegation token to be expired.
    package var hmac: ByteBuffer = ByteBuffer()
    /// The expiry time period in milliseconds.
    package var expiryTimePeriodMs: Int64 = 0
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ExpireDelegationTokenRequest", version: version)
        }
        let flexible = version >= 2
        self.hmac = try buffer.readKafkaBytes(compact: flexible, field: "hmac")
        self.expiryTimePeriodMs = try buffer.readKafkaInteger(as: Int64.self)
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ExpireDelegationTokenRequest", version: version)
        }
        let flexible = version >= 2
        try buffer.writeKafkaBytes(self.hmac, compact: flexible)
        buffer.writeInteger(self.expiryTimePeriodMs, as: Int64.self)
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("ExpireDelegationTokenRequest v\(version) cannot carry tagged fields")
        }
    }
}
