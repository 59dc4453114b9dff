// Generated from message/FindCoordinatorResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// FindCoordinatorResponse (API key 10), versions 0-6, flexible 3+.
package struct FindCoordinatorResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .findCoordinator
    package static let validVersions: ClosedRange<Int16> = 0...6
    package static let firstFlexibleVersion: Int16? = 3

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    package var errorCode: Int16 = 0
    /// The error message, or null if there was no error.
    package var errorMessage: String? = ""
    /// The node id.
    package var nodeId: Int32 = 0
    /// The host name.
    package var host: String = ""
    /// The port.
    package var port: Int32 = 0
    /// Each coordinator result in the response
    package var coordinators: [Coordinator] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "FindCoordinatorResponse", version: version)
        }
        let flexible = version >= 3
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        }
        if version <= 3 {
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        }
        if version >= 1 && version <= 3 {
            self.errorMessage = try buffer.readKafkaNullableString(compact: flexible)
        }
        if version <= 3 {
            self.nodeId = try buffer.readKafkaInteger(as: Int32.self)
        }
        if version <= 3 {
            self.host = try buffer.readKafkaString(compact: flexible, field: "host")
        }
        if version <= 3 {
            self.port = try buffer.readKafkaInteger(as: Int32.self)
        }
        if version >= 4 {
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [Coordinator] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try Coordinator(from: &buffer, version: version))
                }
                self.coordinators = items
            } else {
                throw .unexpectedNull(field: "coordinators")
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
            throw .unsupportedVersion(message: "FindCoordinatorResponse", version: version)
        }
        let flexible = version >= 3
        if version >= 1 {
            buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        }
        if version <= 3 {
            buffer.writeInteger(self.errorCode, as: Int16.self)
        } else if self.errorCode != 0 {
            throw .fieldNotSupported(field: "errorCode", message: "FindCoordinatorResponse", version: version)
        }
        if version >= 1 && version <= 3 {
            try buffer.writeKafkaString(self.errorMessage, compact: flexible)
        }
        if version <= 3 {
            buffer.writeInteger(self.nodeId, as: Int32.self)
        } else if self.nodeId != 0 {
            throw .fieldNotSupported(field: "nodeId", message: "FindCoordinatorResponse", version: version)
        }
        if version <= 3 {
            try buffer.writeKafkaString(self.host, compact: flexible)
        } else if self.host != "" {
            throw .fieldNotSupported(field: "host", message: "FindCoordinatorResponse", version: version)
        }
        if version <= 3 {
            buffer.writeInteger(self.port, as: Int32.self)
        } else if self.port != 0 {
            throw .fieldNotSupported(field: "port", message: "FindCoordinatorResponse", version: version)
        }
        if version >= 4 {
            try buffer.writeKafkaArrayCount(self.coordinators.count, compact: flexible)
            for element in self.coordinators {
                try element.write(to: &buffer, version: version)
            }
        } else if !self.coordinators.isEmpty {
            throw .fieldNotSupported(field: "coordinators", message: "FindCoordinatorResponse", version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("FindCoordinatorResponse v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 4-6.
    package struct Coordinator: Equatable, Sendable {
        /// The coordinator key.
        package var key: String = ""
        /// The node id.
        package var nodeId: Int32 = 0
        /// The host name.
        package var host: String = ""
        /// The port.
        package var port: Int32 = 0
        /// The error code, or 0 if there was no error.
        package var errorCode: Int16 = 0
        /// The error message, or null if there was no error.
        package var errorMessage: String? = ""
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.key = try buffer.readKafkaString(compact: true, field: "key")
            self.nodeId = try buffer.readKafkaInteger(as: Int32.self)
            self.host = try buffer.readKafkaString(compact: true, field: "host")
            self.port = try buffer.readKafkaInteger(as: Int32.self)
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            self.errorMessage = try buffer.readKafkaNullableString(compact: true)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            try buffer.writeKafkaString(self.key, compact: true)
            buffer.writeInteger(self.nodeId, as: Int32.self)
            try buffer.writeKafkaString(self.host, compact: true)
            buffer.writeInteger(self.port, as: Int32.self)
            buffer.writeInteger(self.errorCode, as: Int16.self)
            try buffer.writeKafkaString(self.errorMessage, compact: true)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
