@testable import CareMapKit
import Foundation
import PropertyBased
import Testing

/// The DOT export checked by the real Graphviz: every layout accepts it, draws the right number
/// of nodes and edges, and reads back the text and attributes the exporter meant.
@Suite(.serialized) struct ExportGraphvizTests {
    static let layouts = ["dot", "neato", "twopi"]
    static let allInstalled = layouts.allSatisfy(ExternalTool.isInstalled)

    @Test(.enabled(if: allInstalled, "graphviz 'dot', 'neato' and 'twopi' are not all installed"), arguments: layouts)
    func everyLayoutDrawsAmirasMap(tool: String) throws {
        let map = ExportFixtures.amira
        let svg = try render(map, with: tool)
        #expect(count("class=\"node\"", in: svg) == map.nodes.values.filter { !$0.isPrivate }.count)
        #expect(count("class=\"edge\"", in: svg) == ExportFixtures.amiraPublicLinkIndices.count)
    }

    @Test(.enabled(if: allInstalled, "graphviz 'dot', 'neato' and 'twopi' are not all installed"), arguments: layouts)
    func hostileTextCannotAddNodesOrEdges(tool: String) throws {
        let map = ExportFixtures.hostile
        let svg = try render(map, with: tool)
        #expect(count("class=\"node\"", in: svg) == map.nodes.count)
        #expect(count("class=\"edge\"", in: svg) == map.links.count)
        #expect(!svg.contains("<title>evil</title>"))
    }

    @Test(.enabled(if: ExternalTool.isInstalled("dot"), "graphviz 'dot' is not installed"))
    func hostileTextIsDrawnAsWritten() throws {
        let texts = Set(svgTexts(try render(ExportFixtures.hostile, with: "dot")))
        for name in ExportFixtures.hostileNames where !name.unicodeScalars.contains(where: isControlOrBidi) {
            for line in name.split(separator: "\n") {
                #expect(texts.contains(String(line)), "missing from the drawing: \(line)")
            }
        }
        #expect(texts.contains(ExportFixtures.hostile.title))
    }

    @Test(.enabled(if: ExternalTool.isInstalled("dot"), "graphviz 'dot' is not installed"))
    func controlAndBidiCharactersReachTheDrawingOnlyAsVisibleText() throws {
        let svg = try render(ExportFixtures.hostile, with: "dot")
        #expect(!svg.unicodeScalars.contains { isControlOrBidi($0) && $0 != "\n" })
        let texts = svgTexts(svg)
        #expect(texts.contains { $0.contains("\\u{1B}]0;pwned\\u{7}") })
        #expect(texts.contains("invoice\\u{202E}fdp.exe"))
    }

    /// Graphviz's own reading of the file (`-Tjson0`) matches what the exporter meant: the same
    /// node names and, decoded as Graphviz decodes labels, the same label text.
    @Test(.enabled(if: ExternalTool.isInstalled("dot"), "graphviz 'dot' is not installed"))
    func graphvizReadsTheNamesAndLabelsWritten() throws {
        let map = ExportFixtures.hostile
        let graph = try graphvizJSON(DOTExporter.export(map))
        let objects = try #require(graph["objects"] as? [[String: Any]])
        let wellFormed = map.nodes.values.filter(\.id.isWellFormed)
        let read = Dictionary(objects.compactMap { object in
            (object["name"] as? String).map { ($0, object["label"] as? String ?? "") }
        }, uniquingKeysWith: { first, _ in first })
        for node in wellFormed {
            let label = try #require(read[node.id.rawValue], "graphviz lost node \(node.id)")
            if !node.name.unicodeScalars.contains(where: isControlOrBidi) {
                #expect(ExportDOTReader.decoded(label) == node.name + (node.role.map { "\n" + $0.rawValue } ?? ""))
            }
        }
    }

    /// Generated names of any text, read back by Graphviz itself: still one node each, each
    /// label the name with hidden characters made visible.
    @Test(.enabled(if: ExternalTool.isInstalled("dot"), "graphviz 'dot' is not installed"))
    func graphvizReadsAnyGeneratedNameBack() async throws {
        await propertyCheck(count: 20, input: ExportPropertyTests.text.array(of: 1...6)) { names in
            let nodes = names.enumerated().map { Node(id: NodeID("n\($0.offset)"), kind: .person, name: $0.element + "x") }
            let graph = try graphvizJSON(DOTExporter.export(CareMap(nodes: nodes)))
            let objects = graph["objects"] as? [[String: Any]] ?? []
            #expect(objects.compactMap { $0["name"] as? String } == nodes.map(\.id.rawValue))
            let labels = objects.map { ExportDOTReader.decoded($0["label"] as? String ?? "") }
            #expect(labels == nodes.map { ExportPropertyTests.visible($0.name) })
        }
    }

    /// Graphviz lists edges by node rather than in file order, so each is matched by its ends
    /// (unique in Amira's map).
    @Test(.enabled(if: ExternalTool.isInstalled("dot"), "graphviz 'dot' is not installed"))
    func graphvizReadsTheEdgeStylesWritten() throws {
        let dot = DOTExporter.export(ExportFixtures.amira)
        let graph = try graphvizJSON(dot)
        let names = try #require(graph["objects"] as? [[String: Any]]).compactMap { $0["name"] as? String }
        let edges = try #require(graph["edges"] as? [[String: Any]])
        let written = ExportDOTReader(dot).edges
        #expect(edges.count == written.count)
        for edge in edges {
            let ends = [edge["tail"], edge["head"]].compactMap { ($0 as? Int).map { names[$0] } }
            let statement = try #require(written.first { $0.ids == ends }, "graphviz invented an edge \(ends)")
            for name in ["dir", "style", "penwidth", "color", "label"] {
                #expect(edge[name] as? String == statement.attributes[name].map(escaped), "\(name) of \(ends)")
            }
        }
    }

    private func render(_ map: CareMap, with tool: String) throws -> String {
        let run = try #require(ExternalTool(tool)).run(["-Tsvg"], input: DOTExporter.export(map))
        #expect(run.status == 0, "\(tool) failed: \(run.errors)")
        #expect(run.errors.isEmpty, "\(tool) complained: \(run.errors)")
        return run.output
    }

    private func graphvizJSON(_ dot: String) throws -> [String: Any] {
        let run = try #require(ExternalTool("dot")).run(["-Tjson0"], input: dot)
        #expect(run.status == 0, "dot failed: \(run.errors)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    }

    /// A label as Graphviz keeps it after reading: new lines still written as `\n`.
    private func escaped(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: "\\n") }

    private func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// The contents of every `<text>` element, with XML's character references resolved.
    private func svgTexts(_ svg: String) -> [String] {
        svg.components(separatedBy: "<text").dropFirst().compactMap { element in
            guard let start = element.firstIndex(of: ">"), let end = element.range(of: "</text>") else { return nil }
            return unescapeXML(String(element[element.index(after: start)..<end.lowerBound]))
        }
    }

    private func unescapeXML(_ text: String) -> String {
        var result = text
        while let range = result.range(of: "&#[0-9]+;", options: .regularExpression) {
            let number = UInt32(result[range].dropFirst(2).dropLast()) ?? 0xFFFD
            result.replaceSubrange(range, with: String(Character(Unicode.Scalar(number) ?? "\u{FFFD}")))
        }
        return [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&amp;", "&")].reduce(result) {
            $0.replacingOccurrences(of: $1.0, with: $1.1)
        }
    }

    private func isControlOrBidi(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || scalar.properties.isBidiControl
    }
}
