@testable import CareMapKit
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@Suite struct ExportGraphMLTests {
    /// A GraphML document read back with Foundation's `XMLParser`, independently of the importer:
    /// key declarations, and each node's and edge's data by attribute name.
    final class Document: NSObject, XMLParserDelegate {
        var keys: [String: (domain: String, name: String, type: String)] = [:]
        var nodes: [(id: String, data: [String: String])] = []
        var edges: [(source: String, target: String, data: [String: String])] = []
        var graphData: [String: [String]] = [:]
        private var key: String?
        private var text = ""

        init(_ text: String) throws {
            super.init()
            let parser = XMLParser(data: Data(text.utf8))
            parser.delegate = self
            guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
            switch name {
            case "key": keys[attributes["id"]!] = (attributes["for"]!, attributes["attr.name"]!, attributes["attr.type"]!)
            case "node": nodes.append((attributes["id"]!, [:]))
            case "edge": edges.append((attributes["source"]!, attributes["target"]!, [:]))
            case "data": key = attributes["key"]; text = ""
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard name == "data", let key, let declared = keys[key] else { return }
            switch declared.domain {
            case "node": nodes[nodes.count - 1].data[declared.name] = text
            case "edge": edges[edges.count - 1].data[declared.name] = text
            default: graphData[declared.name, default: []].append(text)
            }
            self.key = nil
        }
    }

    @Test func everyFieldIsDeclaredWithItsType() throws {
        let document = try Document(GraphMLExporter.export(ExportFixtures.amira))
        let declared = Dictionary(document.keys.values.map { ("\($0.domain) \($0.name)", $0.type) }, uniquingKeysWith: { first, _ in first })
        #expect(declared["node label"] == "string")
        #expect(declared["node ring"] == "int")
        #expect(declared["node x"] == "int")
        #expect(declared["node subject"] == "boolean")
        #expect(declared["node pronouns"] == "string")
        #expect(declared["edge direction"] == "string")
        #expect(declared["edge since"] == "string")
        #expect(declared["edge reported-by"] == "string")
        #expect(declared["graph title"] == "string")
    }

    @Test func nodesAndEdgesReadBackWithTheirAttributes() throws {
        let map = ExportFixtures.amira
        let document = try Document(GraphMLExporter.export(map))
        let shown = map.withoutPrivateNodes()
        #expect(document.nodes.map(\.id) == shown.nodes.keys.map(\.rawValue))
        #expect(document.edges.map { [$0.source, $0.target] } == shown.links.map { [$0.from.rawValue, $0.to.rawValue] })
        let amira = try #require(document.nodes.first)
        #expect(amira.data == [
            "label": "أميرة (Amira)", "kind": "person", "subject": "true", "role": "service-user", "sector": "personal",
            "lang": "ar,en", "domains": "network,communication", "x": "40", "y": "-12", "notes": "Arrived in March.",
        ])
        #expect(document.nodes[4].data["sector"] == "statutory")
        #expect(document.edges[1].data == [
            "direction": "forward", "label": "interprets for", "strength": "strong", "quality": "supportive",
            "support": "practical,health", "mode": "in-person", "lang": "ar", "reported-by": "Amira",
            "domains": "communication,knowledge", "notes": "Every appointment.", "since": "2025",
        ])
        #expect(document.edges.map { $0.data["direction"] } == ["forward", "forward", "none", "both", "backward", "none"])
        #expect(document.graphData["title"] == ["Amira's network of care"])
        #expect(document.graphData["notes"] == map.notes)
        #expect(document.graphData["subject"] == ["amira"])
    }

    @Test func eachActionIsOneGraphValueHoldingItsFileLine() throws {
        var map = ExportFixtures.amira
        map.actions[ActionID("book")] = CareAction(id: "book", text: "Book an <interpreter>", about: ["amira"], owner: "Grace", status: .open)
        map.actions[ActionID("ask")] = CareAction(id: "ask", text: "Ask", about: [map.nodes.values.first(where: \.isPrivate)!.id])
        let document = try Document(GraphMLExporter.export(map))
        #expect(document.keys.values.contains { $0.domain == "graph" && $0.name == "action" })
        #expect(document.graphData["action"] == ["action book \"Book an <interpreter>\" about=amira owner=Grace status=open"])
    }

    @Test func hostileTextStaysValidXMLAndReadsBackVisibly() throws {
        let map = ExportFixtures.hostile
        let text = GraphMLExporter.export(map)
        let document = try Document(text)
        #expect(document.nodes.map { $0.data["label"] ?? "" }.map(GraphMLText.unescaped) == map.withoutPrivateNodes().nodes.values.map(\.name))
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "a control character is written raw")
        #expect(!text.contains("\u{202E}"))
        #expect(text.contains("\\u{1B}]0;pwned\\u{7}"))
    }

    @Test func escapingFollowsTheDocumentedTable() {
        #expect(GraphMLText.escaped("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&apos;")
        #expect(GraphMLText.escaped("tab\there\r\nline") == "tab&#9;here&#13;&#10;line")
        #expect(GraphMLText.escaped("\nedge\n") == "\\u{A}edge\\u{A}")
        #expect(GraphMLText.escaped("nul\u{0}del\u{7F}\u{202E}") == "nul\\u{0}del\\u{7F}\\u{202E}")
        #expect(GraphMLText.unescaped("\\u{1B}[31m \\u{41} \\u{zz}") == "\u{1B}[31m \\u{41} \\u{zz}")
    }

    @Test func theSameMapGivesTheSameBytes() {
        #expect(GraphMLExporter.export(ExportFixtures.amira) == GraphMLExporter.export(ExportFixtures.amira))
    }

    @Test(.enabled(if: ExternalTool.isInstalled("python3"), "python3 is not installed"))
    func networkxReadsEverySampleWithTheSameCountsAndAttributes() throws {
        let python = try #require(ExternalTool("python3"))
        let probe = try python.run(["-c", "import networkx"])
        try #require(probe.status == 0, "networkx is not installed for python3 (pip install networkx); skipping")
        let script = """
            import sys, json, networkx
            g = networkx.read_graphml(sys.stdin)
            print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "directed": g.is_directed(),
                "first": dict(list(g.nodes(data=True))[0][1]) if g.number_of_nodes() else {}}, sort_keys=True))
            """
        for (name, map) in try Interchange.samples() + [("amira fixture", ExportFixtures.amira)] {
            let run = try python.run(["-c", script], input: GraphMLExporter.export(map))
            #expect(run.status == 0, "\(name): \(run.errors)")
            let result = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any], "\(name)")
            let shown = map.withoutPrivateNodes()
            #expect(result["nodes"] as? Int == shown.nodes.count, "\(name)")
            #expect(result["edges"] as? Int == shown.links.count, "\(name)")
            #expect(result["directed"] as? Bool == true, "\(name)")
            if let node = shown.nodes.values.first {
                let first = try #require(result["first"] as? [String: Any])
                #expect(first["label"] as? String == (node.name.isEmpty ? nil : node.name), "\(name)")
                #expect(first["kind"] as? String == node.kind.rawValue, "\(name)")
                #expect(first["ring"] as? Int == node.ring, "\(name)")
            }
        }
    }
}
