// Generated from message/DescribeLogDirsRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// DescribeLogDirsRequest (API key 35), versions 0-4, flexible 2+.
package struct DescribeLogDirsRequest: KafkaRequestMessage {
    package typealias Response = DescribeLogDirsResponse
    package static let apiKey: ApiKey = .describeLogDirs
    package static let validVersions: ClosedRange<Int16> = 0...4
    package static let firstFlexibleVersion: Int16? = 2

    /// Each topic that we want to describe log directories for, or null for all topics.
    package var topics: [DescribableLogDirTopic]? = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeLogDirsRequest", version: version)
        }
        let flexible = version >= 2
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [DescribableLogDirTopic] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try DescribableLogDirTopic(from: &buffer, version: version))
            }
            self.topics = items
        } else {
            self.topics = nil
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeLogDirsRequest", version: version)
        }
        let flexible = version >= 2
        if let array = self.topics {
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
            throw .malformed("DescribeLogDirsRequest v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-4.
    package struct DescribableLogDirTopic: Equatable, Sendable {
        /// The topic name
        package var topic: String = ""
        /// The partition indexes.
        package var partitions: [Int32] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            self.topic = try buffer.readKafkaString(compact: flexible, field: "topic")
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
            try buffer.writeKafkaString(self.topic, compact: flexible)
            try buffer.writeKafkaArrayCount(self.partitions.count, compact: flexible)
            for element in self.partitions {
                buffer.writeInteger(element, as: Int32.self)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("DescribeLogDirsRequest v\(version) cannot carry tagged fields")
            }
        }
    }
}
