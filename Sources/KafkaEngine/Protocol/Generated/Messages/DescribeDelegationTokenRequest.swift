// Generated from message/DescribeDelegationTokenRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// DescribeDelegationTokenRequest (API key 41), versions 0-3, flexible 2+.
package struct DescribeDelegationTokenRequest: KafkaRequestMessage {
    package typealias Response = DescribeDelegationTokenResponse
    package static let apiKey: ApiKey = .describeDelegationToken
    package static let validVersions: ClosedRange<Int16> = 0...3
    package static let firstFlexibleVersion: Int16? = 2

    /// Each owner that we want to describe delegation tokens for, or null to describe all tokens.
    package var owners: [DescribeDelegationTokenOwner]? = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeDelegationTokenRequest", version: version)
        }
        let flexible = version >= 2
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [DescribeDelegationTokenOwner] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try DescribeDelegationTokenOwner(from: &buffer, version: version))
            }
            self.owners = items
        } else {
            self.owners = nil
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeDelegationTokenRequest", version: version)
        }
        let flexible = version >= 2
        if let array = self.owners {
            try buffer.writeKafkaArrayCount(array.count, compact: flexible)
            for element in array {
                try element.write(to: &buffer, version: version)
            }
        } else {
            try buffer.writeKafkaArrayCount(nil, compact: flexible)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("DescribeDelegationTokenRequest v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-3.
    package struct DescribeDelegationTokenOwner: Equatable, Sendable {
        /// The owner principal type.
        package var principalType: String = ""
        /// The owner principal name.
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
                throw .malformed("DescribeDelegationTokenRequest v\(version) cannot carry tagged fields")
            }
        }
    }
}
