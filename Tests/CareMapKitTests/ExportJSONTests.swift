import CareMapKit
import Foundation
import Testing

@Suite struct ExportJSONTests {
    let map = ExportFixtures.amira

    @Test func documentCarriesFormatVersionAndMapFields() throws {
        let document = try decode(JSONExporter.export(map))
        #expect(Set(document.keys) == ["format", "version", "title", "subject", "notes", "nodes", "links"])
        #expect(document["format"] as? String == "caremap")
        #expect(document["version"] as? Int == 1)
        #expect(document["title"] as? String == map.title)
        #expect(document["subject"] as? String == map.subject?.rawValue)
        #expect(document["notes"] as? [String] == map.notes)
    }

    @Test func everyNodeFieldIsWritten() throws {
        let entries = try #require(try decode(JSONExporter.export(map))["nodes"] as? [[String: Any]])
        let nodes = map.nodes.values.filter { !$0.isPrivate }
        #expect(entries.count == nodes.count)
        for (entry, node) in zip(entries, nodes) {
            #expect(entry["id"] as? String == node.id.rawValue)
            #expect(entry["kind"] as? String == node.kind.rawValue)
            #expect(entry["name"] as? String == nonEmpty(node.name))
            #expect(entry["role"] as? String == node.role?.rawValue)
            #expect(entry["sector"] as? String == node.sector.rawValue)
            #expect(entry["languages"] as? [String] == nonEmpty(node.languages.map(\.rawValue)))
            #expect(entry["ring"] as? Int == node.ring)
            #expect(entry["domains"] as? [String] == nonEmpty(node.domains.canonicallyOrdered.map(\.rawValue)))
            #expect(entry["notes"] as? String == nonEmpty(node.notes))
            let position = entry["position"] as? [String: Int]
            #expect(position == node.position.map { ["x": $0.x, "y": $0.y] })
            #expect(entry["extra"] as? [String: String] == (node.extra.isEmpty ? nil : node.extra))
        }
    }

    @Test func sectorIsAlwaysWrittenAndFollowsAnOverride() throws {
        let entries = try #require(try decode(JSONExporter.export(map))["nodes"] as? [[String: Any]])
        #expect(entries.allSatisfy { $0["sector"] is String })
        let charity = try #require(entries.first { $0["id"] as? String == "refugee-action" })
        #expect(charity["sector"] as? String == Sector.statutory.rawValue)
        #expect(charity["role"] as? String == Role.charity.rawValue)
    }

    @Test func everyLinkFieldIsWritten() throws {
        let entries = try #require(try decode(JSONExporter.export(map))["links"] as? [[String: Any]])
        let links = ExportFixtures.amiraPublicLinkIndices.map { map.links[$0] }
        #expect(entries.count == links.count)
        let words: [LinkDirection: String] = [.none: "none", .forward: "forward", .backward: "backward", .both: "both"]
        for (entry, link) in zip(entries, links) {
            #expect(entry["from"] as? String == link.from.rawValue)
            #expect(entry["to"] as? String == link.to.rawValue)
            #expect(entry["direction"] as? String == words[link.direction])
            #expect(entry["label"] as? String == nonEmpty(link.label))
            #expect(entry["strength"] as? String == link.strength?.rawValue)
            #expect(entry["quality"] as? String == link.quality?.rawValue)
            #expect(entry["status"] as? String == link.status?.rawValue)
            #expect(entry["support"] as? [String] == nonEmpty(link.support.canonicallyOrdered.map(\.rawValue)))
            #expect(entry["modes"] as? [String] == nonEmpty(link.modes.canonicallyOrdered.map(\.rawValue)))
            #expect(entry["language"] as? String == link.language?.rawValue)
            #expect(entry["reportedBy"] as? String == nonEmpty(link.reportedBy))
            #expect(entry["domains"] as? [String] == nonEmpty(link.domains.canonicallyOrdered.map(\.rawValue)))
            #expect(entry["notes"] as? String == nonEmpty(link.notes))
            #expect(entry["extra"] as? [String: String] == (link.extra.isEmpty ? nil : link.extra))
        }
        #expect(Set(entries.compactMap { $0["direction"] as? String }) == Set(words.values))
        #expect(entries.first?["via"] as? String == "hassan")
    }

