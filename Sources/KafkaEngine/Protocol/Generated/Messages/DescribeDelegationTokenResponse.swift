// Generated from message/DescribeDelegationTokenResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// DescribeDelegationTokenResponse (API key 41), versions 0-3, flexible 2+.
package struct DescribeDelegationTokenResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .describeDelegationToken
    package static let validVersions: ClosedRange<Int16> = 0...3
    package static let firstFlexibleVersion: Int16? = 2

    /// The error code, or 0 if there was no error.
    package var errorCode: Int16 = 0
    /// The tokens.
    package var tokens: [DescribedDelegationToken] = []
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeDelegationTokenResponse", version: version)
        }
        let flexible = version >= 2
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [DescribedDelegationToken] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try DescribedDelegationToken(from: &buffer, version: version))
            }
            self.tokens = items
        } else {
            throw .unexpectedNull(field: "tokens")
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeDelegationTokenResponse", version: version)
        }
        let flexible = version >= 2
        buffer.writeInteger(self.errorCode, as: Int16.self)
        try buffer.writeKafkaArrayCount(self.tokens.count, compact: flexible)
        for element in self.tokens {
            try element.write(to: &buffer, version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("DescribeDelegationTokenResponse v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-3.
    package struct DescribedDelegationToken: Equatable, Sendable {
        /// The token principal type.
        package var principalType: String = ""
        /// The token principal name.
        package var principalName: String = ""
        /// The principal type of the requester of the token.
        package var tokenRequesterPrincipalType: String = ""
        /// The principal type of the requester of the token.
        package var tokenRequesterPrincipalName: String = ""
        /// The token issue timestamp in milliseconds.
        package var issueTimestamp: Int64 = 0
        /// The token expiry timestamp in milliseconds.
        package var expiryTimestamp: Int64 = 0
        /// The token maximum timestamp length in milliseconds.
        package var maxTimestamp: Int64 = 0
        /// The token ID.
        package var tokenId: String = ""
        /// The token HMAC.
        package var hmac: ByteBuffer = ByteBuffer()
        /// Those who are able to renew this token before it expires.
        package var renewers: [DescribedDelegationTokenRenewer] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            self.principalType = try buffer.readKafkaString(compact: flexible, field: "principalType")
            self.principalName = try buffer.readKafkaString(compact: flexible, field: "principalName")
            if version >= 3 {
                self.tokenRequesterPrincipalType = try buffer.readKafkaString(compact: flexible, field: "tokenRequesterPrincipalType")
            }
            if version >= 3 {
                self.tokenRequesterPrincipalName = try buffer.readKafkaString(compact: flexible, field: "tokenRequesterPrincipalName")
            }
            self.issueTimestamp = try buffer.readKafkaInteger(as: Int64.self)
            self.expiryTimestamp = try buffer.readKafkaInteger(as: Int64.self)
            self.maxTimestamp = try buffer.readKafkaInteger(as: Int64.self)
            self.tokenId = try buffer.readKafkaString(compact: flexible, field: "tokenId")
            self.hmac = try buffer.readKafkaBytes(compact: flexible, field: "hmac")
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [DescribedDelegationTokenRenewer] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try DescribedDelegationTokenRenewer(from: &buffer, version: version))
                }
                self.renewers = items
            } else {
                throw .unexpectedNull(field: "renewers")
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            try buffer.writeKafkaString(self.principalType, compact: flexible)
            try buffer.writeKafkaString(self.principalName, compact: flexible)
            if version >= 3 {
                try buffer.writeKafkaString(self.tokenRequesterPrincipalType, compact: flexible)
            } else if self.tokenRequesterPrincipalType != "" {
                throw .fieldNotSupported(field: "tokenRequesterPrincipalType", message: "DescribeDelegationTokenResponse", version: version)
            }
            if version >= 3 {
                try buffer.writeKafkaString(self.tokenRequesterPrincipalName, compact: flexible)
            } else if self.tokenRequesterPrincipalName != "" {
                throw .fieldNotSupported(field: "tokenRequesterPrincipalName", message: "DescribeDelegationTokenResponse", version: version)
            }
            buffer.writeInteger(self.issueTimestamp, as: Int64.self)
            buffer.writeInteger(self.expiryTimestamp, as: Int64.self)
            buffer.writeInteger(self.maxTimestamp, as: Int64.self)
            try buffer.writeKafkaString(self.tokenId, compact: flexible)
            try buffer.writeKafkaBytes(self.hmac, compact: flexible)
            try buffer.writeKafkaArrayCount(self.renewers.count, compact: flexible)
            for element in self.renewers {
                try element.write(to: &buffer, version: version)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("DescribeDelegationTokenResponse v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-3.
    package struct DescribedDelegationTokenRenewer: Equatable, Sendable {
        /// The renewer principal type
        package var principalType: String = ""
        /// The renewer principal name
        package var principalName: String = ""
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            self.principalType = try buffer.readKafkaString(compact: flexible, field: "principalType")
            self.principalName = try buffer.readKafkaString(compact: flexible, field: "principalName")
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            try buffer.writeKafkaString(self.principalType, compact: flexible)
            try buffer.writeKafkaString(self.principalName, compact: flexible)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("DescribeDelegationTokenResponse v\(version) cannot carry tagged fields")
            }
        }
    }
}
