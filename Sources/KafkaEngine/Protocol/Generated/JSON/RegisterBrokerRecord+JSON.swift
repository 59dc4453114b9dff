// Generated from metadata/RegisterBrokerRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

extension RegisterBrokerRecord: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("brokerId")
        json.integer(self.brokerId)
        if version >= 2 {
            json.key("isMigratingZkBroker")
            json.bool(self.isMigratingZkBroker)
        }
        json.key("incarnationId")
        json.string(self.incarnationId.description)
        json.key("brokerEpoch")
        json.integer(self.brokerEpoch)
        json.key("endPoints")
        json.beginArray()
        for element in self.endPoints {
            element.writeJSON(to: &json, version: version)
        }
        json.endArray()
        json.key("features")
        json.beginArray()
        for element in self.features {
            element.writeJSON(to: &json, version: version)
        }
        json.endArray()
        json.key("rack")
        if let value = self.rack {
            json.string(value)
        } else {
            json.null()
        }
        json.key("fenced")
        json.bool(self.fenced)
        if version >= 1 {
            json.key("inControlledShutdown")
            json.bool(self.inControlledShutdown)
        }
        if version >= 3 {
            json.key("logDirs")
            json.beginArray()
            for element in self.logDirs {
                json.string(element.description)
            }
            json.endArray()
        }
        json.endObject()
    }
}

extension RegisterBrokerRecord.BrokerEndpoint: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("name")
        json.string(self.name)
        json.key("host")
        json.string(self.host)
        json.key("port")
        json.integer(self.port)
        json.key("securityProtocol")
        json.integer(self.securityProtocol)
        json.endObject()
    }
}

extension RegisterBrokerRecord.BrokerFeature: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("name")
        json.string(self.name)
        json.key("minSupportedVersion")
        json.integer(self.minSupportedVersion)
        json.key("maxSupportedVersion")
        json.integer(self.maxSupportedVersion)
        json.endObject()
    }
}
