import Testing

@testable import KafkaEngine

@Suite("ErrorCode")
struct ErrorCodeTests {
    @Test("the table is Kafka's: contiguous codes -1...135, unique upper-case names")
    func tableSanity() {
        #expect(ErrorCode.all.map(\.rawValue) == Array(-1...135))
        let names = ErrorCode.all.map(\.name)
        #expect(Set(names).count == names.count)
        for code in ErrorCode.all {
            #expect(code.isKnown)
            #expect(code.name.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "_" }, "\(code.name)")
            #expect(code.name.first?.isLetter == true)
            if code != .none {
                #expect(!code.defaultMessage.isEmpty, "\(code.name) has no message")
            }
            #expect(ErrorCode(rawValue: code.rawValue) == code)
        }
    }

    @Test("well-known codes")
    func wellKnown() {
        #expect(ErrorCode.none.rawValue == 0 && ErrorCode.none.name == "NONE" && ErrorCode.none.defaultMessage == "")
        #expect(ErrorCode.unknownServerError.rawValue == -1 && ErrorCode.unknownServerError.name == "UNKNOWN_SERVER_ERROR")
        #expect(ErrorCode.offsetOutOfRange.rawValue == 1)
        #expect(ErrorCode.corruptMessage.rawValue == 2)
        #expect(ErrorCode.notLeaderOrFollower.rawValue == 6)
        #expect(ErrorCode.notLeaderOrFollower.name == "NOT_LEADER_OR_FOLLOWER")
        #expect(ErrorCode.notLeaderOrFollower.description == "NOT_LEADER_OR_FOLLOWER")
        #expect(ErrorCode.messageTooLarge.rawValue == 10)
        #expect(ErrorCode.notEnoughReplicas.rawValue == 19)
        #expect(ErrorCode.unsupportedVersion.rawValue == 35)
        #expect(ErrorCode.topicAlreadyExists.rawValue == 36)
        #expect(ErrorCode.invalidRecord.rawValue == 87)
        #expect(ErrorCode.unknownTopicId.rawValue == 100)
        #expect(ErrorCode.shareSessionLimitReached.rawValue == 133)
        #expect(ErrorCode.corruptMessage.defaultMessage
            == "This message has failed its CRC checksum, exceeds the valid size, has a null key for a compacted topic, or is otherwise corrupt.")
        #expect(ErrorCode.requestTimedOut.defaultMessage == "The request timed out.")
    }

    @Test("retriable exactly where the Java exception extends RetriableException")
    func retriable() {
        let retriable: [ErrorCode] = [
            .corruptMessage, .unknownTopicOrPartition, .leaderNotAvailable, .notLeaderOrFollower,
            .requestTimedOut, .replicaNotAvailable, .networkException, .coordinatorLoadInProgress,
            .coordinatorNotAvailable, .notCoordinator, .notEnoughReplicas, .notEnoughReplicasAfterAppend,
            .notController, .concurrentTransactions, .kafkaStorageError, .fetchSessionIdNotFound,
            .invalidFetchSessionEpoch, .listenerNotFound, .fencedLeaderEpoch, .unknownLeaderEpoch,
            .offsetNotAvailable, .preferredLeaderNotAvailable, .eligibleLeadersNotAvailable, .electionNotNeeded,
            .unstableOffsetCommit, .throttlingQuotaExceeded, .unknownTopicId, .inconsistentTopicId,
            .fetchSessionTopicIdError, .shareSessionNotFound, .invalidShareSessionEpoch, .shareSessionLimitReached,
        ]
        #expect(Set(ErrorCode.all.filter(\.isRetriable)) == Set(retriable))
        // Fatal for the producer, not retried.
        #expect(!ErrorCode.offsetOutOfRange.isRetriable)
        #expect(!ErrorCode.messageTooLarge.isRetriable)
        #expect(!ErrorCode.invalidProducerEpoch.isRetriable)
        #expect(!ErrorCode.duplicateSequenceNumber.isRetriable)
        #expect(!ErrorCode.topicAuthorizationFailed.isRetriable)
        #expect(!ErrorCode.none.isRetriable)
    }

    @Test("codes the table does not know still round-trip")
    func unknownCodes() {
        for raw: Int16 in [-2, 136, 999, Int16.max, Int16.min] {
            let code = ErrorCode(rawValue: raw)
            #expect(code.rawValue == raw)
            #expect(!code.isKnown)
            #expect(code.name == "UNKNOWN(\(raw))")
            #expect(!code.isRetriable)
            #expect(code.defaultMessage == ErrorCode.unknownServerError.defaultMessage)
            #expect(!ErrorCode.all.contains(code))
        }
    }
}