    @Test func languageLevelsInterpretingAgeTrustAndBarriersAreWritten() throws {
        // What the findings read (a level, who interprets, a child, a barrier) must reach other tools too.
        let parsed = try #require(CareMapFile.parse("""
            caremap 1
            person fareeda "Fareeda" lang=prs,en:basic needs-interpreter=yes interpreter-gender=woman interpreter-lang=prs barriers=transport,cost
            person zahra "Zahra" age=12
            person omid "Omid" minor=yes
            link fareeda -- zahra trust=wary barriers=childcare

            """).map)
        let document = try decode(JSONExporter.export(parsed))
        let nodes = try #require(document["nodes"] as? [[String: Any]])
        #expect(nodes[0]["languages"] as? [String] == ["prs", "en"])
        #expect(nodes[0]["languageLevels"] as? [String: String] == ["en": "basic"])
        #expect(nodes[0]["needsInterpreter"] as? Bool == true)
        #expect(nodes[0]["interpreterGender"] as? String == "woman")
        #expect(nodes[0]["interpreterLanguage"] as? String == "prs")
        // In the vocabulary's order (docs/file-format.md), not as written.
        #expect(nodes[0]["barriers"] as? [String] == ["cost", "transport"])
        #expect(nodes[1]["age"] as? Int == 12)
        #expect(nodes[1]["minor"] == nil)
        #expect(nodes[2]["minor"] as? Bool == true)
        let link = try #require((document["links"] as? [[String: Any]])?.first)
        #expect(link["trust"] as? String == "wary")
        #expect(link["barriers"] as? [String] == ["childcare"])
    }

    @Test func setsAreWrittenInCanonicalOrder() throws {
        let link = Link(from: "a", to: "b", support: [.health, .emotional, .practical], modes: [.online, .inPerson], domains: [.knowledge, .community])
        let nodes = [Node(id: "a", kind: .person, domains: [.knowledge, .network, .community]), Node(id: "b", kind: .person)]
        let document = try decode(JSONExporter.export(CareMap(nodes: nodes, links: [link])))
        let entry = try #require((document["links"] as? [[String: Any]])?.first)
        #expect(entry["support"] as? [String] == ["emotional", "practical", "health"])
        #expect(entry["modes"] as? [String] == ["in-person", "online"])
        #expect(entry["domains"] as? [String] == ["community", "knowledge"])
        let node = try #require((document["nodes"] as? [[String: Any]])?.first)
        #expect(node["domains"] as? [String] == ["community", "network", "knowledge"])
    }

    @Test func emptyValuesAreLeftOut() throws {
        let bare = CareMap(nodes: [Node(id: "a", kind: .group)], links: [Link(from: "a", to: "a")])
        let document = try decode(JSONExporter.export(bare))
        #expect(Set(document.keys) == ["format", "version", "nodes", "links"])
        #expect(Set(((document["nodes"] as? [[String: Any]])?.first ?? [:]).keys) == ["id", "kind", "sector"])
        #expect(Set(((document["links"] as? [[String: Any]])?.first ?? [:]).keys) == ["from", "to", "direction"])
    }

    @Test func anEmptyMapStillHasItsLists() throws {
        let document = try decode(JSONExporter.export(CareMap()))
        #expect((document["nodes"] as? [Any])?.isEmpty == true)
        #expect((document["links"] as? [Any])?.isEmpty == true)
    }

    @Test func commentsAreNotExported() {
        var commented = map
        commented.headerComments = ["header-comment-text"]
        commented.trailingComments = ["trailing-comment-text"]
        commented.nodes[NodeID("hassan")]?.comments = ["node-comment-text"]
        commented.links[0].comments = ["link-comment-text"]
        for output in [JSONExporter.export(commented), DOTExporter.export(commented)] {
            #expect(!output.contains("comment-text"))
        }
        #expect(JSONExporter.export(commented) == JSONExporter.export(map))
    }

    @Test func outputIsPrettySortedDeterministicAndEndsWithANewLine() {
        let json = JSONExporter.export(map)
        #expect(json == JSONExporter.export(map))
        #expect(json.hasSuffix("}\n"))
        #expect(json.contains("\n  \"format\""))
        let keys = ["\"format\"", "\"links\"", "\"nodes\"", "\"notes\"", "\"subject\"", "\"title\"", "\"version\""]
        let offsets = keys.compactMap { json.range(of: "\n  " + $0)?.lowerBound }
        #expect(offsets.count == keys.count)
        #expect(offsets == offsets.sorted())
        #expect(json.contains("\"he/him\""))
    }

    @Test func hostileStringsRoundTripExactly() throws {
        let hostile = ExportFixtures.hostile
        let json = JSONExporter.export(hostile)
        #expect(!json.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        let document = try decode(json)
        #expect(document["title"] as? String == hostile.title)
        let nodes = try #require(document["nodes"] as? [[String: Any]])
        #expect(nodes.compactMap { $0["id"] as? String } == hostile.nodes.keys.map(\.rawValue))
        #expect(nodes.map { $0["name"] as? String } == hostile.nodes.values.map(\.name))
        #expect(nodes.map { $0["notes"] as? String } == hostile.nodes.values.map { nonEmpty($0.notes) })
        #expect(nodes.map { $0["role"] as? String } == hostile.nodes.values.map { $0.role?.rawValue })
        let links = try #require(document["links"] as? [[String: Any]])
        #expect(links.map { $0["label"] as? String } == hostile.links.map { nonEmpty($0.label) })
        #expect(links.map { $0["reportedBy"] as? String } == hostile.links.map { nonEmpty($0.reportedBy) })
        #expect(links.map { $0["from"] as? String } == hostile.links.map(\.from.rawValue))
    }

    private func decode(_ json: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    private func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }
    private func nonEmpty(_ list: [String]) -> [String]? { list.isEmpty ? nil : list }
}
