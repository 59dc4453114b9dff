// Generated from message/CreateDelegationTokenRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// CreateDelegationTokenRequest (API key 38), versions 0-3, flexible 2+.
package struct CreateDelegationTokenRequest: KafkaRequestMessage {
    package typealias Response = CreateDelegationTokenResponse
    package static let apiKey: ApiKey = .createDelegationToken
    package static let validVersions: ClosedRange<Int16> = 0...3
    package static let firstFlexibleVersion: Int16? = 2

    /// The principal type of the owner of the token. If it's null it defaults to the token request principal.
    package var ownerPrincipalType: String? = ""
    /// The principal name of the owner of the token. If it's null it defaults to the token request principal.
    package var ownerPrincipalName: String? = ""
    /// A list of those who are allowed to renew this token before it expires.
    package var renewers: [CreatableRenewers] = []
    /// The maximum lifetime of the token in milliseconds, or -1 to use the server side default.
    package var maxLifetimeMs: Int64 = 0
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "CreateDelegationTokenRequest", version: version)
        }
        let flexible = version >= 2
        if version >= 3 {
            self.ownerPrincipalType = try buffer.readKafkaNullableString(compact: flexible)
        }
        if version >= 3 {
            self.ownerPrincipalName = try buffer.readKafkaNullableString(compact: flexible)
        }
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [CreatableRenewers] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try CreatableRenewers(from: &buffer, version: version))
            }
            self.renewers = items
        } else {
            throw .unexpectedNull(field: "renewers")
        }
        self.maxLifetimeMs = try buffer.readKafkaInteger(as: Int64.self)
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "CreateDelegationTokenRequest", version: version)
        }
        let flexible = version >= 2
        if version >= 3 {
            try buffer.writeKafkaString(self.ownerPrincipalType, compact: flexible)
        } else if self.ownerPrincipalType != "" {
            throw .fieldNotSupported(field: "ownerPrincipalType", message: "CreateDelegationTokenRequest", version: version)
        }
        if version >= 3 {
            try buffer.writeKafkaString(self.ownerPrincipalName, compact: flexible)
        } else if self.ownerPrincipalName != "" {
            throw .fieldNotSupported(field: "ownerPrincipalName", message: "CreateDelegationTokenRequest", version: version)
        }
        try buffer.writeKafkaArrayCount(self.renewers.count, compact: flexible)
        for element in self.renewers {
            try element.write(to: &buffer, version: version)
        }
        buffer.writeInteger(self.maxLifetimeMs, as: Int64.self)
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("CreateDelegationTokenRequest v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-3.
    package struct CreatableRenewers: Equatable, Sendable {
        /// The type of the Kafka principal.
        package var principalType: String = ""
        /// The name of the Kafka principal.
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
                throw .malformed("CreateDelegationTokenRequest v\(version) cannot carry tagged fields")
            }
        }
    }
}
