import CareMapKit
import PropertyBased
import Testing

/// Export, import, and the same map comes back: every sample and seeded random maps, through
/// GraphML and through CSV.
@Suite struct ImportRoundTripTests {
    static func throughGraphML(_ map: CareMap) -> ImportResult {
        GraphMLImporter.importMap(file: "map.graphml", bytes: Array(GraphMLExporter.export(map).utf8))
    }

    static func throughCSV(_ map: CareMap) -> ImportResult {
        CSVImporter.importMap(
            nodes: .init(file: "nodes.csv", bytes: Array(CSVExporter.nodes(map).utf8)),
            links: .init(file: "links.csv", bytes: Array(CSVExporter.links(map).utf8)),
            actions: .init(file: "actions.csv", bytes: Array(CSVExporter.actions(map).utf8))
        )
    }

    @Test func everySampleComesBackThroughGraphML() throws {
        for (name, map) in try Interchange.samples() {
            let result = Self.throughGraphML(map)
            #expect(result.diagnostics.isEmpty, "\(name): \(result.diagnostics)")
            #expect(result.map == Interchange.exported(map), "\(name)")
        }
    }

    @Test func everySampleComesBackThroughCSV() throws {
        for (name, map) in try Interchange.samples() {
            let result = Self.throughCSV(map)
            #expect(result.diagnostics.isEmpty, "\(name): \(result.diagnostics)")
            #expect(result.map == Interchange.exportedToCSV(map), "\(name)")
        }
    }

    @Test func randomMapsComeBackThroughGraphML() async {
        await propertyCheck(count: 200, input: Gen.uint64(in: 0 ... .max)) { seed in
            let map = RandomMap.make(seed: seed)
            let result = Self.throughGraphML(map)
            #expect(result.diagnostics.isEmpty, "seed \(seed): \(result.diagnostics)")
            #expect(result.map == Interchange.exported(map), "seed \(seed)")
        }
    }

    @Test func randomMapsComeBackThroughCSV() async {
        await propertyCheck(count: 200, input: Gen.uint64(in: 0 ... .max)) { seed in
            let map = RandomMap.make(seed: seed)
            let result = Self.throughCSV(map)
            #expect(result.diagnostics.isEmpty, "seed \(seed): \(result.diagnostics)")
            #expect(result.map == Interchange.exportedToCSV(map), "seed \(seed)")
        }
    }

    @Test func redactedMapsComeBackToo() throws {
        for (name, map) in try Interchange.samples() {
            let redacted = map.redacted()
            #expect(Self.throughGraphML(redacted).map == redacted, "\(name)")
            #expect(Self.throughCSV(redacted).map == redacted, "\(name)")
        }
    }
}
