// Generated from message/DescribeUserScramCredentialsResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// DescribeUserScramCredentialsResponse (API key 50), versions 0, flexible 0+.
package struct DescribeUserScramCredentialsResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .describeUserScramCredentials
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The message-level error code, 0 except for user authorization or infrastructure issues.
    package var errorCode: Int16 = 0
    /// The message-level error message, if any.
    package var errorMessage: String? = ""
    /// The results for descriptions, one per user.
    package var results: [DescribeUserScramCredentialsResult] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeUserScramCredentialsResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        self.errorMessage = try buffer.readKafkaNullableString(compact: true)
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [DescribeUserScramCredentialsResult] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try DescribeUserScramCredentialsResult(from: &buffer, version: version))
            }
            self.results = items
        } else {
            throw .unexpectedNull(field: "results")
        }
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeUserScramCredentialsResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        buffer.writeInteger(self.errorCode, as: Int16.self)
        try buffer.writeKafkaString(self.errorMessage, compact: true)
        try buffer.writeKafkaArrayCount(self.results.count, compact: true)
        for element in self.results {
            try element.write(to: &buffer, version: version)
        }
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }

    /// Versions 0.
    package struct DescribeUserScramCredentialsResult: Equatable, Sendable {
        /// The user name.
        package var user: String = ""
        /// The user-level error code.
        package var errorCode: Int16 = 0
        /// The user-level error message, if any.
        package var errorMessage: String? = ""
        /// The mechanism and related information associated with the user's SCRAM credentials.
        package var credentialInfos: [CredentialInfo] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.user = try buffer.readKafkaString(compact: true, field: "user")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            self.errorMessage = try buffer.readKafkaNullableString(compact: true)
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [CredentialInfo] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try CredentialInfo(from: &buffer, version: version))
                }
                self.credentialInfos = items
            } else {
                throw .unexpectedNull(field: "credentialInfos")
            }
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            try buffer.writeKafkaString(self.user, compact: true)
            buffer.writeInteger(self.errorCode, as: Int16.self)
            try buffer.writeKafkaString(self.errorMessage, compact: true)
            try buffer.writeKafkaArrayCount(self.credentialInfos.count, compact: true)
            for element in self.credentialInfos {
                try element.write(to: &buffer, version: version)
            }
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 0.
    package struct CredentialInfo: Equatable, Sendable {
        /// The SCRAM mechanism.
        package var mechanism: Int8 = 0
        /// The number of iterations used in the SCRAM credential.
        package var iterations: Int32 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.mechanism = try buffer.readKafkaInteger(as: Int8.self)
            self.iterations = try buffer.readKafkaInteger(as: Int32.self)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.mechanism, as: Int8.self)
            buffer.writeInteger(self.iterations, as: Int32.self)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
