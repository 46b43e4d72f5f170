import CareMapKit
import Foundation

/// What the interchange tests share: every text export of a map, and the map an import of an
/// export should give back.
enum Interchange {
    /// Every text export of `map`, by format name (CSV as its two tables).
    static func exports(_ map: CareMap) -> [(format: String, text: String)] {
        [
            ("dot", DOTExporter.export(map)), ("json", JSONExporter.export(map)), ("graphml", GraphMLExporter.export(map)),
            ("csv nodes", CSVExporter.nodes(map)), ("csv links", CSVExporter.links(map)), ("csv actions", CSVExporter.actions(map)), ("mermaid", MermaidExporter.export(map)),
        ]
    }

    /// What an export keeps of `map`, as documented in `docs/exports.md`: no private nodes and no
    /// comments, and a sector only where it differs from the one the role implies.
    static func exported(_ map: CareMap) -> CareMap {
        var result = map.withoutPrivateNodes()
        result.headerComments = []
        result.trailingComments = []
        for id in result.nodes.keys {
            result.nodes[id]!.comments = []
            if let sector = result.nodes[id]!.sectorOverride {
                result.nodes[id]!.sectorOverride = nil
                if result.nodes[id]!.sector != sector { result.nodes[id]!.sectorOverride = sector }
            }
        }
        for index in result.links.indices { result.links[index].comments = [] }
        for id in result.actions.keys { result.actions[id]!.comments = [] }
        return result
    }

    /// What the CSV tables keep: no title or map notes (a table has no place for them), and no
    /// extra attribute whose value is empty (an empty cell says nothing).
    static func exportedToCSV(_ map: CareMap) -> CareMap {
        var result = exported(map)
        result.title = ""
        result.notes = []
        for id in result.nodes.keys { result.nodes[id]!.extra = result.nodes[id]!.extra.filter { !$0.value.isEmpty } }
        for index in result.links.indices { result.links[index].extra = result.links[index].extra.filter { !$0.value.isEmpty } }
        for id in result.actions.keys { result.actions[id]!.extra = result.actions[id]!.extra.filter { !$0.value.isEmpty } }
        return result
    }

    /// The sample maps, parsed.
    static func samples() throws -> [(name: String, map: CareMap)] {
        try SampleMapsTests.fileNames.map { ($0, try SampleMapsTests.map(named: $0)) }
    }
}
