// Generated from message/CreateDelegationTokenResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// CreateDelegationTokenResponse (API key 38), versions 0-3, flexible 2+.
package struct CreateDelegationTokenResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .createDelegationToken
    package static let validVersions: ClosedRange<Int16> = 0...3
    package static let firstFlexibleVersion: Int16? = 2

    /// The top-level error, or zero if there was no error.
    package var errorCode: Int16 = 0
    /// The principal type of the token owner.
    package var principalType: String = ""
    /// The name of the token owner.
    package var principalName: String = ""
    /// The principal type of the requester of the token.
    package var tokenRequesterPrincipalType: String = ""
    /// The principal type of the requester of the token.
    package var tokenRequesterPrincipalName: String = ""
    /// When this token was generated.
    package var issueTimestampMs: Int64 = 0
    /// When this token expires.
    package var expiryTimestampMs: Int64 = 0
    /// The maximum lifetime of this token.
    package var maxTimestampMs: Int64 = 0
    /// The token UUID.
    package var tokenId: String = ""
    /// HMAC of the delegation token.
    package var hmac: ByteBuffer = ByteBuffer()
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "CreateDelegationTokenResponse", version: version)
        }
        let flexible = version >= 2
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        self.principalType = try buffer.readKafkaString(compact: flexible, field: "principalType")
        self.principalName = try buffer.readKafkaString(compact: flexible, field: "principalName")
        if version >= 3 {
            self.tokenRequesterPrincipalType = try buffer.readKafkaString(compact: flexible, field: "tokenRequesterPrincipalType")
        }
        if version >= 3 {
            self.tokenRequesterPrincipalName = try buffer.readKafkaString(compact: flexible, field: "tokenRequesterPrincipalName")
        }
        self.issueTimestampMs = try buffer.readKafkaInteger(as: Int64.self)
        self.expiryTimestampMs = try buffer.readKafkaInteger(as: Int64.self)
        self.maxTimestampMs = try buffer.readKafkaInteger(as: Int64.self)
        self.tokenId = try buffer.readKafkaString(compact: flexible, field: "tokenId")
        self.hmac = try buffer.readKafkaBytes(compact: flexible, field: "hmac")
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "CreateDelegationTokenResponse", version: version)
        }
        let flexible = version >= 2
        buffer.writeInteger(self.errorCode, as: Int16.self)
        try buffer.writeKafkaString(self.principalType, compact: flexible)
        try buffer.writeKafkaString(self.principalName, compact: flexible)
        if version >= 3 {
            try buffer.writeKafkaString(self.tokenRequesterPrincipalType, compact: flexible)
        } else if self.tokenRequesterPrincipalType != "" {
            throw .fieldNotSupported(field: "tokenRequesterPrincipalType", message: "CreateDelegationTokenResponse", version: version)
        }
        if version >= 3 {
            try buffer.writeKafkaString(self.tokenRequesterPrincipalName, compact: flexible)
        } else if self.tokenRequesterPrincipalName != "" {
            throw .fieldNotSupported(field: "tokenRequesterPrincipalName", message: "CreateDelegationTokenResponse", version: version)
        }
        buffer.writeInteger(self.issueTimestampMs, as: Int64.self)
        buffer.writeInteger(self.expiryTimestampMs, as: Int64.self)
        buffer.writeInteger(self.maxTimestampMs, as: Int64.self)
        try buffer.writeKafkaString(self.tokenId, compact: flexible)
        try buffer.writeKafkaBytes(self.hmac, compact: flexible)
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("CreateDelegationTokenResponse v\(version) cannot carry tagged fields")
        }
    }
}
