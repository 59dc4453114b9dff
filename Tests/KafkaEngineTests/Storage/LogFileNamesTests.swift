import Foundation
import Testing

@testable import KafkaEngine

@Suite struct LogFileNamesTests {
    @Test func segmentFileNames() {
        #expect(LogFileNames.filenamePrefix(offset: 0) == "00000000000000000000")
        #expect(LogFileNames.filenamePrefix(offset: 1234) == "00000000000000001234")
        #expect(LogFileNames.filenamePrefix(offset: Int64.max) == "09223372036854775807")
        #expect(LogFileNames.filenamePrefix(offset: -5) == "-00000000000000000005")
        #expect(LogFileNames.logFile(directory: "/d/t-0", offset: 7) == "/d/t-0/00000000000000000007.log")
        #expect(
            LogFileNames.logFile(directory: "/d/t-0/", offset: 7, suffix: ".deleted")
                == "/d/t-0/00000000000000000007.log.deleted")
        #expect(
            LogFileNames.offsetIndexFile(directory: "d", offset: 1, suffix: ".swap")
                == "d/00000000000000000001.index.swap")
        #expect(LogFileNames.timeIndexFile(directory: "d", offset: 1) == "d/00000000000000000001.timeindex")
        #expect(
            LogFileNames.transactionIndexFile(directory: "d", offset: 1, suffix: ".cleaned")
                == "d/00000000000000000001.txnindex.cleaned")
        #expect(LogFileNames.producerSnapshotFile(directory: "d", offset: 42) == "d/00000000000000000042.snapshot")
        #expect(LogFileNames.offset(fromFileName: "00000000000000000042.snapshot") == 42)
        #expect(LogFileNames.offset(fromFileName: "leader-epoch-checkpoint") == nil)
        #expect(LogFileNames.offset(fromFileName: "abc.log") == nil)
    }

    @Test func parsesSegmentFileNames() {
        #expect(SegmentFileName("00000000000000001234.index") == SegmentFileName(baseOffset: 1234, kind: .offsetIndex))
        #expect(
            SegmentFileName("00000000000000001234.log.deleted")
                == SegmentFileName(baseOffset: 1234, kind: .log, status: .deleted))
        #expect(SegmentFileName("00000000000000000000.timeindex.swap")?.status == .swap)
        #expect(SegmentFileName("00000000000000000000.txnindex.cleaned")?.kind == .transactionIndex)
        #expect(SegmentFileName("00000000000000000100.snapshot")?.kind == .producerSnapshot)
        for name in [
            "leader-epoch-checkpoint", "partition.metadata", ".log", "x.log", "-1.log", "1.log.tmp",
            "99999999999999999999.log", "00000000000000000000.checkpoint",
        ] {
            #expect(SegmentFileName(name) == nil, "\(name)")
        }
        for kind in SegmentFileName.Kind.allCases {
            for status in SegmentFileName.Status.allCases {
                let name = SegmentFileName(baseOffset: 987_654_321, kind: kind, status: status)
                #expect(SegmentFileName(name.description) == name)
            }
        }
    }

    @Test func partitionDirectoryNames() throws {
        let tp = TopicPartition("my-topic.v2", 3)
        #expect(LogFileNames.logDirName(tp) == "my-topic.v2-3")
        let deleteName = LogFileNames.logDeleteDirName(tp, uniqueId: "0123456789abcdef0123456789abcdef")
        #expect(deleteName == "my-topic.v2-3.0123456789abcdef0123456789abcdef-delete")
        #expect(LogFileNames.logFutureDirName(tp, uniqueId: "u") == "my-topic.v2-3.u-future")
        #expect(LogFileNames.logStrayDirName(tp, uniqueId: "u") == "my-topic.v2-3.u-stray")
        let unique = LogFileNames.newUniqueId()
        #expect(unique.count == 32 && unique.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        #expect(LogFileNames.newUniqueId() != unique)

        // Long topics are cut so the renamed directory fits in 255 characters.
        let long = TopicPartition(String(repeating: "t", count: 249), 12)
        let capped = LogFileNames.logDeleteDirName(long, uniqueId: unique)
        #expect(capped.count == 255)
        #expect(capped.hasSuffix("-12.\(unique)-delete"))
    }

    @Test func parsesPartitionDirectoryNames() throws {
        let accepted: [(String, TopicPartition)] = [
            ("/logs/orders-0", TopicPartition("orders", 0)),
            ("my-topic-with-dashes-12", TopicPartition("my-topic-with-dashes", 12)),
            ("__consumer_offsets-49", TopicPartition("__consumer_offsets", 49)),
            ("/l/my.topic-3.0123456789abcdef0123456789abcdef-delete", TopicPartition("my.topic", 3)),
            ("t-1.abc-future", TopicPartition("t", 1)),
            ("t-1.abc-stray", TopicPartition("t", 1)),
            ("a-b-7.x-delete", TopicPartition("a-b", 7)),
        ]
        for (directory, expected) in accepted {
            #expect(try LogFileNames.parseTopicPartitionName(directory: directory) == expected, "\(directory)")
        }
        let rejected = [
            "", "orders", "orders-", "-1", "orders-x", "orders-1-delete", "orders-1.-delete",
            "t-1.a b-delete", "orders-99999999999", "t-1.x-future.log", "bootstrap.checkpoint",
        ]
        for directory in rejected {
            #expect(
                storageError { _ = try LogFileNames.parseTopicPartitionName(directory: directory) } != nil,
                "\(directory)")
        }
        #expect(
            storageError { _ = try LogFileNames.parseTopicPartitionName(directory: "/logs/lost+found") }
                == .illegalArgument(
                    "Found directory /logs/lost+found, 'lost+found' is not in the form of topic-partition or"
                        + " topic-partition.uniqueId-delete (if marked for deletion).\n"
                        + "Kafka's log directories (and children) should only contain Kafka topic data."))
        for tp in [TopicPartition("a-b", 0), TopicPartition("x", 2_147_483_647)] {
            #expect(try LogFileNames.parseTopicPartitionName(directory: LogFileNames.logDirName(tp)) == tp)
            #expect(try LogFileNames.parseTopicPartitionName(directory: LogFileNames.logDeleteDirName(tp)) == tp)
            #expect(try LogFileNames.parseTopicPartitionName(directory: LogFileNames.logFutureDirName(tp)) == tp)
        }
    }

    @Test func storageFileHelpers() throws {
        #expect(StorageFile.parentDirectory(of: "/a/b/c") == "/a/b")
        #expect(StorageFile.parentDirectory(of: "/c") == "/")
        #expect(StorageFile.parentDirectory(of: "c") == ".")
        #expect(StorageFile.fileName(of: "/a/b/c") == "c")
        try withTemporaryDirectory { dir in
            let file = try StorageFile.open(dir + "/f", create: true)
            try file.write([1, 2, 3, 4, 5], at: 10)
            #expect(try file.size() == 15)
            #expect(try file.read(count: 4, at: 12) == [3, 4, 5])  // short at end of file
            #expect(try file.read(count: 4, at: 100) == [])
            try file.truncate(to: 11)
            #expect(try StorageFile.size(of: dir + "/f") == 11)
            try file.sync()
            try file.close()
            #expect(
                storageError { _ = try StorageFile.open(dir + "/f", create: true, exclusive: true) }?.errno == EEXIST)
            let missing = storageError { _ = try StorageFile.open(dir + "/nope") }
            #expect(missing?.isNoSuchFile == true)
            #expect(
                missing?.description.hasPrefix("open failed for \(dir)/nope: No such file or directory (errno 2)")
                    == true)
        }
    }
}
