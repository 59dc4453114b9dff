// Generated from message/DefaultPrincipalData.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// DefaultPrincipalData, a record schema, versions 0, flexible 0+.
package struct DefaultPrincipalData: KafkaMessage {
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The principal type
    package var type: String = ""
    /// The principal name
    package var name: String = ""
    /// Whether the principal was authenticated by a delegation token on the forwarding broker.
    package var tokenAuthenticated: Bool = false
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DefaultPrincipalData", version: version)
        }
        self.type = try buffer.readKafkaString(compact: true, field: "type")
        self.name = try buffer.readKafkaString(compact: true, field: "name")
        self.tokenAuthenticated = try buffer.readKafkaBool()
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DefaultPrincipalData", version: version)
        }
        try buffer.writeKafkaString(self.type, compact: true)
        try buffer.writeKafkaString(self.name, compact: true)
        buffer.writeKafkaBool(self.tokenAuthenticated)
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }
}
