// Generated from message/DescribeLogDirsResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// DescribeLogDirsResponse (API key 35), versions 0-4, flexible 2+.
package struct DescribeLogDirsResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .describeLogDirs
    package static let validVersions: ClosedRange<Int16> = 0...4
    package static let firstFlexibleVersion: Int16? = 2

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    package var errorCode: Int16 = 0
    /// The log directories.
    package var results: [DescribeLogDirsResult] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeLogDirsResponse", version: version)
        }
        let flexible = version >= 2
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        if version >= 3 {
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        }
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [DescribeLogDirsResult] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try DescribeLogDirsResult(from: &buffer, version: version))
            }
            self.results = items
        } else {
            throw .unexpectedNull(field: "results")
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeLogDirsResponse", version: version)
        }
        let flexible = version >= 2
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        if version >= 3 {
            buffer.writeInteger(self.errorCode, as: Int16.self)
        }
        try buffer.writeKafkaArrayCount(self.results.count, compact: flexible)
        for element in self.results {
            try element.write(to: &buffer, version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("DescribeLogDirsResponse v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-4.
    package struct DescribeLogDirsResult: Equatable, Sendable {
        /// The error code, or 0 if there was no error.
        package var errorCode: Int16 = 0
        /// The absolute log directory path.
        package var logDir: String = ""
        /// Each topic.
        package var topics: [DescribeLogDirsTopic] = []
        /// The total size in bytes of the volume the log directory is in.
        package var totalBytes: Int64 = -1
        /// The usable size in bytes of the volume the log directory is in.
        package var usableBytes: Int64 = -1
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            self.logDir = try buffer.readKafkaString(compact: flexible, field: "logDir")
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [DescribeLogDirsTopic] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try DescribeLogDirsTopic(from: &buffer, version: version))
                }
                self.topics = items
            } else {
                throw .unexpectedNull(field: "topics")
            }
            if version >= 4 {
                self.totalBytes = try buffer.readKafkaInteger(as: Int64.self)
            }
            if version >= 4 {
                self.usableBytes = try buffer.readKafkaInteger(as: Int64.self)
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            buffer.writeInteger(self.errorCode, as: Int16.self)
            try buffer.writeKafkaString(self.logDir, compact: flexible)
            try buffer.writeKafkaArrayCount(self.topics.count, compact: flexible)
            for element in self.topics {
                try element.write(to: &buffer, version: version)
            }
            if version >= 4 {
                buffer.writeInteger(self.totalBytes, as: Int64.self)
            }
            if version >= 4 {
                buffer.writeInteger(self.usableBytes, as: Int64.self)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("DescribeLogDirsResponse v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-4.
    package struct DescribeLogDirsTopic: Equatable, Sendable {
        /// The topic name.
        package var name: String = ""
        package var partitions: [DescribeLogDirsPartition] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            self.name = try buffer.readKafkaString(compact: flexible, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [DescribeLogDirsPartition] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try DescribeLogDirsPartition(from: &buffer, version: version))
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
                try element.write(to: &buffer, version: version)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("DescribeLogDirsResponse v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-4.
    package struct DescribeLogDirsPartition: Equatable, Sendable {
        /// The partition index.
        package var partitionIndex: Int32 = 0
        /// The size of the log segments in this partition in bytes.
        package var partitionSize: Int64 = 0
        /// The lag of the log's LEO w.r.t. partition's HW (if it is the current log for the partition) or current replica's LEO (if it is the future log for the partition)
        package var offsetLag: Int64 = 0
        /// True if this log is created by AlterReplicaLogDirsRequest and will replace the current log of the replica in the future.
        package var isFutureKey: Bool = false
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            self.partitionSize = try buffer.readKafkaInteger(as: Int64.self)
            self.offsetLag = try buffer.readKafkaInteger(as: Int64.self)
            self.isFutureKey = try buffer.readKafkaBool()
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
            buffer.writeInteger(self.partitionSize, as: Int64.self)
            buffer.writeInteger(self.offsetLag, as: Int64.self)
            buffer.writeKafkaBool(self.isFutureKey)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("DescribeLogDirsResponse v\(version) cannot carry tagged fields")
            }
        }
    }
}
