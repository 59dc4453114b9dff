// swkafka-bench: micro-benchmarks of the engine's hot paths.
//
//   SWKAFKA_BENCHMARKS=1 swift build -c release --product swkafka-bench
//   .build/release/swkafka-bench [options] [filter...]
//
//   filter                 run benchmarks whose name contains any filter (all when none)
//   --list                 print the benchmark names and exit
//   --repetitions N        timed repetitions per benchmark (default 7)
//   --warmup SECONDS       warm-up time per benchmark (default 0.2)
//   --sample SECONDS       minimum duration of one repetition (default 0.05)
//   --exact                filters are whole benchmark names, not parts of them
//   --iterations N         run each selected benchmark's body exactly N times, untimed, after its
//                          set-up (for instruction counts: benchmarks/instructions.py runs this
//                          under valgrind at N and 2N and takes the difference)
//   --write-corpus PATH    write the compression benchmarks' input to PATH and exit
//   --produce BOOTSTRAP TOPIC COUNT [CODEC]
//                          send COUNT small records through KafkaProducer to a running broker
//   --write-segment PATH MIB [CODEC]
//                          write a segment of MIB MiB of 1 KiB records (benchmarks/dump-log.sh)
//
// Each benchmark prints a human line (median and best throughput) and a tab-separated
// `BENCH` line for scripts. To add a family, write a `BenchmarkFamily` in its own file and
// list it below.

import Foundation
import KafkaEngine

let families: [any BenchmarkFamily.Type] = [
    CleanerBenchmarks.self,
    CRC32CBenchmarks.self,
    CompressionBenchmarks.self,
    ProtocolBenchmarks.self,
    LogBenchmarks.self,
    LookupBenchmarks.self,
    FetchBenchmarks.self,
]

func usage(_ message: String) -> Never {
    FileHandle.standardError.write(Data("swkafka-bench: \(message)\n".utf8))
    exit(2)
}

var options = HarnessOptions()
var filters: [String] = []
var listOnly = false
var exact = false
var iterations: Int?
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    func value() -> String {
        guard let value = arguments.popFirst() else { usage("\(argument) needs a value") }
        return value
    }
    switch argument {
    case "--list":
        listOnly = true
    case "--exact":
        exact = true
    case "--iterations":
        guard let n = Int(value()), n > 0 else { usage("--iterations needs a positive integer") }
        iterations = n
    case "--repetitions":
        guard let n = Int(value()), n > 0 else { usage("--repetitions needs a positive integer") }
        options.repetitions = n
    case "--warmup":
        guard let s = Double(value()), s >= 0 else { usage("--warmup needs seconds") }
        options.warmupSeconds = s
    case "--sample":
        guard let s = Double(value()), s > 0 else { usage("--sample needs seconds") }
        options.sampleSeconds = s
    case "--write-corpus":
        let path = value()
        do {
            try Data(CompressionBenchmarks.corpus()).write(to: URL(fileURLWithPath: path))
        } catch {
            usage("cannot write \(path): \(error)")
        }
        exit(0)
    case "--write-segment":
        let path = value()
        guard let mib = Int(value()), mib > 0 else { usage("--write-segment needs a size in MiB") }
        let codecName = arguments.first.flatMap { $0.hasPrefix("-") ? nil : $0 } ?? "none"
        if arguments.first == codecName { _ = arguments.popFirst() }
        guard let codec = CompressionType.allCases.first(where: { $0.description == codecName }) else {
            usage("unknown codec \(codecName)")
        }
        do {
            try SegmentWriter.write(path: path, size: mib << 20, compression: codec)
        } catch {
            usage("cannot write \(path): \(error)")
        }
        exit(0)
    case "--produce":
        let bootstrap = value()
        let topic = value()
        guard let count = Int(value()), count > 0 else { usage("--produce needs a record count") }
        let codecName = arguments.first.flatMap { $0.hasPrefix("-") ? nil : $0 } ?? "none"
        if arguments.first == codecName { _ = arguments.popFirst() }
        guard let codec = CompressionType.allCases.first(where: { $0.description == codecName }) else {
            usage("unknown codec \(codecName)")
        }
        do {
            try await ProducerThroughput.run(bootstrap: bootstrap, topic: topic, count: count, codec: codec)
        } catch {
            usage("produce failed: \(error)")
        }
        exit(0)
    case "-h", "--help":
        print(
            "usage: swkafka-bench [--list] [--exact] [--iterations N] [--repetitions N] [--warmup S] [--sample S]"
                + " [--write-corpus PATH]"
                + " [--write-segment PATH MIB [CODEC]] [filter...]")
        exit(0)
    default:
        if argument.hasPrefix("-") { usage("unknown option \(argument)") }
        filters.append(argument)
    }
}

func selected(_ name: String, by filters: [String], exact: Bool) -> Bool {
    filters.isEmpty || filters.contains { exact ? name == $0 : name.contains($0) }
}

/// Benchmark names start with their family's name, so a filter with a "/" in it only concerns the
/// family it starts with; the others are not even set up (their inputs can be large).
func familyWanted(_ family: String, by filters: [String]) -> Bool {
    filters.isEmpty || filters.contains { !$0.contains("/") || $0.hasPrefix(family + "/") }
}

for family in families where familyWanted(family.name, by: filters) {
    for benchmark in family.make() where selected(benchmark.name, by: filters, exact: exact) {
        if listOnly {
            print(benchmark.name)
        } else if let iterations {
            var acc: UInt64 = 0
            for _ in 0..<iterations { acc &+= benchmark.body() }
            keep(acc)
            print("ITERATIONS\t\(benchmark.name)\t\(iterations)")
        } else {
            Harness.report(Harness.measure(benchmark, options: options))
        }
    }
}
