import Foundation
import Testing

@testable import KafkaEngine

@Suite struct TransactionIndexTests {
    static let transactions = [
        AbortedTxn(producerId: 0, firstOffset: 0, lastOffset: 10, lastStableOffset: 11),
        AbortedTxn(producerId: 1, firstOffset: 5, lastOffset: 15, lastStableOffset: 13),
        AbortedTxn(producerId: 2, firstOffset: 18, lastOffset: 35, lastStableOffset: 25),
        AbortedTxn(producerId: 3, firstOffset: 32, lastOffset: 50, lastStableOffset: 40),
    ]

    @Test func writesKafkasBytes() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/00000000000000000000.txnindex"
            let index = try TransactionIndex(startOffset: 0, path: path)
            #expect(!FileManager.default.fileExists(atPath: path))  // created on first append
            try index.append(
                AbortedTxn(producerId: 0x0102_0304_0506_0708, firstOffset: 2, lastOffset: 3, lastStableOffset: -1))
            try index.close()
            #expect(
                try fileBytes(path)
                    == hexBytes("0000 0102030405060708 0000000000000002 0000000000000003 ffffffffffffffff"))
            #expect(
                AbortedTxn(producerId: 9, firstOffset: 1, lastOffset: 2, lastStableOffset: 3).description
                    == "AbortedTxn(version=0, producerId=9, firstOffset=1, lastOffset=2, lastStableOffset=3)")
        }
    }

    @Test func collectAbortedTxnsAsKafka() throws {
        try withTemporaryDirectory { dir in
            let index = try TransactionIndex(startOffset: 0, path: dir + "/c.txnindex")
            for txn in Self.transactions { try index.append(txn) }
            let all = Self.transactions
            let cases: [(Int64, Int64, ArraySlice<AbortedTxn>, Bool)] = [
                (0, 100, all[...], false),
                (0, 32, all[0..<3], true),
                (0, 35, all[...], true),
                (10, 35, all[...], true),
                (11, 35, all[1..<4], true),
                (20, 41, all[2..<4], false),
            ]
            for (fetchOffset, upperBound, expected, complete) in cases {
                let result = try index.collectAbortedTxns(fetchOffset: fetchOffset, upperBoundOffset: upperBound)
                #expect(result == TxnIndexSearchResult(abortedTransactions: Array(expected), isComplete: complete))
            }
        }
    }

    @Test func lastOffsetMustIncrease() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/i.txnindex"
            let index = try TransactionIndex(startOffset: 0, path: path)
            try index.append(AbortedTxn(producerId: 1, firstOffset: 5, lastOffset: 15, lastStableOffset: 13))
            #expect(
                storageError {
                    try index.append(AbortedTxn(producerId: 0, firstOffset: 0, lastOffset: 15, lastStableOffset: 11))
                }
                    == .illegalArgument(
                        "The last offset of appended transactions must increase sequentially, but 15 is not greater than"
                            + " current last offset 15 of index \(path)"))
            #expect(
                storageError {
                    try index.append(AbortedTxn(producerId: 0, firstOffset: 0, lastOffset: 10, lastStableOffset: 11))
                } != nil)
        }
    }

    @Test func reopenContinuesAfterTheLastWholeEntry() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/r.txnindex"
            let index = try TransactionIndex(startOffset: 0, path: path)
            for txn in Self.transactions { try index.append(txn) }
            try index.close()
            // A torn write: half an entry at the end.
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            handle.seekToEndOfFile()
            handle.write(Data([0, 0, 1, 2, 3]))
            try handle.close()

            let reopened = try TransactionIndex(startOffset: 0, path: path)
            #expect(try reopened.allAbortedTxns() == Self.transactions)
            #expect(
                storageError {
                    try reopened.append(
                        AbortedTxn(producerId: 9, firstOffset: 40, lastOffset: 50, lastStableOffset: 45))
                } != nil)
            let another = AbortedTxn(producerId: 3, firstOffset: 50, lastOffset: 60, lastStableOffset: 55)
            try reopened.append(another)
            #expect(try reopened.allAbortedTxns() == Self.transactions + [another])
            #expect(try fileBytes(path).count == 5 * AbortedTxn.totalSize)  // the torn bytes were overwritten
        }
    }

    @Test func truncateAndReset() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/t.txnindex"
            let index = try TransactionIndex(startOffset: 0, path: path)
            for txn in Self.transactions { try index.append(txn) }
            try index.truncateTo(51)
            #expect(try index.allAbortedTxns() == Self.transactions)
            try index.truncateTo(50)
            #expect(try index.allAbortedTxns() == Array(Self.transactions[0..<3]))
            #expect(try fileBytes(path).count == 3 * 34)
            try index.append(AbortedTxn(producerId: 7, firstOffset: 36, lastOffset: 40, lastStableOffset: 36))
            try index.truncateTo(0)
            #expect(index.isEmpty)
            try index.append(AbortedTxn(producerId: 7, firstOffset: 1, lastOffset: 2, lastStableOffset: 1))
            try index.reset()
            #expect(try index.allAbortedTxns() == [])
            #expect(FileManager.default.fileExists(atPath: path))
        }
    }

    @Test func sanityCheckAndUnknownVersions() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/s.txnindex"
            let index = try TransactionIndex(startOffset: 0, path: path)
            for txn in Self.transactions { try index.append(txn) }
            try index.sanityCheck()
            try index.close()
            let shifted = try TransactionIndex(startOffset: 100, path: path)
            #expect(
                storageError { try shifted.sanityCheck() }
                    == .corruptIndex(
                        "Last offset of aborted transaction \(Self.transactions[0]) in index \(path) is less than start offset 100"
                    ))

            let future = dir + "/v.txnindex"
            try writeFile(future, hexBytes("0001") + [UInt8](repeating: 0, count: 32))
            #expect(
                storageError { _ = try TransactionIndex(startOffset: 0, path: future).allAbortedTxns() }
                    == .corruptIndex(
                        "Unexpected aborted transaction version 1 in transaction index \(future), current version is 0")
            )
        }
    }

    @Test func fileOperations() throws {
        try withTemporaryDirectory { dir in
            let missing = try TransactionIndex(startOffset: 0, path: dir + "/m.txnindex")
            try missing.reset()
            try missing.flush()
            #expect(missing.isEmpty)
            #expect(try missing.allAbortedTxns() == [])
            #expect(!FileManager.default.fileExists(atPath: dir + "/m.txnindex"))
            try missing.renameTo(dir + "/m.txnindex.deleted")  // nothing to move yet
            try missing.append(Self.transactions[0])
            #expect(FileManager.default.fileExists(atPath: dir + "/m.txnindex.deleted"))

            let index = try TransactionIndex(startOffset: 0, path: dir + "/a.txnindex")
            try index.append(Self.transactions[0])
            try index.renameTo(dir + "/b.txnindex")
            try index.append(Self.transactions[1])
            try index.close()
            try index.append(Self.transactions[2])  // reopens after close
            #expect(
                try index.collectAbortedTxns(fetchOffset: 0, upperBoundOffset: 100).abortedTransactions
                    == Array(Self.transactions[0..<3]))
            #expect(try index.deleteIfExists())
            #expect(!FileManager.default.fileExists(atPath: dir + "/b.txnindex"))
            #expect(try !index.deleteIfExists())
            index.updateParentDir("/elsewhere")
            #expect(index.path == "/elsewhere/b.txnindex")
        }
    }
}
