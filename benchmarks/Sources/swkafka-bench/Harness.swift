/// One named measurement. `body` runs the operation once and returns a value the harness keeps
/// (so the optimiser cannot drop the work); `bytes` is what one run processes, for throughput.
/// `bytes == 0` reports time per operation instead.
struct Benchmark {
    let name: String
    let bytes: Int
    let body: () -> UInt64

    init(_ name: String, bytes: Int, body: @escaping () -> UInt64) {
        self.name = name
        self.bytes = bytes
        self.body = body
    }
}

/// A group of related benchmarks, one file each (CRC32CBenchmarks.swift,
/// CompressionBenchmarks.swift, ...). `make` builds the inputs once, outside any timing.
protocol BenchmarkFamily {
    static var name: String { get }
    static func make() -> [Benchmark]
}

/// How long and how often each benchmark is timed.
struct HarnessOptions {
    var repetitions = 7
    var warmupSeconds = 0.2
    /// Each repetition runs the body enough times to last at least this long.
    var sampleSeconds = 0.05
}

/// The timing of one benchmark: seconds per operation for each repetition.
struct Measurement {
    let benchmark: Benchmark
    let samples: [Double]

    var median: Double {
        let sorted = samples.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    var minimum: Double { samples.min() ?? .nan }

    /// "812.4 MB/s" or "12.31 GB/s" (decimal units), or a time per operation.
    static func rate(bytes: Int, seconds: Double) -> String {
        guard bytes > 0 else { return duration(seconds) }
        let perSecond = Double(bytes) / seconds
        return perSecond >= 1e9 ? format(perSecond / 1e9, "GB/s") : format(perSecond / 1e6, "MB/s")
    }

    static func duration(_ seconds: Double) -> String {
        switch seconds {
        case ..<1e-6: format(seconds * 1e9, "ns")
        case ..<1e-3: format(seconds * 1e6, "µs")
        case ..<1: format(seconds * 1e3, "ms")
        default: format(seconds, "s")
        }
    }

    static func format(_ value: Double, _ unit: String) -> String {
        let rounded = (value * 100).rounded() / 100
        return "\(rounded) \(unit)"
    }
}

@inline(never)
func keep(_ value: UInt64) {
    // Written through a global so the computation that produced `value` must happen.
    sink &+= value
}

nonisolated(unsafe) var sink: UInt64 = 0

/// Runs a benchmark (warm-up, then `repetitions` timed samples) and prints its figures.
enum Harness {
    static func measure(_ benchmark: Benchmark, options: HarnessOptions) -> Measurement {
        let clock = ContinuousClock()
        // Warm up and find how many runs make one sample last sampleSeconds.
        var runs = 1
        let warmupEnd = clock.now.advanced(by: .seconds(options.warmupSeconds))
        var perRun = 0.0
        repeat {
            let elapsed = time(clock, benchmark, runs: runs)
            perRun = elapsed / Double(runs)
            if elapsed < options.sampleSeconds { runs = min(runs * 2, 1 << 30) }
        } while clock.now < warmupEnd
        runs = max(1, Int((options.sampleSeconds / max(perRun, 1e-9)).rounded(.up)))

        var samples: [Double] = []
        for _ in 0..<options.repetitions {
            samples.append(time(clock, benchmark, runs: runs) / Double(runs))
        }
        return Measurement(benchmark: benchmark, samples: samples)
    }

    private static func time(_ clock: ContinuousClock, _ benchmark: Benchmark, runs: Int) -> Double {
        var acc: UInt64 = 0
        let start = clock.now
        for _ in 0..<runs { acc &+= benchmark.body() }
        let elapsed = clock.now - start
        keep(acc)
        let (seconds, attoseconds) = elapsed.components
        return Double(seconds) + Double(attoseconds) * 1e-18
    }

    /// The human line, then a tab-separated line for scripts:
    /// `BENCH <name> <bytes> <median seconds> <min seconds> <median MB/s> <best MB/s>`.
    static func report(_ m: Measurement) {
        let name = m.benchmark.name + String(repeating: " ", count: max(0, 36 - m.benchmark.name.count))
        let median = Measurement.rate(bytes: m.benchmark.bytes, seconds: m.median)
        let best = Measurement.rate(bytes: m.benchmark.bytes, seconds: m.minimum)
        print("\(name)  median \(median)   best \(best)   (\(m.samples.count) reps of \(Measurement.duration(m.median)))")
        let mbps = { (s: Double) in m.benchmark.bytes > 0 ? String(Double(m.benchmark.bytes) / s / 1e6) : "-" }
        print("BENCH\t\(m.benchmark.name)\t\(m.benchmark.bytes)\t\(m.median)\t\(m.minimum)\t\(mbps(m.median))\t\(mbps(m.minimum))")
    }
}
