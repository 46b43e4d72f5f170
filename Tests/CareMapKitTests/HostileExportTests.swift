@testable import CareMapKit
import Foundation
import HostileInput
import Testing

/// Every hostile text exported: DOT that Graphviz reads as exactly one node per node and one edge
/// per tie, and JSON that `JSONSerialization` reads back to the very same names, neither holding a
/// raw control character or bidi control that could act on a terminal showing it.
@Suite struct HostileExportTests {
    static let map = HostileText.map()

    /// The names and labels as a JSON reader gets them. `JSONDecoder` rather than
    /// `JSONSerialization` here: on Linux, bridging its `NSString`s drops a leading U+FEFF, which
    /// the export does hold.
    struct Names: Decodable {
        struct Named: Decodable { var id: String?; var name: String?; var label: String? }
        var nodes: [Named]
        var links: [Named]
    }

    @Test func dotHoldsOneStatementPerNodeAndTieAndNoUnsafeCharacter() {
        let dot = DOTExporter.export(Self.map)
        let reader = ExportDOTReader(dot)
        #expect(reader.nodes.count == Self.map.nodes.count)
        #expect(reader.edges.count == Self.map.links.count)
        #expect(!dot.unicodeScalars.contains(where: HostileText.isTerminalUnsafe))
    }

    @Test(.enabled(if: ExternalTool.isInstalled("dot"), "graphviz 'dot' is not installed"))
    func graphvizReadsTheDOTAsExactlyTheNodesAndTies() throws {
        let run = try #require(ExternalTool("dot")).run(["-Tsvg"], input: DOTExporter.export(Self.map))
        #expect(run.status == 0, "dot failed: \(run.errors)")
        #expect(run.errors.isEmpty, "dot complained: \(run.errors)")
        #expect(run.output.components(separatedBy: "class=\"node\"").count - 1 == Self.map.nodes.count)
        #expect(run.output.components(separatedBy: "class=\"edge\"").count - 1 == Self.map.links.count)
    }

    @Test func jsonReadsBackToTheSameNamesAndHoldsNoUnsafeCharacter() throws {
        let json = JSONExporter.export(Self.map)
        let raw = json.unicodeScalars.filter(HostileText.isTerminalUnsafe)
        #expect(raw.isEmpty, "raw in the JSON: \(raw.map { String($0.value, radix: 16) })")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let nodes = try #require(document["nodes"] as? [[String: Any]])
        let links = try #require(document["links"] as? [[String: Any]])
        #expect(nodes.count == Self.map.nodes.count)
        #expect(links.count == Self.map.links.count)
        #expect(document["title"] as? String == Self.map.title)
        let names = try JSONDecoder().decode(Names.self, from: Data(json.utf8))
        for (node, entry) in zip(Self.map.nodes.values, names.nodes) {
            #expect(entry.id == node.id.rawValue)
            #expect(entry.name.map { Array($0.unicodeScalars) } == Array(node.name.unicodeScalars), "name changed: \(node.name.debugDescription)")
        }
        for (link, entry) in zip(Self.map.links, names.links) {
            #expect(entry.label.map { Array($0.unicodeScalars) } == Array(link.label.unicodeScalars), "label changed: \(link.label.debugDescription)")
        }
    }
}
