@testable import CareMapKit
import Testing

@Suite struct ExportDOTTests {
    let map = ExportFixtures.amira
    let reader = ExportDOTReader(DOTExporter.export(ExportFixtures.amira))

    @Test func writesADigraphWithGraphSettingsForEveryLayout() {
        let dot = DOTExporter.export(map)
        #expect(dot.hasPrefix("digraph \"caremap\" {\n"))
        #expect(dot.hasSuffix("}\n"))
        let graph = reader.defaults("graph")
        #expect(graph["charset"] == "UTF-8")
        #expect(graph["label"] == map.title)
        #expect(graph["root"] == map.subject?.rawValue)
        #expect(graph["overlap"] == "false")
        #expect(graph["splines"] == "true")
        #expect(reader.defaults("node")["style"] == "filled")
    }

    @Test func nodesAndEdgesKeepMapOrder() {
        let publicNodes = map.nodes.values.filter { !$0.isPrivate }.map(\.id.rawValue)
        #expect(reader.nodes.map(\.ids) == publicNodes.map { [$0] })
        let publicLinks = ExportFixtures.amiraPublicLinkIndices.map { map.links[$0] }
        #expect(reader.edges.map(\.ids) == publicLinks.map { [$0.from.rawValue, $0.to.rawValue] })
    }

    @Test func nodeLabelIsTheNameThenTheRole() {
        for node in map.nodes.values where !node.isPrivate {
            let label = reader.node(node.id.rawValue)?.attributes["label"]
            let lines = [node.name] + (node.role.map { [$0.rawValue] } ?? [])
            #expect(label?.split(separator: "\n").map(String.init) == lines)
        }
    }

    @Test func anUnnamedNodeIsLabelledWithItsID() {
        let dot = DOTExporter.export(CareMap(nodes: [Node(id: "no-name", kind: .place)]))
        #expect(ExportDOTReader(dot).node("no-name")?.attributes["label"] == "no-name")
    }

    @Test(arguments: [(NodeKind.person, "ellipse"), (.place, "box"), (.group, "hexagon")])
    func shapeFollowsKind(kind: NodeKind, shape: String) {
        let dot = DOTExporter.export(CareMap(nodes: [Node(id: "a", kind: kind)]))
        #expect(ExportDOTReader(dot).node("a")?.attributes["shape"] == shape)
    }

    @Test func fillFollowsSectorWithADistinctColourForEach() {
        let nodes = Sector.allCases.enumerated().map { Node(id: NodeID("n\($0.offset)"), kind: .group, sectorOverride: $0.element) }
        let fills = ExportDOTReader(DOTExporter.export(CareMap(nodes: nodes))).nodes.compactMap { $0.attributes["fillcolor"] }
        #expect(fills.count == Sector.allCases.count)
        #expect(Set(fills).count == Sector.allCases.count)
        #expect(reader.node("refugee-action")?.attributes["fillcolor"] == fills[Sector.allCases.firstIndex(of: .statutory)!])
    }

    @Test func onlyTheSubjectHasADoubleBoldOutline() {
        for node in reader.nodes {
            let isSubject = node.ids == [map.subject?.rawValue]
            #expect((node.attributes["peripheries"] == "2") == isSubject)
            #expect((node.attributes["penwidth"] == "2") == isSubject)
        }
    }

    @Test(arguments: [(LinkDirection.none, "none"), (.forward, "forward"), (.backward, "back"), (.both, "both")])
    func dirFollowsDirection(direction: LinkDirection, dir: String) {
        #expect(edge(Link(from: "a", to: "b", direction: direction))["dir"] == dir)
    }

    @Test func strengthSetsWeightAndTenuousIsDashed() {
        #expect(edge(Link(from: "a", to: "b", strength: .strong))["penwidth"] == "3")
        #expect(edge(Link(from: "a", to: "b", strength: .moderate))["penwidth"] == "1")
        #expect(edge(Link(from: "a", to: "b", strength: .moderate))["style"] == "solid")
        #expect(edge(Link(from: "a", to: "b", strength: .tenuous))["style"] == "dashed")
        #expect(edge(Link(from: "a", to: "b"))["style"] == "solid")
    }

