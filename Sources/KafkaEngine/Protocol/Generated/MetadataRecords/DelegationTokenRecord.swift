// Generated from metadata/DelegationTokenRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// Metadata log record DelegationTokenRecord (type 10), versions 0, flexible 0+.
package struct DelegationTokenRecord: KafkaMessage {
    /// The record type in the metadata log.
    package static let metadataRecordType: Int16 = 10
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The delegation token owner.
    package var owner: String = ""
    /// The delegation token requester.
    package var requester: String = ""
    /// The principals which can renew this token.
    package var renewers: [String] = []
    /// The time at which this timestamp was issued.
    package var issueTimestamp: Int64 = 0
    /// The time at which this token cannot be renewed any more.
    package var maxTimestamp: Int64 = 0
    /// The next time at which this token must be renewed.
    package var expirationTimestamp: Int64 = 0
    /// The token id.
    package var tokenId: String = ""
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DelegationTokenRecord", version: version)
        }
        self.owner = try buffer.readKafkaString(compact: true, field: "owner")
        self.requester = try buffer.readKafkaString(compact: true, field: "requester")
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [String] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try buffer.readKafkaString(compact: true, field: "renewers"))
            }
            self.renewers = items
        } else {
            throw .unexpectedNull(field: "renewers")
        }
        self.issueTimestamp = try buffer.readKafkaInteger(as: Int64.self)
        self.maxTimestamp = try buffer.readKafkaInteger(as: Int64.self)
        self.expirationTimestamp = try buffer.readKafkaInteger(as: Int64.self)
        self.tokenId = try buffer.readKafkaString(compact: true, field: "tokenId")
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DelegationTokenRecord", version: version)
        }
        try buffer.writeKafkaString(self.owner, compact: true)
        try buffer.writeKafkaString(self.requester, compact: true)
        try buffer.writeKafkaArrayCount(self.renewers.count, compact: true)
        for element in self.renewers {
            try buffer.writeKafkaString(element, compact: true)
        }
        buffer.writeInteger(self.issueTimestamp, as: Int64.self)
        buffer.writeInteger(self.maxTimestamp, as: Int64.self)
        buffer.writeInteger(self.expirationTimestamp, as: Int64.self)
        try buffer.writeKafkaString(self.tokenId, compact: true)
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }
}
