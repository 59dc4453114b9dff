// Generated from metadata/RegisterBrokerRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// Metadata log record RegisterBrokerRecord (type 0), versions 0-3, flexible 0+.
package struct RegisterBrokerRecord: KafkaMessage {
    /// The record type in the metadata log.
    package static let metadataRecordType: Int16 = 0
    package static let validVersions: ClosedRange<Int16> = 0...3
    package static let firstFlexibleVersion: Int16? = 0

    /// The broker id.
    package var brokerId: Int32 = 0
    /// True if the broker is a ZK broker in migration mode. Otherwise, false
    package var isMigratingZkBroker: Bool = false
    /// The incarnation ID of the broker process
    package var incarnationId: KafkaUUID = .zero
    /// The broker epoch assigned by the controller.
    package var brokerEpoch: Int64 = 0
    /// The endpoints that can be used to communicate with this broker.
    package var endPoints: [BrokerEndpoint] = []
    /// The features on this broker
    package var features: [BrokerFeature] = []
    /// The broker rack.
    package var rack: String? = ""
    /// True if the broker is fenced.
    package var fenced: Bool = true
    /// True if the broker is in controlled shutdown.
    package var inControlledShutdown: Bool = false
    /// Log directories configured in this broker which are available.
    package var logDirs: [KafkaUUID] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "RegisterBrokerRecord", version: version)
        }
        self.brokerId = try buffer.readKafkaInteger(as: Int32.self)
        if version >= 2 {
            self.isMigratingZkBroker = try buffer.readKafkaBool()
        }
        self.incarnationId = try buffer.readKafkaUUID()
        self.brokerEpoch = try buffer.readKafkaInteger(as: Int64.self)
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [BrokerEndpoint] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try BrokerEndpoint(from: &buffer, version: version))
            }
            self.endPoints = items
        } else {
            throw .unexpectedNull(field: "endPoints")
        }
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [BrokerFeature] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try BrokerFeature(from: &buffer, version: version))
            }
            self.features = items
        } else {
            throw .unexpectedNull(field: "features")
        }
        self.rack = try buffer.readKafkaNullableString(compact: true)
        self.fenced = try buffer.readKafkaBool()
        if version >= 1 {
            self.inControlledShutdown = try buffer.readKafkaBool()
        }
        if version >= 3 {
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
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "RegisterBrokerRecord", version: version)
        }
        buffer.writeInteger(self.brokerId, as: Int32.self)
        if version >= 2 {
            buffer.writeKafkaBool(self.isMigratingZkBroker)
        } else if self.isMigratingZkBroker != false {
            throw .fieldNotSupported(field: "isMigratingZkBroker", message: "RegisterBrokerRecord", version: version)
        }
        buffer.writeKafkaUUID(self.incarnationId)
        buffer.writeInteger(self.brokerEpoch, as: Int64.self)
        try buffer.writeKafkaArrayCount(self.endPoints.count, compact: true)
        for element in self.endPoints {
            try element.write(to: &buffer, version: version)
        }
        try buffer.writeKafkaArrayCount(self.features.count, compact: true)
        for element in self.features {
            try element.write(to: &buffer, version: version)
        }
        try buffer.writeKafkaString(self.rack, compact: true)
        buffer.writeKafkaBool(self.fenced)
        if version >= 1 {
            buffer.writeKafkaBool(self.inControlledShutdown)
        } else if self.inControlledShutdown != false {
            throw .fieldNotSupported(field: "inControlledShutdown", message: "RegisterBrokerRecord", version: version)
        }
        if version >= 3 {
            try buffer.writeKafkaArrayCount(self.logDirs.count, compact: true)
            for element in self.logDirs {
                buffer.writeKafkaUUID(element)
            }
        } else if !self.logDirs.isEmpty {
            throw .fieldNotSupported(field: "logDirs", message: "RegisterBrokerRecord", version: version)
        }
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }

    /// Versions 0-3.
    package struct BrokerEndpoint: Equatable, Sendable {
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

    /// Versions 0-3.
    package struct BrokerFeature: Equatable, Sendable {
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
