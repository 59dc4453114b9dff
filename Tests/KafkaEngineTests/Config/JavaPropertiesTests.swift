import Foundation
import Testing

@testable import KafkaEngine

/// `JavaProperties` against what `java.util.Properties` (JDK 17) made of the same files: the
/// fixtures and their generator live in `Tests/Interop/fixtures/java-properties/`.
@Suite struct JavaPropertiesTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Interop/fixtures/java-properties")

    struct Expected: Decodable {
        var entries: [String: String]?
        var error: String?
    }

    static func fixture(_ name: String) throws -> (bytes: [UInt8], expected: Expected) {
        let bytes = try Data(contentsOf: fixtures.appendingPathComponent("\(name).properties"))
        let json = try Data(contentsOf: fixtures.appendingPathComponent("\(name).expected.json"))
        return (Array(bytes), try JSONDecoder().decode(Expected.self, from: json))
    }

    @Test func trickyFileMatchesJava() throws {
        let (bytes, expected) = try Self.fixture("tricky")
        let entries = try #require(expected.entries)
        let parsed = try JavaProperties.parse(bytes: bytes)
        #expect(parsed.count == entries.count)
        for (key, value) in entries {
            #expect(parsed[key] == value, "key \(key.debugDescription)")
        }
        #expect(parsed.dictionary == entries)
    }

    @Test(arguments: ["malformed-unicode", "truncated-unicode"])
    func malformedEscapesFailAsJavaDoes(name: String) throws {
        let (bytes, expected) = try Self.fixture(name)
        let message = try #require(expected.error)
        #expect(throws: ConfigError(message, line: name == "malformed-unicode" ? 2 : 1)) {
            try JavaProperties.parse(bytes: bytes)
        }
    }

    @Test func keysRememberTheLineTheirLogicalLineStartsOn() throws {
        let (bytes, _) = try Self.fixture("tricky")
        let parsed = try JavaProperties.parse(bytes: bytes)
        #expect(parsed.line(of: "plain") == 7)
        #expect(parsed.line(of: "multi") == 22)
        #expect(parsed.line(of: "odd.backslashes") == 26)
        #expect(parsed.line(of: "dup") == 35)  // the later value, and its line
        #expect(parsed.line(of: "after.blank") == 40)
        #expect(parsed.line(of: "raw.utf8") == 43)  // after a lone backslash and a comment
        #expect(parsed.line(of: "crlf.continued") == 46)
        #expect(parsed.line(of: "lone.cr.continued") == 49)
        #expect(parsed.line(of: "indented.key") == 51)
        #expect(parsed.line(of: "last") == 55)
        #expect(parsed.line(of: "missing") == nil)
    }

    @Test func laterKeysReplaceEarlierOnesInTheirFirstPosition() throws {
        let parsed = try JavaProperties.parse("a=1\nb=2\na=3\n")
        #expect(parsed.keys == ["a", "b"])
        #expect(parsed["a"] == "3")
        #expect(parsed.line(of: "a") == 3)
        let merged = parsed.merging(JavaProperties([("b", "x"), ("c", "y")]))
        #expect(merged.dictionary == ["a": "3", "b": "x", "c": "y"])
        #expect(merged.line(of: "b") == nil)  // set programmatically, no line
    }

    @Test func invalidUTF8IsReadAsLatin1LikeLoadInputStream() throws {
        let parsed = try JavaProperties.parse(bytes: Array("k=caf".utf8) + [0xE9, 0x0A])
        #expect(parsed["k"] == "café")
    }

    /// Escapes a string the way `Properties.store` does, so that parsing must give it back.
    static func escape(_ text: String, isKey: Bool) -> String {
        var out = ""
        for (i, unit) in text.utf16.enumerated() {
            switch unit {
            case 0x20 where isKey || i == 0: out += "\\ "
            case 0x09: out += "\\t"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x0C: out += "\\f"
            case 0x3D, 0x3A, 0x23, 0x21, 0x5C: out += "\\" + String(UnicodeScalar(UInt8(unit)))
            case 0x20...0x7E: out += String(UnicodeScalar(UInt8(unit)))
            default: out += "\\u" + String(format: "%04X", unit)
            }
        }
        return out
    }

    @Test func escapedRandomPairsRoundTrip() throws {
        var random = TestRandom(seed: 0x5EED_0F_1A7A)
        let alphabet = Array(" \t\n\r\u{0C}=:#!\\abcxyz019é€😀-._")
        for _ in 0..<300 {
            var expected: [String: String] = [:]
            var text = ""
            for _ in 0..<Int(random.next() % 5) {
                let key = String(
                    (0..<Int(random.next() % 6)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
                let value = String(
                    (0..<Int(random.next() % 8)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
                expected[key] = value
                // Properties.store writes an empty key as `=value`; a blank separator would make the
                // value the key.
                let separator = key.isEmpty ? "=" : ["=", ":", " ", " = ", "\t:\t"][Int(random.next() % 5)]
                text += Self.escape(key, isKey: true) + separator + Self.escape(value, isKey: false)
                text += ["\n", "\r\n", "\r"][Int(random.next() % 3)]
            }
            let parsed = try JavaProperties.parse(text)
            #expect(parsed.dictionary == expected, "text \(text.debugDescription)")
        }
    }

    @Test func arbitraryInputNeverTraps() {
        var random = TestRandom(seed: 42)
        let alphabet = Array("ab=: \t\n\r\\u0F#!\u{0C}é")
        var parsedCount = 0
        for _ in 0..<2000 {
            let text = String(
                (0..<Int(random.next() % 40)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
            do {
                let parsed = try JavaProperties.parse(text)
                parsedCount += 1
                // Every entry's line is inside the text.
                let lines = text.split(
                    omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
                ).count
                for entry in parsed.entries { #expect(entry.line >= 1 && entry.line <= max(lines, 1)) }
            } catch {
                #expect(error.message == "Malformed \\uxxxx encoding.")
            }
        }
        #expect(parsedCount > 0)
    }
}
