@testable import CareMapKit
import Foundation
import PropertyBased
import Testing

/// The export rules checked on generated maps: any text, any mix of private nodes.
@Suite struct ExportPropertyTests {
    /// Text from the C0 controls through Arabic, the bidi controls and CJK punctuation.
    static let text = Gen.unicodeScalar(in: "\u{0}"..."\u{30FF}").map(Character.init).string(of: 0...12)

    @Test func anyTextReadsBackFromADOTStringWithHiddenCharactersMadeVisible() async {
        await propertyCheck(input: Self.text) { text in
            let inside = String(String.UnicodeScalarView(DOTString.quoted(text).unicodeScalars.dropFirst().dropLast()))
            #expect(ExportDOTReader.decoded(inside) == Self.visible(text))
        }
    }

    /// Each link code picks its ends and its go-between among the nodes (or none for the last).
    @Test func privateNodesNeverReachEitherExport() async throws {
        await propertyCheck(input: Gen.bool.array(of: 1...8), Self.text.array(of: 8), Gen.int(in: 0...511).array(of: 0...16)) {
            isPrivate, names, codes in
            let map = Self.map(isPrivate: isPrivate, names: names, codes: codes)
            let hidden = Set(map.nodes.values.filter(\.isPrivate).map(\.id.rawValue))
            let shown = map.nodes.values.filter { !$0.isPrivate }
            let kept = map.links.filter { !hidden.contains($0.from.rawValue) && !hidden.contains($0.to.rawValue) }

            let dot = DOTExporter.export(map)
            let reader = ExportDOTReader(dot)
            #expect(reader.nodes.map(\.ids) == shown.map { [$0.id.rawValue] })
            #expect(reader.edges.map(\.ids) == kept.map { [$0.from.rawValue, $0.to.rawValue] })
            #expect(hidden.allSatisfy { !dot.contains("\"" + $0 + "\"") })

            let json = try JSONSerialization.jsonObject(with: Data(JSONExporter.export(map).utf8)) as? [String: Any]
            let nodes = json?["nodes"] as? [[String: Any]] ?? []
            let links = json?["links"] as? [[String: Any]] ?? []
            #expect(nodes.compactMap { $0["id"] as? String } == shown.map(\.id.rawValue))
            #expect(nodes.map { $0["name"] as? String ?? "" } == shown.map(\.name))
            #expect(links.count == kept.count)
            let referenced = links.flatMap { [$0["from"], $0["to"], $0["via"]] } + [json?["subject"]]
            #expect(referenced.compactMap { $0 as? String }.allSatisfy { !hidden.contains($0) })
        }
    }

    /// What a reader of the drawing should see: the text, with each hidden scalar as `\u{HEX}`
    /// but new lines kept as line breaks (Graphviz reads DOT's `\n` back as one).
    static func visible(_ text: String) -> String {
        text.unicodeScalars.map { scalar in
            scalar != "\n" && scalar.isTerminalUnsafe ? "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}" : String(scalar)
        }.joined()
    }

    private static func map(isPrivate: [Bool], names: [String], codes: [Int]) -> CareMap {
        let nodes = isPrivate.enumerated().map { index, isPrivate in
            Node(id: NodeID("n\(index)"), kind: .person, name: names[index], isPrivate: isPrivate)
        }
        let count = nodes.count
        let links = codes.map { code in
            let via = (code / 64) % (count + 1)
            return Link(
                from: nodes[code % count].id, to: nodes[(code / 8) % count].id, label: names[code % names.count],
                via: via < count ? nodes[via].id : nil
            )
        }
        return CareMap(subject: nodes.first?.id, nodes: nodes, links: links)
    }
}
