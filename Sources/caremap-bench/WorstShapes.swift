import CareMapKit
import Foundation

/// The shapes of map inside the file's limits that cost caremap most (issue 17): a chain of ties
/// as long as a map may be (deep paths for every search), a star of ties on one person (one node
/// of huge degree), and one line as long as a line may be, all escapes (the lexer's and printer's
/// worst case). Each is run through the real `caremap` as a person would, every command, so
/// the time budget in `docs/safety.md` is measured, not assumed.
enum WorstShapes {
    /// `size` people in a line, each tied to the next; the first is the subject.
    static func chain(size: Int) -> CareMap {
        var map = CareMap(title: "A chain of \(size)")
        for index in 0..<size { map.nodes[NodeID("c\(index)")] = Node(id: NodeID("c\(index)"), kind: .person, name: "Person \(index)") }
        map.subject = NodeID("c0")
        for index in 1..<max(1, size) { map.links.append(Link(from: NodeID("c\(index - 1)"), to: NodeID("c\(index)"))) }
        return map
    }

    /// A subject tied to `size - 1` people: as many ties as the node limit allows on one node.
    static func star(size: Int) -> CareMap {
        var map = CareMap(title: "A star of \(size - 1) ties")
        for index in 0..<size { map.nodes[NodeID("s\(index)")] = Node(id: NodeID("s\(index)"), kind: .person, name: "Person \(index)") }
        map.subject = NodeID("s0")
        for index in 1..<max(1, size) { map.links.append(Link(from: NodeID("s0"), to: NodeID("s\(index)"))) }
        return map
    }

    /// One person whose name, written with escapes, fills a line to the limit: `é` then `"`
    /// after `"`, so every character is an escape and columns are counted in scalars.
    static func longLine() -> CareMap {
        var map = CareMap(title: "One very long line")
        let quotes = (CareMapFile.maximumLineLength - 40) / 2
        map.nodes[NodeID("a")] = Node(id: NodeID("a"), kind: .person, name: "é" + String(repeating: "\"", count: quotes))
        map.subject = NodeID("a")
        return map
    }

    /// The commands timed on each shape, as a person runs them.
    static let commands: [(work: String, arguments: [String])] = [
        ("check", ["check"]), ("fmt", ["fmt"]), ("show", ["show"]), ("report", ["report"]),
        ("export json", ["export", "--to", "json"]), ("export dot", ["export", "--to", "dot"]),
    ]
}

extension Measurement {
    /// Times every command of `caremap` on the file at `fixture`.caremap, a whole process each,
    /// and stops the bench when one fails: a figure for a refusal or a crash is no figure.
    func measureCommands(shape: String, _ report: (BenchResult) -> Void) {
        let file = fixture + ".caremap"
        let missing = caremap == nil ? "no caremap executable beside the bench; build it: swift build -c release --product caremap" : nil
        for (work, arguments) in WorstShapes.commands {
            checked("\(shape): caremap \(work)", skip: missing, report) {
                (try? ChildProcess.run(caremap ?? "", arguments + [file]))?.status == 0
            }
        }
    }

    /// Like ``time(_:target:skip:_:_:)``, for work that says whether it did its job; the first
    /// run that did not ends the bench with a message and exit status 1, so a broken row fails a
    /// build instead of being timed (a parse that failed takes no time at all).
    func checked(_ work: String, target: Double? = nil, skip: String? = nil, _ report: (BenchResult) -> Void, _ body: () -> Bool) {
        time(work, target: target, skip: skip, report) {
            guard body() else { Self.fail("\(work) at \(size) nodes did not do its work") }
        }
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("caremap-bench: \(message)\n".utf8))
        exit(1)
    }
}

extension WorstShapes {
    /// Writes each shape, at `size` nodes, into `folder` and hands its figures to `report`:
    /// parsing in this process, then every command as a separate one.
    static func measure(size: Int, runs: Int, only: [String], folder: String, caremap: String?, _ report: (BenchResult) -> Void) throws {
        for (shape, map) in [("chain", chain(size: size)), ("star", star(size: size)), ("long line", longLine())] {
            let stem = URL(fileURLWithPath: folder).appendingPathComponent("worst-\(shape.replacingOccurrences(of: " ", with: "-"))")
            try CareMapFile.write(CareMapFile.print(map), to: stem.appendingPathExtension("caremap"))
            var bench = Measurement(map: map, runs: runs, only: only, fixture: stem.path)
            bench.caremap = caremap
            let bytes = Array(CareMapFile.print(map).utf8)
            bench.checked("\(shape): parse + validate", report) { CareMapFile.parse(bytes).map != nil }
            bench.measureCommands(shape: shape, report)
            try? FileManager.default.removeItem(atPath: stem.path + ".caremap~")
        }
    }
}
