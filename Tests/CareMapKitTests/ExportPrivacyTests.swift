import CareMapKit
import Testing

@Suite struct ExportPrivacyTests {
    static let exporters: [@Sendable (CareMap) -> String] = [DOTExporter.export, JSONExporter.export]
    let map = ExportFixtures.amira
    let brother = ExportFixtures.privateBrother

    @Test func privateNodesAndTheirLinksAreRemoved() {
        let visible = map.withoutPrivateNodes()
        #expect(visible.nodes.values.allSatisfy { !$0.isPrivate })
        #expect(visible.nodes.count == map.nodes.count - 1)
        #expect(visible.links.allSatisfy { !$0.touches(brother.id) })
        #expect(visible.links.count == ExportFixtures.amiraPublicLinkIndices.count)
    }

    @Test func aViaThroughAPrivateNodeIsDroppedButTheLinkKept() throws {
        let visible = map.withoutPrivateNodes()
        let cousins = try #require(visible.links.first { $0.label == "cousins" })
        #expect(cousins.via == nil)
        #expect(visible.links.first { $0.label == "registered with" }?.via == "hassan")
    }

    @Test func aMapWithoutPrivateNodesIsUnchanged() {
        let visible = map.withoutPrivateNodes()
        #expect(visible.withoutPrivateNodes() == visible)
    }

    @Test(arguments: 0..<2)
    func nothingOfAPrivateNodeAppearsInAnExport(exporter: Int) {
        let output = Self.exporters[exporter](map)
        let secrets = [brother.id.rawValue, brother.name, "Karim", "كريم", brother.notes]
            + brother.languages.map(\.rawValue) + brother.extra.keys + brother.extra.values
            + ["Calls on Fridays.", "sends money"]
        for secret in secrets {
            #expect(!output.contains(secret), "leaked: \(secret)")
        }
    }

    @Test(arguments: 0..<2)
    func aPrivateSubjectIsNotNamed(exporter: Int) {
        var hidden = map
        hidden.nodes[NodeID("amira")]?.isPrivate = true
        let output = Self.exporters[exporter](hidden)
        #expect(!output.contains("amira"))
        #expect(!output.contains("Amira)"))
        #expect(hidden.withoutPrivateNodes().subject == nil)
    }

    @Test(arguments: 0..<2)
    func everyNodeCanBePrivate(exporter: Int) {
        var hidden = map
        for id in hidden.nodes.keys { hidden.nodes[id]?.isPrivate = true }
        let output = Self.exporters[exporter](hidden)
        for node in map.nodes.values {
            #expect(!output.contains("\"" + node.id.rawValue + "\""), "leaked: \(node.id)")
        }
    }
}
