@testable import CareMapCanvas
import CareMapKit
import Testing

@Suite struct LayoutLayeredTests {
    static func people(_ ids: [NodeID]) -> [Node] { ids.map { Node(id: $0, kind: .person, name: $0.rawValue.uppercased()) } }

    @Test func aDirectedChainRunsDownInIncreasingLayers() {
        let ids: [NodeID] = ["d", "b", "a", "c", "e"]
        let map = CareMap(nodes: Self.people(ids), links: [
            Link(from: "a", to: "b", direction: .forward),
            Link(from: "c", to: "b", direction: .backward),
            Link(from: "c", to: "d", direction: .forward),
            Link(from: "e", to: "d", direction: .backward),
        ])
        let layout = Layouter.layout(map, style: .layered)
        let rows = ["a", "b", "c", "d", "e"].map { layout.positions[NodeID($0)]!.y }
        #expect(zip(rows, rows.dropFirst()).allSatisfy { $0 < $1 }, "\(rows)")
    }

    @Test func aCycleIsBrokenAndStillLaidOut() {
        let map = CareMap(nodes: Self.people(["a", "b", "c"]), links: [
            Link(from: "a", to: "b", direction: .forward),
            Link(from: "b", to: "c", direction: .forward),
            Link(from: "c", to: "a", direction: .forward),
        ])
        let layout = Layouter.layout(map, style: .layered)
        #expect(Set(["a", "b", "c"].map { layout.positions[NodeID($0)]!.y }).count == 3)
        #expect(LayoutFixtures.overlaps(in: map, layout).isEmpty)
    }

    /// A star of undirected links hangs from its hub, the best-connected node.
    @Test func undirectedLinksHangFromTheHub() {
        let map = CareMap(nodes: Self.people(["x", "y", "hub", "z"]), links: [
            Link(from: "x", to: "hub"), Link(from: "hub", to: "y"), Link(from: "z", to: "hub"),
        ])
        let layout = Layouter.layout(map, style: .layered)
        let hub = layout.positions["hub"]!.y
        for leaf in ["x", "y", "z"] { #expect(layout.positions[NodeID(leaf)]!.y > hub) }
    }

    @Test func componentsSitSideBySideAndLoneNodesInARowBelow() {
        let map = CareMap(nodes: Self.people(["a", "b", "lone1", "c", "d", "lone2"]), links: [
            Link(from: "a", to: "b", direction: .forward), Link(from: "c", to: "d", direction: .forward),
        ])
        let layout = Layouter.layout(map, style: .layered)
        let p = { (id: NodeID) in layout.positions[id]! }
        #expect(p("a").y == p("c").y)
        #expect(p("a").x < p("c").x)
        #expect(p("lone1").y == p("lone2").y && p("lone1").y > p("d").y)
    }

    /// Two edges listed crossed (0→3, 1→2) are untangled by the barycentre sweeps.
    @Test func barycentreSweepsRemoveACrossing() {
        let arcs = [LinkGraph.Arc(from: 0, to: 3, isDirected: true), LinkGraph.Arc(from: 1, to: 2, isDirected: true)]
        var graph = LayeredGraph(widths: [5, 5, 5, 5], assignment: LayerAssignment(count: 4, arcs: arcs))
        #expect(graph.crossings() == 1)
        graph.reduceCrossings()
        #expect(graph.crossings() == 0)
    }

    @Test func crossingsAreCountedPairwise() {
        // Complete bipartite 3×3 in any order: C(3,2)·C(3,2) = 9 crossings.
        let arcs = (0..<3).flatMap { top in (3..<6).map { LinkGraph.Arc(from: top, to: $0, isDirected: true) } }
        let graph = LayeredGraph(widths: Array(repeating: 3, count: 6), assignment: LayerAssignment(count: 6, arcs: arcs))
        #expect(graph.crossings() == 9)
    }

    @Test func otherNodesAvoidAPinnedNode() {
        let map = CareMap(nodes: Self.people(["a", "b"]) + [Node(id: "pin", kind: .place, position: MapPoint(x: 2, y: 0))],
                          links: [Link(from: "a", to: "b", direction: .forward)])
        let layout = Layouter.layout(map, style: .layered)
        #expect(layout.positions["pin"] == MapPoint(x: 2, y: 0))
        #expect(LayoutFixtures.overlaps(in: map, layout).isEmpty)
    }
}
