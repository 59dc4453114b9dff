// Generated from message/RenewDelegationTokenRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// RenewDelegationTokenRequest (API key 39), versions 0-2, flexible 2+.
package struct RenewDelegationTokenRequest: KafkaRequestMessage {
    package typealias Response = RenewDelegationTokenResponse
    package static let apiKey: ApiKey = .renewDelegationToken
    package static let validVersions: ClosedRange<Int16> = 0...2
    package static let firstFlexibleVersion: Int16? = 2

    /// The HMAC of the delegation token to be renewed.
    package var hmac: ByteBuffer = ByteBuffer()
    /// The renewal time period in milliseconds.
    package var renewPeriodMs: Int64 = 0
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "RenewDelegationTokenRequest", version: version)
        }
        let flexible = version >= 2
        self.hmac = try buffer.readKafkaBytes(compact: flexible, field: "hmac")
        self.renewPeriodMs = try buffer.readKafkaInteger(as: Int64.self)
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "RenewDelegationTokenRequest", version: version)
        }
        let flexible = version >= 2
        try buffer.writeKafkaBytes(self.hmac, compact: flexible)
        buffer.writeInteger(self.renewPeriodMs, as: Int64.self)
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("RenewDelegationTokenRequest v\(version) cannot carry tagged fields")
        }
    }
}
