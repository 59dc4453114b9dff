import Foundation
import Testing

/// The committed protocol code must be exactly what the generator makes from Kafka's definitions.
/// `bin/regenerate` (or `SWKAFKA_REGENERATE=1 swift test --filter CodegenTests`) rewrites it.
@Suite struct GeneratedCodeTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var specDir: URL {
        if let dir = ProcessInfo.processInfo.environment["KAFKA_SPEC_DIR"] { return URL(fileURLWithPath: dir) }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/kafka-spec")
    }

    static var specsPresent: Bool {
        FileManager.default.fileExists(atPath: specDir.appendingPathComponent("message").path)
    }

    @Test func kafkaSpecsAreAvailableInCI() {
        // Elsewhere the freshness check is skipped when ../shared is absent; in CI it must not be.
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            #expect(Self.specsPresent, "Kafka's message definitions not found at \(Self.specDir.path)")
        }
    }

    @Test(.enabled(if: GeneratedCodeTests.specsPresent, "../shared/kafka-spec not present"))
    func generatedCodeIsFresh() throws {
        if ProcessInfo.processInfo.environment["SWKAFKA_REGENERATE"] != nil {
            print(try GeneratedFiles.write(specDir: Self.specDir, root: Self.packageRoot))
        }
        let stale = try GeneratedFiles.differences(specDir: Self.specDir, root: Self.packageRoot)
        #expect(stale.isEmpty, "stale generated files (run bin/regenerate): \(stale.prefix(10))")
    }

    @Test(.enabled(if: GeneratedCodeTests.specsPresent, "../shared/kafka-spec not present"))
    func everyApiKeyHasARequestAndAResponse() throws {
        let specs = try SpecLoader.load(specDir: Self.specDir)
        let requests = Set(specs.filter { $0.kind == .request }.compactMap(\.apiKey))
        let responses = Set(specs.filter { $0.kind == .response }.compactMap(\.apiKey))
        #expect(requests == responses)
        #expect(requests == Set(0..<88))
    }

    @Test func versionRangesParseAsKafkaWritesThem() throws {
        #expect(try Versions(parsing: "0+") == Versions(lowest: 0, highest: .max))
        #expect(try Versions(parsing: "1-3") == Versions(lowest: 1, highest: 3))
        #expect(try Versions(parsing: "5") == Versions(lowest: 5, highest: 5))
        #expect(try Versions(parsing: "none").isEmpty)
        #expect(throws: SpecError.self) { try Versions(parsing: "x+") }
    }

    @Test func versionConditionsAreSimplifiedWithinTheirRange() {
        let ctx = VersionContext(within: Versions(lowest: 0, highest: 11), flexible: Versions(lowest: 9, highest: .max))
        #expect(ctx.condition(Versions(lowest: 0, highest: .max)) == "true")
        #expect(ctx.condition(Versions(lowest: 3, highest: .max)) == "version >= 3")
        #expect(ctx.condition(Versions(lowest: 2, highest: 5)) == "version >= 2 && version <= 5")
        #expect(ctx.condition(Versions(lowest: 12, highest: .max)) == "false")
        #expect(ctx.flexibleExpr == "flexible")
    }

    @Test func namesFollowSwiftConventions() {
        #expect(Naming.property("ThrottleTimeMs") == "throttleTimeMs")
        #expect(Naming.property("ISR") == "isr")
        #expect(Naming.property("Protocol") == "`protocol`")
        #expect(Naming.apiCase("DescribeTopicPartitionsRequest") == "describeTopicPartitions")
    }
}
