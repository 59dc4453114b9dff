// Generated from message/FindCoordinatorRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// FindCoordinatorRequest (API key 10), versions 0-6, flexible 3+.
package struct FindCoordinatorRequest: KafkaRequestMessage {
    package typealias Response = FindCoordinatorResponse
    package static let apiKey: ApiKey = .findCoordinator
    package static let validVersions: ClosedRange<Int16> = 0...6
    package static let firstFlexibleVersion: Int16? = 3

    /// The coordinator key.
    package var key: String = ""
    /// The coordinator key type. (Group, transaction, etc.)
    package var keyType: Int8 = 0
    /// The coordinator keys.
    package var coordinatorKeys: [String] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "FindCoordinatorRequest", version: version)
        }
        let flexible = version >= 3
        if version <= 3 {
            self.key = try buffer.readKafkaString(compact: flexible, field: "key")
        }
        if version >= 1 {
            self.keyType = try buffer.readKafkaInteger(as: Int8.self)
        }
        if version >= 4 {
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [String] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaString(compact: flexible, field: "coordinatorKeys"))
                }
                self.coordinatorKeys = items
            } else {
                throw .unexpectedNull(field: "coordinatorKeys")
            }
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "FindCoordinatorRequest", version: version)
        }
        let flexible = version >= 3
        if version <= 3 {
            try buffer.writeKafkaString(self.key, compact: flexible)
        } else if self.key != "" {
            throw .fieldNotSupported(field: "key", message: "FindCoordinatorRequest", version: version)
        }
        if version >= 1 {
            buffer.writeInteger(self.keyType, as: Int8.self)
        } else if self.keyType != 0 {
            throw .fieldNotSupported(field: "keyType", message: "FindCoordinatorRequest", version: version)
        }
        if version >= 4 {
            try buffer.writeKafkaArrayCount(self.coordinatorKeys.count, compact: flexible)
            for element in self.coordinatorKeys {
                try buffer.writeKafkaString(element, compact: flexible)
            }
        } else if !self.coordinatorKeys.isEmpty {
            throw .fieldNotSupported(field: "coordinatorKeys", message: "FindCoordinatorRequest", version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("FindCoordinatorRequest v\(version) cannot carry tagged fields")
        }
    }
}
