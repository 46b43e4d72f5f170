import ArgumentParser
import CareMapApp
import CareMapCanvas
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
        discussion: "Run in release: swift run -c release caremap-bench"
    )

    @Option(parsing: .upToNextOption, help: "Map sizes in nodes.")
    var sizes: [Int] = [50, 300, 1_000, 10_000]

    @Option(help: "Timed runs per figure (the median is reported).")
    var runs = 5

    @Option(help: "Also write the figures as JSON to this file.")
    var json: String?

    @Option(name: .customLong("write-fixtures"), help: "Write each generated map as .caremap and .dot into this folder.")
    var fixtures: String?

    func validate() throws {
        guard sizes.allSatisfy({ (2...1_000_000).contains($0) }) else { throw ValidationError("sizes must be between 2 and 1,000,000 nodes.") }
        guard (1...100).contains(runs) else { throw ValidationError("--runs must be between 1 and 100.") }
    }

    func run() throws {
        #if DEBUG
        print("warning: a debug build; figures mean little. Run: swift run -c release caremap-bench\n")
        #endif
        var results: [BenchResult] = []
        print(Self.header)
        for size in sizes {
            let map = SyntheticMap.make(size: size)
            if let fixtures { try Self.writeFixtures(of: map, size: size, to: fixtures) }
            for result in measure(map) {
                print(Self.row(result))
                results.append(result)
            }
        }
        if let json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(results).write(to: URL(fileURLWithPath: json))
        }
    }

    /// Every figure for one map, in the order of the table.
    private func measure(_ map: CareMap) -> [BenchResult] {
        let big = map.nodes.count >= 10_000
        let text = CareMapFile.print(map)
        let bytes = Array(text.utf8)
        var results: [BenchResult] = []
        func time(_ work: String, target: Double? = nil, runs: Int? = nil, _ body: () -> Void) {
            let median = Stopwatch.median(runs: runs ?? self.runs, body)
            results.append(BenchResult(work: work, nodes: map.nodes.count, links: map.links.count, medianMilliseconds: median.milliseconds, targetMilliseconds: target))
        }
        time("parse + validate", target: big ? 100 : nil) { _ = CareMapFile.parse(bytes) }
        time("print", target: big ? 100 : nil) { _ = CareMapFile.print(map) }
        time("layout rings", target: big ? 100 : nil) { _ = Layouter.layout(map, style: .rings) }
        time("layout layered", runs: big ? 1 : nil) { _ = Layouter.layout(map, style: .layered) }
        time("layout force", runs: big ? 1 : nil) { _ = Layouter.layout(map, style: .force) }
        let layout = Layouter.layout(map, style: .rings)
        let centre = layout.positions[map.subject ?? map.nodes.keys[0]] ?? MapPoint(x: 0, y: 0)
        let viewport = Viewport(origin: MapPoint(x: centre.x - 100, y: centre.y - 30), width: 200, height: 60)
        time("render 200 × 60 frame", target: big ? 5 : nil) {
            _ = MapRenderer.render(map, layout: layout, viewport: viewport, options: RenderOptions())
        }
        var editor = Editor(map: map, path: nil, width: 200, height: 60)
        var now = 0.0
        var step = 0
        let keys: [Key] = [.right, .down, .left, .up]
        time("key → frame", target: map.nodes.count >= 1_000 ? 16 : nil) {
            now += 0.1
            step += 1
            _ = editor.update(.input(.key(keys[step % keys.count]), now: now))
            _ = editor.view()
        }
        time("first frame (open + draw)", target: map.nodes.count <= 300 ? 150 : nil) {
            guard let opened = CareMapFile.parse(bytes).map else { return }
            _ = Editor(map: opened, path: nil, width: 200, height: 60).view()
        }
        time("export dot") { _ = DOTExporter.export(map) }
        time("export json") { _ = JSONExporter.export(map) }
        return results
    }

    private static let header = pad("work", 28) + pad("nodes", 9, left: true) + pad("links", 9, left: true)
        + pad("median ms", 12, left: true) + pad("target ms", 12, left: true) + "  met"

    private static func row(_ result: BenchResult) -> String {
        pad(result.work, 28) + pad("\(result.nodes)", 9, left: true) + pad("\(result.links)", 9, left: true)
            + pad(String(format: "%.2f", result.medianMilliseconds), 12, left: true)
            + pad(result.targetMilliseconds.map { String(format: "%.0f", $0) } ?? "", 12, left: true)
            + "  " + (result.meetsTarget.map { $0 ? "yes" : "NO" } ?? "")
    }

    private static func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let space = String(repeating: " ", count: max(0, width - text.count))
        return left ? space + text : text + space
    }

    /// The map as `.caremap` (for caremap) and `.dot` (for Graphviz), named by size.
    private static func writeFixtures(of map: CareMap, size: Int, to folder: String) throws {
        let directory = URL(fileURLWithPath: folder, isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try CareMapFile.write(CareMapFile.print(map), to: directory.appendingPathComponent("synthetic-\(size).caremap"))
        try CareMapFile.write(DOTExporter.export(map), to: directory.appendingPathComponent("synthetic-\(size).dot"))
    }
}
