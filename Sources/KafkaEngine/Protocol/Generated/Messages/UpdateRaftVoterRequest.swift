// Generated from message/UpdateRaftVoterRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// UpdateRaftVoterRequest (API key 82), versions 0, flexible 0+.
package struct UpdateRaftVoterRequest: KafkaRequestMessage {
    package typealias Response = UpdateRaftVoterResponse
    package static let apiKey: ApiKey = .updateRaftVoter
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    package var clusterId: String? = ""
    /// The current leader epoch of the partition, -1 for unknown leader epoch
    package var currentLeaderEpoch: Int32 = 0
    /// The replica id of the voter getting updated in the topic partition
    package var voterId: Int32 = 0
    /// The directory id of the voter getting updated in the topic partition
    package var voterDirectoryId: KafkaUUID = .zero
    /// The endpoint that can be used to communicate with the leader
    package var listeners: [Listener] = []
    /// The range of versions of the protocol that the replica supports
    package var kRaftVersionFeature: KRaftVersionFeature = KRaftVersionFeature()
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "UpdateRaftVoterRequest", version: version)
        }
        self.clusterId = try buffer.readKafkaNullableString(compact: true)
        self.currentLeaderEpoch = try buffer.readKafkaInteger(as: Int32.self)
        self.voterId = try buffer.readKafkaInteger(as: Int32.self)
        self.voterDirectoryId = try buffer.readKafkaUUID()
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
        self.kRaftVersionFeature = try KRaftVersionFeature(from: &buffer, version: version)
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "UpdateRaftVoterRequest", version: version)
        }
        try buffer.writeKafkaString(self.clusterId, compact: true)
        buffer.writeInteger(self.currentLeaderEpoch, as: Int32.self)
        buffer.writeInteger(self.voterId, as: Int32.self)
        buffer.writeKafkaUUID(self.voterDirectoryId)
        try buffer.writeKafkaArrayCount(self.listeners.count, compact: true)
        for element in self.listeners {
            try element.write(to: &buffer, version: version)
        }
        try self.kRaftVersionFeature.write(to: &buffer, version: version)
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }

    /// Versions 0.
    package struct Listener: Equatable, Sendable {
        /// The name of the endpoint
        package var name: String = ""
        /// The hostname
        package var host: String = ""
        /// The port
        package var port: UInt16 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.name = try buffer.readKafkaString(compact: true, field: "name")
            self.host = try buffer.readKafkaString(compact: true, field: "host")
            self.port = try buffer.readKafkaInteger(as: UInt16.self)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            try buffer.writeKafkaString(self.name, compact: true)
            try buffer.writeKafkaString(self.host, compact: true)
            buffer.writeInteger(self.port, as: UInt16.self)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 0.
    package struct KRaftVersionFeature: Equatable, Sendable {
        /// The minimum supported KRaft protocol version
        package var minSupportedVersion: Int16 = 0
        /// The maximum supported KRaft protocol version
        package var maxSupportedVersion: Int16 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.minSupportedVersion = try buffer.readKafkaInteger(as: Int16.self)
            self.maxSupportedVersion = try buffer.readKafkaInteger(as: Int16.self)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.minSupportedVersion, as: Int16.self)
            buffer.writeInteger(self.maxSupportedVersion, as: Int16.self)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
