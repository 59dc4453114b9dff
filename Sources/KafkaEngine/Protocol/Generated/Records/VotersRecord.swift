// Generated from message/VotersRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// VotersRecord, a record schema, versions 0, flexible 0+.
package struct VotersRecord: KafkaMessage {
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The version of the voters record
    package var version: Int16 = 0
    package var voters: [Voter] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "VotersRecord", version: version)
        }
        self.version = try buffer.readKafkaInteger(as: Int16.self)
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [Voter] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try Voter(from: &buffer, version: version))
            }
            self.voters = items
        } else {
            throw .unexpectedNull(field: "voters")
        }
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "VotersRecord", version: version)
        }
        buffer.writeInteger(self.version, as: Int16.self)
        try buffer.writeKafkaArrayCount(self.voters.count, compact: true)
        for element in self.voters {
            try element.write(to: &buffer, version: version)
        }
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }

    /// Versions 0.
    package struct Voter: Equatable, Sendable {
        /// The replica id of the voter in the topic partition
        package var voterId: Int32 = 0
        /// The directory id of the voter in the topic partition
        package var voterDirectoryId: KafkaUUID = .zero
        /// The endpoint that can be used to communicate with the voter
        package var endpoints: [Endpoint] = []
        /// The range of versions of the protocol that the replica supports
        package var kRaftVersionFeature: KRaftVersionFeature = KRaftVersionFeature()
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.voterId = try buffer.readKafkaInteger(as: Int32.self)
            self.voterDirectoryId = try buffer.readKafkaUUID()
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [Endpoint] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try Endpoint(from: &buffer, version: version))
                }
                self.endpoints = items
            } else {
                throw .unexpectedNull(field: "endpoints")
            }
            self.kRaftVersionFeature = try KRaftVersionFeature(from: &buffer, version: version)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.voterId, as: Int32.self)
            buffer.writeKafkaUUID(self.voterDirectoryId)
            try buffer.writeKafkaArrayCount(self.endpoints.count, compact: true)
            for element in self.endpoints {
                try element.write(to: &buffer, version: version)
            }
            try self.kRaftVersionFeature.write(to: &buffer, version: version)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 0.
    package struct Endpoint: Equatable, Sendable {
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
