// Generated from message/AlterReplicaLogDirsRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// AlterReplicaLogDirsRequest (API key 34), versions 0-2, flexible 2+.
package struct AlterReplicaLogDirsRequest: KafkaRequestMessage {
    package typealias Response = AlterReplicaLogDirsResponse
    package static let apiKey: ApiKey = .alterReplicaLogDirs
    package static let validVersions: ClosedRange<Int16> = 0...2
    package static let firstFlexibleVersion: Int16? = 2

    /// The alterations to make for each directory.
    package var dirs: [AlterReplicaLogDir] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "AlterReplicaLogDirsRequest", version: version)
        }
        let flexible = version >= 2
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [AlterReplicaLogDir] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try AlterReplicaLogDir(from: &buffer, version: version))
            }
            self.dirs = items
        } else {
            throw .unexpectedNull(field: "dirs")
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "AlterReplicaLogDirsRequest", version: version)
        }
        let flexible = version >= 2
        try buffer.writeKafkaArrayCount(self.dirs.count, compact: flexible)
        for element in self.dirs {
            try element.write(to: &buffer, version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("AlterReplicaLogDirsRequest v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-2.
    package struct AlterReplicaLogDir: Equatable, Sendable {
        /// The absolute directory path.
        package var path: String = ""
        /// The topics to add to the directory.
        package var topics: [AlterReplicaLogDirTopic] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            self.path = try buffer.readKafkaString(compact: flexible, field: "path")
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [AlterReplicaLogDirTopic] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try AlterReplicaLogDirTopic(from: &buffer, version: version))
                }
                self.topics = items
            } else {
                throw .unexpectedNull(field: "topics")
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            try buffer.writeKafkaString(self.path, compact: flexible)
            try buffer.writeKafkaArrayCount(self.topics.count, compact: flexible)
            for element in self.topics {
                try element.write(to: &buffer, version: version)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("AlterReplicaLogDirsRequest v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-2.
    package struct AlterReplicaLogDirTopic: Equatable, Sendable {
        /// The topic name.
        package var name: String = ""
        /// The partition indexes.
        package var partitions: [Int32] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            self.name = try buffer.readKafkaString(compact: flexible, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [Int32] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaInteger(as: Int32.self))
                }
                self.partitions = items
            } else {
                throw .unexpectedNull(field: "partitions")
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            try buffer.writeKafkaString(self.name, compact: flexible)
            try buffer.writeKafkaArrayCount(self.partitions.count, compact: flexible)
            for element in self.partitions {
                buffer.writeInteger(element, as: Int32.self)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("AlterReplicaLogDirsRequest v\(version) cannot carry tagged fields")
            }
        }
    }
}
