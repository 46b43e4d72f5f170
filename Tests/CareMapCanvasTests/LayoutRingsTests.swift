import CareMapCanvas
import CareMapKit
import Foundation
import Testing

@Suite struct LayoutRingsTests {
    /// The angle of `point` around `centre`, measured on the ring's own (aspect-corrected) circle.
    static func angle(_ point: MapPoint, around centre: MapPoint) -> Double {
        atan2(Double(point.y - centre.y), Double(point.x - centre.x) / 2.2)
    }

    /// The unpinned nodes of each ring (4 for nodes without a valid ring), subject excluded.
    static func ringMembers(_ map: CareMap) -> [Int: [Node]] {
        Dictionary(grouping: map.nodes.values.filter { $0.position == nil && $0.id != map.subject }) { node in
            node.ring.flatMap { (1...3).contains($0) ? $0 : nil } ?? 4
        }
    }

    @Test func innerRingsAreStrictlyNearerTheSubject() {
        for seed in LayoutTests.seeds {
            let map = LayoutFixtures.randomMap(seed: seed)
            let layout = Layouter.layout(map, style: .rings)
            let centre = layout.positions[map.subject!]!
            let distances = Self.ringMembers(map).mapValues { nodes in
                nodes.map { LayoutFixtures.ringDistance(layout.positions[$0.id]!, from: centre) }
            }
            for inner in 1...3 {
                for outer in (inner + 1)...4 {
                    guard let near = distances[inner]?.max(), let far = distances[outer]?.min() else { continue }
                    #expect(near < far, "seed \(seed): ring \(inner) reaches \(near), ring \(outer) starts at \(far)")
                }
            }
        }
    }

    @Test func sameSectorNodesAreContiguousWithinARing() {
        for seed in LayoutTests.seeds {
            let map = LayoutFixtures.randomMap(seed: seed)
            let layout = Layouter.layout(map, style: .rings)
            let centre = layout.positions[map.subject!]!
            for (ring, nodes) in Self.ringMembers(map) {
                let sectors = nodes.sorted {
                    Self.angle(layout.positions[$0.id]!, around: centre) < Self.angle(layout.positions[$1.id]!, around: centre)
                }.map(\.sector)
                let changes = sectors.indices.filter { sectors[$0] != sectors[($0 + 1) % sectors.count] }.count
                let distinct = Set(sectors).count
                #expect(changes == (distinct > 1 ? distinct : 0), "seed \(seed), ring \(ring): \(sectors)")
            }
        }
    }

    /// Distance means closeness only: ring 3 stays three times as far out as ring 1 even with ring 2
    /// empty, and each sector points the same way on both rings.
    @Test func ringsKeepTheirRadiiAndSectorsTheirDirection() {
        let map = CareMap(
            subject: "amira",
            nodes: [
                Node(id: "amira", kind: .person, name: "Amira", role: .serviceUser),
                Node(id: "gp", kind: .person, name: "Dr Okafor", role: .gp, ring: 1),
                Node(id: "karim", kind: .person, name: "Karim", role: .family, ring: 1),
                Node(id: "hospital", kind: .place, name: "Royal Infirmary", role: .hospital, ring: 3),
                Node(id: "cousin", kind: .person, name: "Cousin Rami", role: .family, ring: 3),
            ]
        )
        let layout = Layouter.layout(map, style: .rings)
        let centre = layout.positions["amira"]!
        func distance(_ id: NodeID) -> Double { LayoutFixtures.ringDistance(layout.positions[id]!, from: centre) }
        func angle(_ id: NodeID) -> Double { Self.angle(layout.positions[id]!, around: centre) }
        #expect(abs(distance("hospital") / distance("gp") - 3) < 0.3)
        #expect(abs(distance("cousin") / distance("karim") - 3) < 0.3)
        #expect(abs(angle("hospital") - angle("gp")) < 0.3)
        #expect(abs(angle("cousin") - angle("karim")) < 0.3)
        #expect(abs(angle("gp") - angle("karim")) > 1)
    }

    @Test func aPinnedSubjectCentresTheRings() {
        let map = CareMap(
            subject: "amira",
            nodes: [
                Node(id: "amira", kind: .person, position: MapPoint(x: 100, y: -40)),
                Node(id: "hassan", kind: .person, ring: 1),
                Node(id: "gp", kind: .place, role: .gpSurgery, ring: 2),
            ]
        )
        let layout = Layouter.layout(map, style: .rings)
        #expect(layout.positions["amira"] == MapPoint(x: 100, y: -40))
        let near = LayoutFixtures.ringDistance(layout.positions["hassan"]!, from: MapPoint(x: 100, y: -40))
        let far = LayoutFixtures.ringDistance(layout.positions["gp"]!, from: MapPoint(x: 100, y: -40))
        #expect(near > 0 && near < far)
    }

    /// Outer nodes go round in the order of the inner nodes they link to, whatever the file's
    /// order, so links run outwards instead of across the ring.
    @Test func outerNodesFollowTheirInnerPartnersRoundTheRing() {
        let inner: [NodeID] = ["a1", "b1", "c1", "d1"], outer: [NodeID] = ["c2", "a2", "d2", "b2"]
        let map = CareMap(
            subject: "amira",
            nodes: [Node(id: "amira", kind: .person, role: .serviceUser)]
                + inner.map { Node(id: $0, kind: .person, role: .family, ring: 1) }
                + outer.map { Node(id: $0, kind: .person, role: .friend, ring: 2) },
            links: zip(inner, ["a2", "b2", "c2", "d2"]).map { Link(from: $0, to: NodeID($1)) }
                + inner.map { Link(from: "amira", to: $0) }
        )
        let layout = Layouter.layout(map, style: .rings)
        let centre = layout.positions["amira"]!
        func turn(_ id: NodeID) -> Double {
            let angle = Self.angle(layout.positions[id]!, around: centre) + Double.pi / 2
            return angle < 0 ? angle + 2 * Double.pi : angle
        }
        let innerOrder = inner.sorted { turn($0) < turn($1) }.map { String($0.rawValue.prefix(1)) }
        let outerOrder = outer.sorted { turn($0) < turn($1) }.map { String($0.rawValue.prefix(1)) }
        #expect(innerOrder == outerOrder)
    }

    /// A crowded inner ring pushes every ring out together: ring 3 stays three times as far.
    @Test func crowdingScalesEveryRingTogether() {
        let crowd = (0..<60).map { Node(id: NodeID("f\($0)"), kind: .person, name: "Friend \($0)", role: .friend, ring: 1) }
        let map = CareMap(
            subject: "amira",
            nodes: [Node(id: "amira", kind: .person, role: .serviceUser)] + crowd
                + [Node(id: "far", kind: .person, name: "Far", role: .friend, ring: 3)]
        )
        let layout = Layouter.layout(map, style: .rings)
        let centre = layout.positions["amira"]!
        let inner = crowd.map { LayoutFixtures.ringDistance(layout.positions[$0.id]!, from: centre) }
        let mean = inner.reduce(0, +) / Double(inner.count)
        #expect(mean > 10, "a crowded ring grows beyond the smallest step")
        #expect(abs(LayoutFixtures.ringDistance(layout.positions["far"]!, from: centre) / mean - 3) < 0.1)
        #expect(LayoutFixtures.overlaps(in: map, layout).isEmpty)
    }
}
