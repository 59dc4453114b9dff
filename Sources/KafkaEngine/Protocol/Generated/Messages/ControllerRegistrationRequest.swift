// Generated from message/ControllerRegistrationRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// ControllerRegistrationRequest (API key 70), versions 0, flexible 0+.
package struct ControllerRegistrationRequest: KafkaRequestMessage {
    package typealias Response = ControllerRegistrationResponse
    package static let apiKey: ApiKey = .controllerRegistration
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The ID of the controller to register.
    package var controllerId: Int32 = 0
    /// The controller incarnation ID, which is unique to each process run.
    package var incarnationId: KafkaUUID = .zero
    /// Set if the required configurations for ZK migration are present.
    package var zkMigrationReady: Bool = false
    /// The listeners of this controller
    package var listeners: [Listener] = []
    /// The features on this controller
    package var features: [Feature] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ControllerRegistrationRequest", version: version)
        }
        self.controllerId = try buffer.readKafkaInteger(as: Int32.self)
        self.incarnationId = try buffer.readKafkaUUID()
        self.zkMigrationReady = try buffer.readKafkaBool()
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [Listener] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try Listener(from: &buffer, version: version))
            }
            self.listeners = items
        } else {
            throw .unexpectedNull(field: "listeners")
        }
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [Feature] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try Feature(from: &buffer, version: version))
            }
            self.features = items
        } else {
            throw .unexpectedNull(field: "features")
        }
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ControllerRegistrationRequest", version: version)
        }
        buffer.writeInteger(self.controllerId, as: Int32.self)
        buffer.writeKafkaUUID(self.incarnationId)
        buffer.writeKafkaBool(self.zkMigrationReady)
        try buffer.writeKafkaArrayCount(self.listeners.count, compact: true)
        for element in self.listeners {
            try element.write(to: &buffer, version: version)
        }
        try buffer.writeKafkaArrayCount(self.features.count, compact: true)
        for element in self.features {
            try element.write(to: &buffer, version: version)
        }
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }

    /// Versions 0.
    package struct Listener: Equatable, Sendable {
        /// The name of the endpoint.
        package var name: String = ""
        /// The hostname.
        package var host: String = ""
        /// The port.
        package var port: UInt16 = 0
        /// The security protocol.
        package var securityProtocol: Int16 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.name = try buffer.readKafkaString(compact: true, field: "name")
            self.host = try buffer.readKafkaString(compact: true, field: "host")
            self.port = try buffer.readKafkaInteger(as: UInt16.self)
            self.securityProtocol = try buffer.readKafkaInteger(as: Int16.self)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            try buffer.writeKafkaString(self.name, compact: true)
            try buffer.writeKafkaString(self.host, compact: true)
            buffer.writeInteger(self.port, as: UInt16.self)
            buffer.writeInteger(self.securityProtocol, as: Int16.self)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 0.
    package struct Feature: Equatable, Sendable {
        /// The feature name.
        package var name: String = ""
        /// The minimum supported feature level.
        package var minSupportedVersion: Int16 = 0
        /// The maximum supported feature level.
        package var maxSupportedVersion: Int16 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.name = try buffer.readKafkaString(compact: true, field: "name")
            self.minSupportedVersion = try buffer.readKafkaInteger(as: Int16.self)
            self.maxSupportedVersion = try buffer.readKafkaInteger(as: Int16.self)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            try buffer.writeKafkaString(self.name, compact: true)
            buffer.writeInteger(self.minSupportedVersion, as: Int16.self)
            buffer.writeInteger(self.maxSupportedVersion, as: Int16.self)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
