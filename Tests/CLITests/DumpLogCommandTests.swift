import Foundation
import Testing

/// The built `swkafka` binary run as a user runs it: `dump-log`'s output streams and exit
/// statuses, and the command-line conventions of SwKafka.swift.
@Suite struct DumpLogCommandTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Result {
        var status: Int32
        var out: String
        var err: String
    }

    static func swkafka(_ arguments: [String]) throws -> Result {
        let binary = packageRoot.appendingPathComponent(".build/debug/swkafka")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so a large output cannot fill the pipe and block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
            err: String(decoding: errData, as: UTF8.self))
    }

    /// A batch kafka-python wrote, with offsets assigned by a broker (base offset 1000000).
    static func fixtureBatch() throws -> [UInt8] {
        let url = packageRoot.appendingPathComponent("Tests/KafkaEngineTests/Fixtures/records/none-basic-assigned.hex")
        let hex = try String(contentsOf: url, encoding: .utf8).filter(\.isHexDigit)
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            bytes.append(UInt8(hex[index..<next], radix: 16) ?? 0)
            index = next
        }
        return bytes
    }

    static func withSegment(_ bytes: [UInt8], _ body: (String) throws -> Void) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("swkafka-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("00000000000001000000.log").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        try body(path)
    }

    @Test func dumpsASegmentToStdout() throws {
        try Self.withSegment(try Self.fixtureBatch()) { path in
            let result = try Self.swkafka(["dump-log", "--files", path])
            #expect(result.status == 0)
            #expect(result.err == "")
            #expect(
                result.out
                    == "Dumping \(path)\nLog starting offset: 1000000\n"
                    + "baseOffset: 1000000 lastOffset: 1000003 count: 4 baseSequence: -1 lastSequence: -1 producerId: -1 "
                    + "producerEpoch: -1 partitionLeaderEpoch: 7 isTransactional: false isControl: false "
                    + "deleteHorizonMs: OptionalLong.empty position: 0 CreateTime: 1700000000010 size: 171 magic: 2 "
                    + "compresscodec: none crc: 3938403000 isvalid: true\n")

            // Kafka's spellings: --opt=value, a decoder option without its value.
            let decoded = try Self.swkafka(["dump-log", "--files=\(path)", "--value-decoder-class"])
            #expect(decoded.status == 0)
            #expect(decoded.out.contains("| offset: 1000000 CreateTime: 1700000000000 keySize: 5 valueSize: 7"))
            #expect(decoded.out.contains("key: key-0 payload: value-0\n"))
        }
    }

    @Test func corruptionExitsThreeWithASummaryOnStderr() throws {
        var bytes = try Self.fixtureBatch()
        bytes[100] ^= 0x01
        try Self.withSegment(bytes + [1, 2, 3]) { path in
            let result = try Self.swkafka(["dump-log", "--files", path])
            #expect(result.status == 3)
            #expect(result.out.contains("isvalid: false\n"))
            #expect(result.out.hasSuffix("Found 3 invalid bytes at the end of 00000000000001000000.log\n"))
            let err = result.err.split(separator: "\n").map(String.init)
            #expect(err.first == "Corruption found: 2 problems in 1 file:")
            #expect(err.count == 3)
            #expect(err[1].hasPrefix("  \(path) at byte 0: CRC mismatch (stored crc 3938403000, computed crc "))
            #expect(err[2] == "  \(path) at byte 171: 3 trailing bytes, too few for a batch header")
        }
    }

    @Test func usageErrorsAreOneLineAndExitTwo() throws {
        let missing = try Self.swkafka(["dump-log"])
        #expect(missing.status == 2)
        #expect(missing.out == "")
        #expect(
            missing.err
                == "swkafka dump-log: Missing required argument \"[files]\"\nRun 'swkafka dump-log --help' for usage.\n"
        )

        let bad = try Self.swkafka(["dump-log", "--files", "x.log", "--max-bytes", "lots"])
        #expect(bad.status == 2)
        #expect(bad.err.split(separator: "\n").count == 2)
        #expect(bad.err.hasPrefix("swkafka dump-log: "))

        let decoder = try Self.swkafka(["dump-log", "--files", "x.log", "--key-decoder-class", "com.example.Mine"])
        #expect(decoder.status == 2)
        #expect(decoder.err.hasPrefix("swkafka dump-log: unsupported decoder class com.example.Mine"))
    }

    @Test func helpGoesToStdoutAndExitsZero() throws {
        let help = try Self.swkafka(["dump-log", "--help"])
        #expect(help.status == 0)
        #expect(help.err == "")
        #expect(help.out.contains("--print-data-log"))
        #expect(help.out.contains("USAGE: swkafka dump-log"))
    }

    @Test func runtimeFailuresAreOneLineAndExitOne() throws {
        let result = try Self.swkafka(["dump-log", "--files", "/nonexistent/00000000000000000000.log"])
        #expect(result.status == 1)
        #expect(result.out == "Dumping /nonexistent/00000000000000000000.log\n")
        #expect(
            result.err == "swkafka dump-log: /nonexistent/00000000000000000000.log: No such file or directory\n")
    }
}
