import ArgumentParser
import CareMapKit
import Foundation

/// `caremap-bench`: times caremap's work on synthetic maps of growing size, in a release build.
///
/// Speed targets live here and not in unit tests, because a debug build on a loaded machine
/// measures the machine; this prints medians after warm-up, and can write them as JSON and
/// write the generated maps so other tools can be timed on the very same graphs.
@main
struct CaremapBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "caremap-bench",
        abstract: "Time parsing, printing, layouts, drawing, key handling and exports on synthetic maps.",
        discussion: """
            Run in release: swift run -c release caremap-bench. The default run takes a few minutes \
            on two cores; work too slow for the largest maps is listed as skipped, with the reason.
            """
    )

    @Option(parsing: .upToNextOption, help: "Map sizes in nodes.")
    var sizes: [Int] = [50, 300, 1_000, 10_000, 100_000]

    @Option(help: "Timed runs per figure (the median is reported; slow work gets fewer).")
    var runs = 5

    @Option(help: "Also write the figures as JSON to this file.")
    var json: String?

    @Option(name: .customLong("write-fixtures"), help: "Write each generated map as .caremap, .dot and .edges into this folder.")
    var fixtures: String?

    @Option(parsing: .upToNextOption, help: "Measure only the work whose name contains one of these words (e.g. render parse).")
    var only: [String] = []

    @Option(help: "The caremap executable to time `caremap show` with (default: the one built beside this bench).")
    var caremap: String?

    @Option(name: .customLong("worst-shapes"), help: "Nodes in the worst shapes (a chain, a star, one long line) run through every command; 0 skips them.")
    var worstShapes = CareMapFile.maximumNodes

    @Option(parsing: .upToNextOption, help: "Print the crossings of caremap's rings and force layouts beside twopi's and neato's, and the legibility audit, for these .caremap files, and stop.")
    var crossingsOf: [String] = []

    @Option(name: .customLong("peak-memory-of"), help: .hidden)
    var peakMemoryOf: String?

    func validate() throws {
        guard sizes.allSatisfy({ (2...CareMapFile.maximumNodes).contains($0) }) else { throw ValidationError("sizes must be between 2 and 100,000 nodes, the most a map may hold.") }
        guard worstShapes == 0 || (2...CareMapFile.maximumNodes).contains(worstShapes) else { throw ValidationError("--worst-shapes must be 0 or between 2 and 100,000 nodes.") }
        guard (1...100).contains(runs) else { throw ValidationError("--runs must be between 1 and 100.") }
    }

    func run() throws {
        if let peakMemoryOf { return try PeakMemory.probe(peakMemoryOf) }
        if !crossingsOf.isEmpty { return try CrossingsTable.print(crossingsOf) }
        #if DEBUG
        print("warning: a debug build; figures mean little. Run: swift run -c release caremap-bench\n")
        #endif
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("caremap-bench-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        var results: [BenchResult] = []
        print(BenchTable.header)
        for size in sizes {
            let map = SyntheticMap.make(size: size)
            try Fixtures.write(map, size: size, to: fixtures ?? scratch)
            var bench = Measurement(map: map, runs: runs, only: only, fixture: Fixtures.stem(size: size, in: fixtures ?? scratch).path)
            bench.caremap = caremap ?? Self.siblingCaremap
            bench.measureAll { result in
                print(BenchTable.row(result))
                results.append(result)
            }
        }
        if worstShapes > 0 {
            try WorstShapes.measure(size: worstShapes, runs: runs, only: only, folder: fixtures ?? scratch, caremap: caremap ?? Self.siblingCaremap) { result in
                print(BenchTable.row(result))
                results.append(result)
            }
        }
        let skipped = results.filter { $0.skipped != nil }
        if !skipped.isEmpty {
            print("\nskipped:")
            for result in skipped { print("  \(result.work) at \(result.nodes) nodes: \(result.skipped ?? "")") }
        }
        if let json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(results).write(to: URL(fileURLWithPath: json))
        }
    }

    /// The `caremap` executable in the same build folder as this bench, when it was built.
    private static var siblingCaremap: String? {
        let path = URL(fileURLWithPath: ChildProcess.currentExecutable).deletingLastPathComponent().appendingPathComponent("caremap").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }
}

/// The bench's table: one row per figure, aligned for a terminal.
enum BenchTable {
    /// Wide enough for the longest row name ("render 200 × 60 frame, careful routing").
    static let workWidth = 40
    static let header = pad("work", Self.workWidth) + pad("nodes", 8, left: true) + pad("links", 8, left: true)
        + pad("median", 13, left: true) + pad("target", 9, left: true) + pad("runs", 6, left: true) + "  met"

    static func row(_ result: BenchResult) -> String {
        let figure = result.median.map { String(format: "%.2f", $0) + " " + result.unit } ?? "skipped"
        return pad(result.work, Self.workWidth) + pad("\(result.nodes)", 8, left: true) + pad("\(result.links)", 8, left: true)
            + pad(figure, 13, left: true)
            + pad(result.target.map { String(format: "%.0f", $0) } ?? "", 9, left: true)
            + pad(result.median == nil ? "" : "\(result.runs)", 6, left: true)
            + "  " + (result.meetsTarget.map { $0 ? "yes" : "NO" } ?? "")
    }

    private static func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let space = String(repeating: " ", count: max(0, width - text.count))
        return left ? space + text : text + space
    }
}
