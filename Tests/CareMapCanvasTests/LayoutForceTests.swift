import CareMapCanvas
import CareMapKit
import Testing

@Suite struct LayoutForceTests {
    /// Two rings of six, joined by one link.
    static let twoClusters: CareMap = {
        let ids = (0..<12).map { NodeID("n\($0)") }
        let nodes = ids.map { Node(id: $0, kind: .person, name: "Person \($0)") }
        var links: [Link] = []
        for cluster in [0, 6] {
            for i in 0..<6 { links.append(Link(from: ids[cluster + i], to: ids[cluster + (i + 1) % 6])) }
        }
        links.append(Link(from: ids[0], to: ids[6]))
        return CareMap(nodes: nodes, links: links)
    }()

    @Test func theSameSeedGivesTheSameLayoutAndOtherSeedsMayNot() {
        let map = LayoutFixtures.randomMap(seed: 42, maximumNodes: 60, subject: false)
        let first = Layouter.layout(map, style: .force, seed: 7)
        #expect(Layouter.layout(map, style: .force, seed: 7) == first)
        let others = (8...12).map { Layouter.layout(map, style: .force, seed: $0) }
        #expect(others.contains { $0 != first })
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func linkedNodesEndUpCloserThanUnlinkedOnes(seed: UInt64) {
        let layout = Layouter.layout(Self.twoClusters, style: .force, seed: seed)
        func distance(_ a: Int, _ b: Int) -> Double {
            let p = layout.positions[NodeID("n\(a)")]!, q = layout.positions[NodeID("n\(b)")]!
            return LayoutFixtures.ringDistance(p, from: q)
        }
        let within = (0..<6).map { distance($0, ($0 + 1) % 6) } + (6..<12).map { distance($0, 6 + ($0 - 5) % 6) }
        let across = (1..<6).map { distance($0, $0 + 6) }
        let meanWithin = within.reduce(0, +) / Double(within.count), meanAcross = across.reduce(0, +) / Double(across.count)
        #expect(meanWithin < meanAcross, "within \(meanWithin), across \(meanAcross)")
    }

    @Test func pinnedNodesDoNotMoveAndOthersAvoidThem() {
        var map = Self.twoClusters
        map.nodes["n0"]!.position = MapPoint(x: 0, y: 0)
        map.nodes["n6"]!.position = MapPoint(x: 30, y: 0)
        let layout = Layouter.layout(map, style: .force, seed: 3)
        #expect(layout.positions["n0"] == MapPoint(x: 0, y: 0))
        #expect(layout.positions["n6"] == MapPoint(x: 30, y: 0))
        #expect(LayoutFixtures.overlaps(in: map, layout).isEmpty)
    }
}
