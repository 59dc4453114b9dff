// Generated from message/BrokerRegistrationRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// BrokerRegistrationRequest (API key 62), versions 0-4, flexible 0+.
package struct BrokerRegistrationRequest: KafkaRequestMessage {
    package typealias Response = BrokerRegistrationResponse
    package static let apiKey: ApiKey = .brokerRegistration
    package static let validVersions: ClosedRange<Int16> = 0...4
    package static let firstFlexibleVersion: Int16? = 0

    /// The broker ID.
    package var brokerId: Int32 = 0
    /// The cluster id of the broker process.
    package var clusterId: String = ""
    /// The incarnation id of the broker process.
    package var incarnationId: KafkaUUID = .zero
    /// The listeners of this broker
    package var listeners: [Listener] = []
    /// The features on this broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted.
    package var features: [Feature] = []
    /// The rack which this broker is in.
    package var rack: String? = ""
    /// If the required configurations for ZK migration are present, this value is set to true
    package var isMigratingZkBroker: Bool = false
    /// Log directories configured in this broker which are available.
    package var logDirs: [KafkaUUID] = []
    /// The epoch before a clean shutdown.
    package var previousBrokerEpoch: Int64 = -1
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "BrokerRegistrationRequest", version: version)
        }
        self.brokerId = try buffer.readKafkaInteger(as: Int32.self)
        self.clusterId = try buffer.readKafkaString(compact: true, field: "clusterId")
        self.incarnationId = try buffer.readKafkaUUID()
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
        self.rack = try buffer.readKafkaNullableString(compact: true)
        if version >= 1 {
            self.isMigratingZkBroker = try buffer.readKafkaBool()
        }
        if version >= 2 {
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [KafkaUUID] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaUUID())
                }
                self.logDirs = items
            } else {
                throw .unexpectedNull(field: "logDirs")
            }
        }
        if version >= 3 {
            self.previousBrokerEpoch = try buffer.readKafkaInteger(as: Int64.self)
        }
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "BrokerRegistrationRequest", version: version)
        }
        buffer.writeInteger(self.brokerId, as: Int32.self)
        try buffer.writeKafkaString(self.clusterId, compact: true)
        buffer.writeKafkaUUID(self.incarnationId)
        try buffer.writeKafkaArrayCount(self.listeners.count, compact: true)
        for element in self.listeners {
            try element.write(to: &buffer, version: version)
        }
        try buffer.writeKafkaArrayCount(self.features.count, compact: true)
        for element in self.features {
            try element.write(to: &buffer, version: version)
        }
        try buffer.writeKafkaString(self.rack, compact: true)
        if version >= 1 {
            buffer.writeKafkaBool(self.isMigratingZkBroker)
        } else if self.isMigratingZkBroker != false {
            throw .fieldNotSupported(field: "isMigratingZkBroker", message: "BrokerRegistrationRequest", version: version)
        }
        if version >= 2 {
            try buffer.writeKafkaArrayCount(self.logDirs.count, compact: true)
            for element in self.logDirs {
                buffer.writeKafkaUUID(element)
            }
        }
        if version >= 3 {
            buffer.writeInteger(self.previousBrokerEpoch, as: Int64.self)
        }
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }

    /// Versions 0-4.
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

    /// Versions 0-4.
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
