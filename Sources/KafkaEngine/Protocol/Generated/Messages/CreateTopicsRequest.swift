// Generated from message/CreateTopicsRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// CreateTopicsRequest (API key 19), versions 0-7, flexible 5+.
package struct CreateTopicsRequest: KafkaRequestMessage {
    package typealias Response = CreateTopicsResponse
    package static let apiKey: ApiKey = .createTopics
    package static let validVersions: ClosedRange<Int16> = 0...7
    package static let firstFlexibleVersion: Int16? = 5

    /// The topics to create.
    package var topics: [CreatableTopic] = []
    /// How long to wait in milliseconds before timing out the request.
    package var timeoutMs: Int32 = 60000
    /// If true, check that the topics can be created as specified, but don't create anything.
    package var validateOnly: Bool = false
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "CreateTopicsRequest", version: version)
        }
        let flexible = version >= 5
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [CreatableTopic] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try CreatableTopic(from: &buffer, version: version))
            }
            self.topics = items
        } else {
            throw .unexpectedNull(field: "topics")
        }
        self.timeoutMs = try buffer.readKafkaInteger(as: Int32.self)
        if version >= 1 {
            self.validateOnly = try buffer.readKafkaBool()
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "CreateTopicsRequest", version: version)
        }
        let flexible = version >= 5
        try buffer.writeKafkaArrayCount(self.topics.count, compact: flexible)
        for element in self.topics {
            try element.write(to: &buffer, version: version)
        }
        buffer.writeInteger(self.timeoutMs, as: Int32.self)
        if version >= 1 {
            buffer.writeKafkaBool(self.validateOnly)
        } else if self.validateOnly != false {
            throw .fieldNotSupported(field: "validateOnly", message: "CreateTopicsRequest", version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("CreateTopicsRequest v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-7.
    package struct CreatableTopic: Equatable, Sendable {
        /// The topic name.
        package var name: String = ""
        /// The number of partitions to create in the topic, or -1 if we are either specifying a manual partition assignment or using the default partitions.
        package var numPartitions: Int32 = 0
        /// The number of replicas to create for each partition in the topic, or -1 if we are either specifying a manual partition assignment or using the default replication factor.
        package var replicationFactor: Int16 = 0
        /// The manual partition assignment, or the empty array if we are using automatic assignment.
        package var assignments: [CreatableReplicaAssignment] = []
        /// The custom topic configurations to set.
        package var configs: [CreatableTopicConfig] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 5
            self.name = try buffer.readKafkaString(compact: flexible, field: "name")
            self.numPartitions = try buffer.readKafkaInteger(as: Int32.self)
            self.replicationFactor = try buffer.readKafkaInteger(as: Int16.self)
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [CreatableReplicaAssignment] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try CreatableReplicaAssignment(from: &buffer, version: version))
                }
                self.assignments = items
            } else {
                throw .unexpectedNull(field: "assignments")
            }
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [CreatableTopicConfig] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try CreatableTopicConfig(from: &buffer, version: version))
                }
                self.configs = items
            } else {
                throw .unexpectedNull(field: "configs")
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 5
            try buffer.writeKafkaString(self.name, compact: flexible)
            buffer.writeInteger(self.numPartitions, as: Int32.self)
            buffer.writeInteger(self.replicationFactor, as: Int16.self)
            try buffer.writeKafkaArrayCount(self.assignments.count, compact: flexible)
            for element in self.assignments {
                try element.write(to: &buffer, version: version)
            }
            try buffer.writeKafkaArrayCount(self.configs.count, compact: flexible)
            for element in self.configs {
                try element.write(to: &buffer, version: version)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("CreateTopicsRequest v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-7.
    package struct CreatableReplicaAssignment: Equatable, Sendable {
        /// The partition index.
        package var partitionIndex: Int32 = 0
        /// The brokers to place the partition on.
        package var brokerIds: [Int32] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 5
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [Int32] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaInteger(as: Int32.self))
                }
                self.brokerIds = items
            } else {
                throw .unexpectedNull(field: "brokerIds")
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 5
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
            try buffer.writeKafkaArrayCount(self.brokerIds.count, compact: flexible)
            for element in self.brokerIds {
                buffer.writeInteger(element, as: Int32.self)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("CreateTopicsRequest v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-7.
    package struct CreatableTopicConfig: Equatable, Sendable {
        /// The configuration name.
        package var name: String = ""
        /// The configuration value.
        package var value: String? = ""
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 5
            self.name = try buffer.readKafkaString(compact: flexible, field: "name")
            self.value = try buffer.readKafkaNullableString(compact: flexible)
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 5
            try buffer.writeKafkaString(self.name, compact: flexible)
            try buffer.writeKafkaString(self.value, compact: flexible)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("CreateTopicsRequest v\(version) cannot carry tagged fields")
            }
        }
    }
}
