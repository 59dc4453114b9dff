// Generated from message/ConsumerGroupDescribeResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// ConsumerGroupDescribeResponse (API key 69), versions 0, flexible 0+.
package struct ConsumerGroupDescribeResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .consumerGroupDescribe
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// Each described group.
    package var groups: [DescribedGroup] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ConsumerGroupDescribeResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [DescribedGroup] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try DescribedGroup(from: &buffer, version: version))
            }
            self.groups = items
        } else {
            throw .unexpectedNull(field: "groups")
        }
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ConsumerGroupDescribeResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        try buffer.writeKafkaArrayCount(self.groups.count, compact: true)
        for element in self.groups {
            try element.write(to: &buffer, version: version)
        }
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }

    /// Versions 0.
    package struct DescribedGroup: Equatable, Sendable {
        /// The describe error, or 0 if there was no error.
        package var errorCode: Int16 = 0
        /// The top-level error message, or null if there was no error.
        package var errorMessage: String? = nil
        /// The group ID string.
        package var groupId: String = ""
        /// The group state string, or the empty string.
        package var groupState: String = ""
        /// The group epoch.
        package var groupEpoch: Int32 = 0
        /// The assignment epoch.
        package var assignmentEpoch: Int32 = 0
        /// The selected assignor.
        package var assignorName: String = ""
        /// The members.
        package var members: [Member] = []
        /// 32-bit bitfield to represent authorized operations for this group.
        package var authorizedOperations: Int32 = -2147483648
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            self.errorMessage = try buffer.readKafkaNullableString(compact: true)
            self.groupId = try buffer.readKafkaString(compact: true, field: "groupId")
            self.groupState = try buffer.readKafkaString(compact: true, field: "groupState")
            self.groupEpoch = try buffer.readKafkaInteger(as: Int32.self)
            self.assignmentEpoch = try buffer.readKafkaInteger(as: Int32.self)
            self.assignorName = try buffer.readKafkaString(compact: true, field: "assignorName")
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [Member] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try Member(from: &buffer, version: version))
                }
                self.members = items
            } else {
                throw .unexpectedNull(field: "members")
            }
            self.authorizedOperations = try buffer.readKafkaInteger(as: Int32.self)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.errorCode, as: Int16.self)
            try buffer.writeKafkaString(self.errorMessage, compact: true)
            try buffer.writeKafkaString(self.groupId, compact: true)
            try buffer.writeKafkaString(self.groupState, compact: true)
            buffer.writeInteger(self.groupEpoch, as: Int32.self)
            buffer.writeInteger(self.assignmentEpoch, as: Int32.self)
            try buffer.writeKafkaString(self.assignorName, compact: true)
            try buffer.writeKafkaArrayCount(self.members.count, compact: true)
            for element in self.members {
                try element.write(to: &buffer, version: version)
            }
            buffer.writeInteger(self.authorizedOperations, as: Int32.self)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 0.
    package struct Member: Equatable, Sendable {
        /// The member ID.
        package var memberId: String = ""
        /// The member instance ID.
        package var instanceId: String? = nil
        /// The member rack ID.
        package var rackId: String? = nil
        /// The current member epoch.
        package var memberEpoch: Int32 = 0
        /// The client ID.
        package var clientId: String = ""
        /// The client host.
        package var clientHost: String = ""
        /// The subscribed topic names.
        package var subscribedTopicNames: [String] = []
        /// the subscribed topic regex otherwise or null of not provided.
        package var subscribedTopicRegex: String? = nil
        /// The current assignment.
        package var assignment: Assignment = Assignment()
        /// The target assignment.
        package var targetAssignment: Assignment = Assignment()
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.memberId = try buffer.readKafkaString(compact: true, field: "memberId")
            self.instanceId = try buffer.readKafkaNullableString(compact: true)
            self.rackId = try buffer.readKafkaNullableString(compact: true)
            self.memberEpoch = try buffer.readKafkaInteger(as: Int32.self)
            self.clientId = try buffer.readKafkaString(compact: true, field: "clientId")
            self.clientHost = try buffer.readKafkaString(compact: true, field: "clientHost")
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [String] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaString(compact: true, field: "subscribedTopicNames"))
                }
                self.subscribedTopicNames = items
            } else {
                throw .unexpectedNull(field: "subscribedTopicNames")
            }
            self.subscribedTopicRegex = try buffer.readKafkaNullableString(compact: true)
            self.assignment = try Assignment(from: &buffer, version: version)
            self.targetAssignment = try Assignment(from: &buffer, version: version)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            try buffer.writeKafkaString(self.memberId, compact: true)
            try buffer.writeKafkaString(self.instanceId, compact: true)
            try buffer.writeKafkaString(self.rackId, compact: true)
            buffer.writeInteger(self.memberEpoch, as: Int32.self)
            try buffer.writeKafkaString(self.clientId, compact: true)
            try buffer.writeKafkaString(self.clientHost, compact: true)
            try buffer.writeKafkaArrayCount(self.subscribedTopicNames.count, compact: true)
            for element in self.subscribedTopicNames {
                try buffer.writeKafkaString(element, compact: true)
            }
            try buffer.writeKafkaString(self.subscribedTopicRegex, compact: true)
            try self.assignment.write(to: &buffer, version: version)
            try self.targetAssignment.write(to: &buffer, version: version)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 0.
    package struct TopicPartitions: Equatable, Sendable {
        /// The topic ID.
        package var topicId: KafkaUUID = .zero
        /// The topic name.
        package var topicName: String = ""
        /// The partitions.
        package var partitions: [Int32] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.topicId = try buffer.readKafkaUUID()
            self.topicName = try buffer.readKafkaString(compact: true, field: "topicName")
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [Int32] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaInteger(as: Int32.self))
                }
                self.partitions = items
            } else {
                throw .unexpectedNull(field: "partitions")
            }
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeKafkaUUID(self.topicId)
            try buffer.writeKafkaString(self.topicName, compact: true)
            try buffer.writeKafkaArrayCount(self.partitions.count, compact: true)
            for element in self.partitions {
                buffer.writeInteger(element, as: Int32.self)
            }
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 0.
    package struct Assignment: Equatable, Sendable {
        /// The assigned topic-partitions to the member.
        package var topicPartitions: [TopicPartitions] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [TopicPartitions] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try TopicPartitions(from: &buffer, version: version))
                }
                self.topicPartitions = items
            } else {
                throw .unexpectedNull(field: "topicPartitions")
            }
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            try buffer.writeKafkaArrayCount(self.topicPartitions.count, compact: true)
            for element in self.topicPartitions {
                try element.write(to: &buffer, version: version)
            }
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
