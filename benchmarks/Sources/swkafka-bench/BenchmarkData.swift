/// Deterministic inputs shared by the benchmark families.
enum BenchmarkData {
    /// splitmix64: fast, seedable, good enough to make incompressible bytes.
    struct Generator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

        mutating func hex(_ digits: Int) -> String {
            var s = ""
            while s.count < digits {
                let chunk = String(next(), radix: 16)
                s += String(repeating: "0", count: 16 - chunk.count) + chunk
            }
            return String(s.prefix(digits))
        }

        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    static func randomBytes(_ count: Int, seed: UInt64) -> [UInt8] {
        var generator = Generator(state: seed)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count + 8)
        while bytes.count < count {
            withUnsafeBytes(of: generator.next()) { bytes.append(contentsOf: $0) }
        }
        return Array(bytes.prefix(count))
    }

    /// About `size` bytes of newline-separated JSON records of roughly 1 KiB each: structured
    /// application logs with ids, hashes, paths and free text, the typical value of a Kafka
    /// record. Compresses about 4-6x with gzip, like real log topics.
    static func records(size: Int, seed: UInt64 = 42) -> [UInt8] {
        var g = Generator(state: seed)
        let services = ["checkout", "payments", "inventory", "search", "auth", "shipping", "recommendations"]
        let levels = ["INFO", "INFO", "INFO", "INFO", "WARN", "DEBUG", "ERROR"]
        let methods = ["GET", "GET", "GET", "POST", "PUT", "DELETE"]
        let paths = ["/api/v1/orders", "/api/v1/cart", "/api/v2/search", "/api/v1/users", "/api/v1/payments", "/health"]
        let agents = [
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
            "okhttp/4.12.0", "python-requests/2.31.0", "Go-http-client/2.0",
        ]
        let words = [
            "request", "completed", "upstream", "timeout", "retrying", "cache", "miss", "hit", "order", "placed",
            "payment", "authorised", "declined", "inventory", "reserved", "released", "user", "session", "expired",
            "token", "refreshed", "query", "served", "slow", "shard", "replica", "fallback", "circuit", "open",
        ]
        var out: [UInt8] = []
        out.reserveCapacity(size + 2048)
        var i = 0
        while out.count < size {
            let ms = 1_718_100_000_000 + i * 37 + g.below(30)
            var items = ""
            for n in 0..<(1 + g.below(4)) {
                if n > 0 { items += "," }
                items += #"{"sku":"SKU-\#(10000 + g.below(90000))","qty":\#(1 + g.below(5)),"price":\#(g.below(20000)).\#(g.below(100))}"#
            }
            var message = ""
            for n in 0..<(8 + g.below(12)) { message += (n == 0 ? "" : " ") + g.pick(words) }
            let record = #"{"ts":\#(ms),"level":"\#(g.pick(levels))","service":"\#(g.pick(services))","#
                + #""host":"ip-10-0-\#(g.below(8))-\#(g.below(250))","trace_id":"\#(g.hex(32))","span_id":"\#(g.hex(16))","#
                + #""user_id":\#(g.below(1_000_000)),"session":"\#(g.hex(8))-\#(g.hex(4))-\#(g.hex(4))-\#(g.hex(12))","#
                + #""http":{"method":"\#(g.pick(methods))","path":"\#(g.pick(paths))/\#(g.below(100_000))","#
                + #""status":\#(g.pick([200, 200, 200, 201, 204, 304, 400, 404, 500])),"latency_ms":\#(g.below(900)),"#
                + #""bytes":\#(g.below(65536)),"user_agent":"\#(g.pick(agents))"},"#
                + #""order":{"id":"ORD-\#(g.hex(10))","items":[\#(items)],"currency":"\#(g.pick(["EUR", "USD", "GBP"]))"},"#
                + #""msg":"\#(message)"}"# + "\n"
            out.append(contentsOf: record.utf8)
            i += 1
        }
        return Array(out.prefix(size))
    }
}
