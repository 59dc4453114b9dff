import Foundation
import Testing

@testable import KafkaEngine

@Suite struct CheckpointFileTests {
    @Test func offsetCheckpointGoldenFileAndRoundTrip() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/" + LogFileNames.recoveryPointCheckpointFileName
            let checkpoint = OffsetCheckpointFile(path: path)
            #expect(try checkpoint.read() == [:])  // missing file
            let offsets: [TopicPartition: Int64] = [
                TopicPartition("orders", 1): 1187, TopicPartition("orders", 0): 1200,
                TopicPartition("__consumer_offsets", 49): 0, TopicPartition("a-b.c_d", 10): Int64.max,
            ]
            try checkpoint.write(offsets)
            #expect(
                try String(contentsOfFile: path, encoding: .utf8)
                    == "0\n4\n__consumer_offsets 49 0\na-b.c_d 10 9223372036854775807\norders 0 1200\norders 1 1187\n")
            #expect(try checkpoint.read() == offsets)
            #expect(!FileManager.default.fileExists(atPath: path + ".tmp"))
            try checkpoint.write([:], sync: false)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "0\n0\n")
            #expect(try checkpoint.read() == [:])
        }
    }

    @Test func readsWhatKafkaAccepts() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/cp"
            let checkpoint = OffsetCheckpointFile(path: path)
            let accepted: [(String, [TopicPartition: Int64])] = [
                ("", [:]),
                ("0", [:]),
                ("0\n", [:]),
                ("0\n1\nt 0 5", [:].merging([TopicPartition("t", 0): 5]) { $1 }),  // no final line break
                ("0\r\n1\r\nt\t0   5\r\n", [TopicPartition("t", 0): 5]),  // CRLF, tabs, runs of spaces
                ("0\n1\nt 0 5 \n", [TopicPartition("t", 0): 5]),  // trailing space
                ("0\n2\nt 0 5\nt 0 6\n", [TopicPartition("t", 0): 6]),  // repeated: the last wins
                ("+0\n1\nt +1 -1\n", [TopicPartition("t", 1): -1]),  // Java's parseInt signs
            ]
            for (text, expected) in accepted {
                try writeFile(path, text)
                #expect(try checkpoint.read() == expected, "\(text.debugDescription)")
            }
        }
    }

    @Test func malformedCheckpointsNameTheFileAndLine() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/replication-offset-checkpoint"
            let checkpoint = OffsetCheckpointFile(path: path)
            let rejected: [(String, StorageError)] = [
                ("x\n", .malformedFile(path: path, line: 1, message: "Malformed line in checkpoint file [\(path)]: x")),
                (
                    "1\n0\n",
                    .malformedFile(
                        path: path, line: 1,
                        message: "Unrecognised version:1, expected version: 0 in checkpoint file at: \(path)")
                ),
                (
                    "0\n-1\n",
                    .malformedFile(path: path, line: 2, message: "Malformed line in checkpoint file [\(path)]: -1")
                ),
                (
                    "0\nlots\n",
                    .malformedFile(path: path, line: 2, message: "Malformed line in checkpoint file [\(path)]: lots")
                ),
                (
                    "0\n2\nt 0 1\nt 0\n",
                    .malformedFile(path: path, line: 4, message: "Malformed line in checkpoint file [\(path)]: t 0")
                ),
                (
                    "0\n1\nt x 1\n",
                    .malformedFile(path: path, line: 3, message: "Malformed line in checkpoint file [\(path)]: t x 1")
                ),
                (
                    "0\n1\nt 0 99999999999999999999\n",
                    .malformedFile(
                        path: path, line: 3,
                        message: "Malformed line in checkpoint file [\(path)]: t 0 99999999999999999999")
                ),
                (
                    "0\n1\n t 0 1\n",
                    .malformedFile(path: path, line: 3, message: "Malformed line in checkpoint file [\(path)]:  t 0 1")
                ),
                (
                    "0\n1\n\n",
                    .malformedFile(path: path, line: 3, message: "Malformed line in checkpoint file [\(path)]: ")
                ),
                (
                    "0\n3\nt 0 1\n",
                    .malformedFile(
                        path: path, line: nil,
                        message: "Expected [3] entries in checkpoint file [\(path)], but found only [1]")
                ),
                (
                    "0\n2147483647\n",
                    .malformedFile(
                        path: path, line: nil,
                        message: "Expected [2147483647] entries in checkpoint file [\(path)], but found only [0]")
                ),
            ]
            for (text, expected) in rejected {
                try writeFile(path, text)
                #expect(storageError { _ = try checkpoint.read() } == expected, "\(text.debugDescription)")
            }
            try writeFile(path, [0x30, 0x0A, 0x31, 0x0A, 0xFF, 0x20, 0x30, 0x20, 0x31])
            #expect(storageError { _ = try checkpoint.read() } != nil)
            #expect(
                StorageError.malformedFile(
                    path: path, line: 3, message: "Malformed line in checkpoint file [\(path)]: t"
                )
                .description == "Malformed line in checkpoint file [\(path)]: t (line 3)")

            // Random bytes are rejected or read, never a trap.
            var rng = TestRandom(seed: 99)
            let alphabet = Array("0123456789 \n\r\t-+tx".utf8)
            for _ in 0..<500 {
                let bytes = (0..<Int(rng.next() % 30)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
                try writeFile(path, bytes)
                _ = storageError { _ = try checkpoint.read() }
                _ = storageError { _ = try LeaderEpochCheckpointFile(path: path).read() }
            }
        }
    }

    @Test func writesAreAtomic() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/log-start-offset-checkpoint"
            let checkpoint = OffsetCheckpointFile(path: path)
            try checkpoint.write([TopicPartition("t", 0): 1])
            // A crash between writing the temporary file and the rename leaves the old file intact,
            // and a stale temporary file does not disturb the next write.
            try writeFile(path + ".tmp", "0\n1\nt 0 9")
            #expect(try checkpoint.read() == [TopicPartition("t", 0): 1])
            try checkpoint.write([TopicPartition("t", 0): 2])
            #expect(try checkpoint.read() == [TopicPartition("t", 0): 2])
            #expect(!FileManager.default.fileExists(atPath: path + ".tmp"))
            // The file is replaced, not rewritten in place: a reader holding the old file keeps it.
            let before = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            try checkpoint.write([TopicPartition("t", 0): 3])
            #expect(String(decoding: before.readDataToEndOfFile(), as: UTF8.self) == "0\n1\nt 0 2\n")
            try before.close()
            // A write into a missing directory fails cleanly.
            let gone = OffsetCheckpointFile(path: dir + "/no-such-dir/cleaner-offset-checkpoint")
            #expect(storageError { try gone.write([:]) }?.isNoSuchFile == true)
        }
    }

    @Test func leaderEpochCheckpointGoldenFile() throws {
        try withTemporaryDirectory { dir in
            let checkpoint = LeaderEpochCheckpointFile(logDirectory: dir)
            #expect(checkpoint.path == dir + "/leader-epoch-checkpoint")
            let entries = [EpochEntry(epoch: 0, startOffset: 0), EpochEntry(epoch: 3, startOffset: 1500)]
            try checkpoint.write(entries)
            #expect(try String(contentsOfFile: checkpoint.path, encoding: .utf8) == "0\n2\n0 0\n3 1500\n")
            #expect(try checkpoint.read() == entries)
            try writeFile(checkpoint.path, "0\n1\n4 10 extra\n")
            #expect(
                storageError { _ = try checkpoint.read() }
                    == .malformedFile(
                        path: checkpoint.path, line: 3,
                        message: "Malformed line in checkpoint file [\(checkpoint.path)]: 4 10 extra"))
        }
    }

    @Test func partitionMetadataGoldenFile() throws {
        try withTemporaryDirectory { dir in
            let file = PartitionMetadataFile(logDirectory: dir)
            #expect(file.path == dir + "/partition.metadata")
            #expect(!file.exists)
            let topicId = KafkaUUID(high: 0x0123_4567_89AB_CDEF, low: 0xFEDC_BA98_7654_3210)
            try file.record(topicId)
            try file.record(topicId)
            #expect(
                storageError { try file.record(.one) }
                    == .inconsistentTopicId(
                        "Tried to record topic ID \(KafkaUUID.one) to file but had already recorded \(topicId)"))
            try file.maybeFlush()
            #expect(
                try String(contentsOfFile: file.path, encoding: .utf8) == "version: 0\ntopic_id: ASNFZ4mrze_-3LqYdlQyEA"
            )
            #expect(try file.read() == PartitionMetadata(version: 0, topicId: topicId))
            try file.record(.one)  // flushed: a new id may be recorded
            try file.delete()
            #expect(storageError { try file.delete() }?.isNoSuchFile == true)
        }
    }

    @Test func malformedPartitionMetadata() throws {
        try withTemporaryDirectory { dir in
            let file = PartitionMetadataFile(logDirectory: dir)
            let path = file.path
            let id = KafkaUUID(high: 1, low: 2).description
            try writeFile(path, "version:   3\r\ntopic_id:\t\(id)\nignored")
            #expect(try file.read() == PartitionMetadata(version: 3, topicId: KafkaUUID(high: 1, low: 2)))
            let rejected: [(String, StorageError)] = [
                (
                    "",
                    .malformedFile(
                        path: path, line: 1, message: "Malformed line in partition metadata file [\(path)]: null")
                ),
                (
                    "version: 0",
                    .malformedFile(
                        path: path, line: 2, message: "Malformed line in partition metadata file [\(path)]: null")
                ),
                (
                    "version:0\ntopic_id: \(id)",
                    .malformedFile(
                        path: path, line: 1, message: "Malformed line in partition metadata file [\(path)]: version:0")
                ),
                (
                    "version: x\ntopic_id: \(id)",
                    .malformedFile(
                        path: path, line: 1, message: "Malformed line in partition metadata file [\(path)]: version: x")
                ),
                (
                    "version: -1\ntopic_id: \(id)",
                    .malformedFile(
                        path: path, line: 1, message: "Unrecognized version of partition metadata file (\(path)): -1")
                ),
                (
                    "version: 0\ntopicid: \(id)",
                    .malformedFile(
                        path: path, line: 2,
                        message: "Malformed line in partition metadata file [\(path)]: topicid: \(id)")
                ),
                (
                    "version: 0\ntopic_id: nope",
                    .malformedFile(
                        path: path, line: 2,
                        message: "Malformed line in partition metadata file [\(path)]: topic_id: nope")
                ),
                (
                    "version: 0\ntopic_id: AAAAAAAAAAAAAAAAAAAAAA",
                    .malformedFile(
                        path: path, line: 2, message: "Invalid topic ID in partition metadata file (\(path))")
                ),
            ]
            for (text, expected) in rejected {
                try writeFile(path, text)
                #expect(storageError { _ = try file.read() } == expected, "\(text.debugDescription)")
            }
        }
    }

    @Test func metaPropertiesGoldenFile() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/meta.properties"
            let properties = try MetaProperties(
                version: .v1, clusterId: "4L6g3nShT-eMCtK--X86sw", nodeId: 1,
                directoryId: KafkaUUID("y3vVSXD5ZNExJ4Cq3QlbwQ"))
            try properties.write(to: path, epochSeconds: 1_710_412_766)
            #expect(
                try String(contentsOfFile: path, encoding: .utf8)
                    == "#\n#Thu Mar 14 10:39:26 UTC 2024\ncluster.id=4L6g3nShT-eMCtK--X86sw\n"
                    + "directory.id=y3vVSXD5ZNExJ4Cq3QlbwQ\nnode.id=1\nversion=1\n")
            #expect(try MetaProperties.read(from: path) == properties)
            #expect(
                properties.description
                    == "MetaProperties(version=1, clusterId=4L6g3nShT-eMCtK--X86sw, nodeId=1, directoryId=y3vVSXD5ZNExJ4Cq3QlbwQ)"
            )
            #expect(MetaProperties.javaDateString(epochSeconds: 951_782_400) == "Tue Feb 29 00:00:00 UTC 2000")
            #expect(
                MetaProperties.storeText(["a b": "=x:y#! z\\"], epochSeconds: 0)
                    == "#\n#Thu Jan 01 00:00:00 UTC 1970\na\\ b=\\=x\\:y\\#\\! z\\\\\n")
        }
    }

    @Test func metaPropertiesReadsJavaPropertiesFiles() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/meta.properties"
            // As Kafka 3.x wrote it, in hash order, with comments and Java escapes.
            try writeFile(
                path,
                "#\n#Tue Jan 02 12:00:00 UTC 2024\n! another comment\n  node.id = 3\ncluster.id:abc\\u0041\\\n   def\n"
                    + "version\t1\n\n")
            let read = try MetaProperties.read(from: path)
            #expect(read == (try MetaProperties(version: .v1, clusterId: "abcAdef", nodeId: 3)))

            try writeFile(path, "broker.id=7\n")  // version 0, from ZooKeeper days
            #expect(
                try MetaProperties.read(from: path) == (try MetaProperties(version: .v0, clusterId: nil, nodeId: 7)))
            #expect(
                try MetaProperties(version: .v0, clusterId: nil, nodeId: 7).properties == [
                    "version": "0", "broker.id": "7",
                ])

            let rejected: [(String, String)] = [
                ("version=1\nnode.id=1\n", "cluster.id was not found."),
                ("version=1\ncluster.id=c\n", "Failed to find node.id"),
                ("version=1\ncluster.id=c\nnode.id=one\n", "Unable to read node.id as a base-10 number."),
                ("version=9\n", "Unknown meta.properties version number 9"),
                ("version=v1\n", "Invalid meta.properties version string 'v1'"),
                (
                    "version=1\ncluster.id=c\nnode.id=1\ndirectory.id=xyz\n",
                    "Unable to read directory.id as a Uuid: Invalid UUID string: xyz"
                ),
            ]
            for (text, message) in rejected {
                try writeFile(path, text)
                #expect(
                    storageError { _ = try MetaProperties.read(from: path) }
                        == .malformedFile(path: path, line: nil, message: "\(message) in \(path)"))
            }
            #expect(storageError { _ = try MetaProperties.read(from: dir + "/none") }?.isNoSuchFile == true)
        }
    }

    @Test func cleanShutdownFile() throws {
        try withTemporaryDirectory { dir in
            let file = CleanShutdownFile(logDirectory: dir)
            #expect(file.path == dir + "/.kafka_cleanshutdown")
            #expect(!file.exists)
            #expect(file.readBrokerEpoch() == nil)
            try file.write(brokerEpoch: 42)
            #expect(try String(contentsOfFile: file.path, encoding: .utf8) == "{\"version\":0,\"brokerEpoch\":42}")
            #expect(file.readBrokerEpoch() == 42)
            try writeFile(file.path, "{ \"version\" : 0, \"brokerEpoch\" : -1 }")
            #expect(file.readBrokerEpoch() == -1)
            try writeFile(file.path, "")  // older brokers wrote an empty marker
            #expect(file.exists)
            #expect(file.readBrokerEpoch() == nil)
            try file.delete()
            try file.delete()
            #expect(!file.exists)
        }
    }
}