    @Test func qualityIsTheNumberOfParallelLines() {
        func visibleLines(_ quality: Quality?, _ status: LinkStatus? = nil) -> Int {
            let colour = edge(Link(from: "a", to: "b", quality: quality, status: status))["color"] ?? ""
            return colour.split(separator: ":").filter { $0 != "invis" }.count
        }
        for status in [nil] + LinkStatus.allCases {
            #expect(visibleLines(nil, status) == 1)
            #expect(visibleLines(.supportive, status) == 1)
            #expect(visibleLines(.stressful, status) == 2)
            #expect(visibleLines(.mixed, status) == 3)
        }
    }

    @Test func statusDecidesDashesAndGreyAndIsWrittenInTheLabel() {
        let past = edge(Link(from: "a", to: "b", label: "visits", strength: .strong, quality: .stressful, status: .past))
        #expect(past["style"] == "dotted")
        #expect(past["penwidth"] == "3")
        #expect(past["color"]?.contains("firebrick") == false)
        #expect(past["label"] == "visits\n(past)")
        let hoped = edge(Link(from: "a", to: "b", strength: .moderate, status: .hopedFor))
        #expect(hoped["style"] == "dashed")
        #expect(hoped["label"] == "(hoped for)")
        let tenuous = edge(Link(from: "a", to: "b", strength: .tenuous, status: .current))
        #expect(tenuous["color"] != hoped["color"])
        #expect(tenuous["label"] == nil)
    }

    @Test func currentStressfulLinesAreRed() {
        #expect(edge(Link(from: "a", to: "b", quality: .stressful))["color"] == "firebrick:invis:firebrick")
    }

    @Test func edgeLabelComesFromTheLink() {
        for (edge, index) in zip(reader.edges, ExportFixtures.amiraPublicLinkIndices) where map.links[index].status != .past
            && map.links[index].status != .hopedFor
        {
            let label = map.links[index].label
            #expect(edge.attributes["label"] == (label.isEmpty ? nil : label))
        }
    }

    @Test func sameMapGivesTheSameBytes() {
        #expect(DOTExporter.export(map) == DOTExporter.export(map))
        #expect(DOTExporter.export(ExportFixtures.hostile) == DOTExporter.export(ExportFixtures.hostile))
    }

    @Test func aMapWithoutSubjectHasNoRoot() {
        var community = map
        community.subject = nil
        #expect(ExportDOTReader(DOTExporter.export(community)).defaults("graph")["root"] == nil)
    }

    @Test func smallMapExportsExactly() {
        let small = CareMap(
            title: "Two",
            subject: "a",
            nodes: [Node(id: "a", kind: .person, name: "Ana", role: .serviceUser), Node(id: "b", kind: .place, name: "GP")],
            links: [Link(from: "a", to: "b", direction: .forward, label: "sees", strength: .strong)]
        )
        let expected = """
            digraph "caremap" {
            \tgraph [charset="UTF-8", fontname="sans-serif", label="Two", labelloc="t", overlap="false", splines="true", root="a"];
            \tnode [style="filled", fontname="sans-serif", color="black"];
            \tedge [fontname="sans-serif"];
            \t"a" [label="Ana\\nservice-user", shape="ellipse", fillcolor="#FFAABB", peripheries="2", penwidth="2"];
            \t"b" [label="GP", shape="box", fillcolor="#44BB99"];
            \t"a" -> "b" [dir="forward", label="sees", style="solid", penwidth="3", color="black"];
            }

            """
        #expect(DOTExporter.export(small) == expected)
    }

    private func edge(_ link: Link) -> [String: String] {
        let nodes = [Node(id: "a", kind: .person), Node(id: "b", kind: .person)]
        return ExportDOTReader(DOTExporter.export(CareMap(nodes: nodes, links: [link]))).edges.first?.attributes ?? [:]
    }
}
