import NIOCore
import Testing

@testable import KafkaEngine

/// Kafka's JSON form of record schemas (Jackson's `JsonNode.toString()` over the generated
/// `JsonConverter.write`): escaping, binary, doubles, version-gated and tagged fields.
@Suite struct KafkaJSONTests {
    @Test func stringsAreEscapedAsJacksonDoes() {
        var json = KafkaJSONWriter()
        json.string("q\" b\\ n\n t\t r\r f\u{0C} b\u{08} c\u{01}\u{1F} é 🙂 / \u{7F}")
        #expect(json.text == #""q\" b\\ n\n t\t r\r f\f b\b c\u0001\u001F é 🙂 / \#u{7F}""#)
    }

    @Test func base64IsStandardAndPadded() {
        #expect(Base64Encoding.encode([]) == "")
        #expect(Base64Encoding.encode(Array("f".utf8)) == "Zg==")
        #expect(Base64Encoding.encode(Array("fo".utf8)) == "Zm8=")
        #expect(Base64Encoding.encode(Array("foo".utf8)) == "Zm9v")
        #expect(Base64Encoding.encode([0xFB, 0xFF, 0xBF]) == "+/+/")
    }

    @Test(arguments: [
        (1.0, "1.0"), (0.5, "0.5"), (100.0, "100.0"), (123.456, "123.456"), (-2.5, "-2.5"),
        (0.001, "0.001"), (0.0001, "1.0E-4"), (9_999_999.0, "9999999.0"), (1e7, "1.0E7"),
        (12_345_678.9, "1.23456789E7"), (1.5e300, "1.5E300"), (0.0, "0.0"), (-0.0, "-0.0"),
        (1_048_576.0, "1048576.0"), (Double.leastNonzeroMagnitude, "4.9E-324"), (1e23, "1.0E23"), (0.1 + 0.2, "0.30000000000000004"),
        (Double.greatestFiniteMagnitude, "1.7976931348623157E308"), (Double.nan, "NaN"),
        (-Double.infinity, "-Infinity"),
    ])
    func doublesPrintAsJavaDoes(value: Double, expected: String) {
        #expect(JavaDouble.toString(value) == expected)
    }

    @Test func nonFiniteDoublesAreQuotedLikeJackson() {
        var json = KafkaJSONWriter()
        json.beginArray()
        json.double(.nan)
        json.double(2)
        json.endArray()
        #expect(json.text == #"["NaN",2.0]"#)
    }

    @Test func fieldsFollowTheVersion() {
        var value = OffsetCommitValue()
        value.offset = 42
        value.leaderEpoch = 5
        value.metadata = "m"
        value.commitTimestamp = 1000
        value.expireTimestamp = 2000
        #expect(
            value.jsonString(version: 1)
                == #"{"offset":42,"metadata":"m","commitTimestamp":1000,"expireTimestamp":2000}"#)
        #expect(value.jsonString(version: 3) == #"{"offset":42,"leaderEpoch":5,"metadata":"m","commitTimestamp":1000}"#)
    }

    @Test func taggedFieldsOnlyWhenNotDefault() {
        var partition = PartitionRecord()
        partition.partitionId = 0
        partition.topicId = KafkaUUID(high: 0, low: 1)
        partition.replicas = [1, 2]
        partition.isr = [1]
        partition.leader = 1
        partition.leaderEpoch = 0
        partition.partitionEpoch = 0
        let plain =
            #"{"partitionId":0,"topicId":"AAAAAAAAAAAAAAAAAAAAAQ","replicas":[1,2],"isr":[1],"removingReplicas":[],"#
            + #""addingReplicas":[],"leader":1,"leaderEpoch":0,"partitionEpoch":0}"#
        #expect(partition.jsonString(version: 0) == plain)
        partition.leaderRecoveryState = 1
        partition.eligibleLeaderReplicas = [2]
        #expect(partition.jsonString(version: 0).contains(#""leader":1,"leaderRecoveryState":1,"leaderEpoch":0"#))
        #expect(!partition.jsonString(version: 0).contains("eligibleLeaderReplicas"))
        #expect(partition.jsonString(version: 2).hasSuffix(#""directories":[],"eligibleLeaderReplicas":[2]}"#))
    }

    @Test func nullsBytesAndNestedStructs() {
        var subscription = ConsumerProtocolSubscription()
        subscription.topics = ["a", "b"]
        subscription.userData = ByteBuffer(bytes: [1, 2, 3])
        var owned = ConsumerProtocolSubscription.TopicPartition()
        owned.topic = "a"
        owned.partitions = [0, 3]
        subscription.ownedPartitions = [owned]
        #expect(
            subscription.jsonString(version: 3)
                == #"{"topics":["a","b"],"userData":"AQID","ownedPartitions":[{"topic":"a","partitions":[0,3]}],"#
                + #""generationId":-1,"rackId":null}"#)
        subscription.userData = nil
        #expect(subscription.jsonString(version: 0) == #"{"topics":["a","b"],"userData":null}"#)
    }
}
