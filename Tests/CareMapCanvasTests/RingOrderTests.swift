@testable import CareMapCanvas
import CareMapKit
import Testing

/// Ordering arcs by their neighbours' angles keeps the arrangement with the fewest crossings:
/// never more than the first placement, and fewer on the samples with ties between rings.
@Suite struct RingOrderTests {
    /// The first placement, before any ordering pass, at the step the layout settled on.
    static func firstPlacement(_ map: CareMap, subject: Node) -> (MapLayout, refined: MapLayout) {
        let (pinned, grid) = Layouter.pinnedStart(map)
        let arcs = RingArcs(map, subject: subject.id)
        let centre = subject.position ?? MapPoint(x: 0, y: 0)
        var step = max(Layouter.minimumRingStep, arcs.totalWeight / (RingEllipse.unitPerimeter * 1.5))
        while true {
            var positions = pinned
            positions[subject.id] = centre
            var placed = grid
            if subject.position == nil { placed.insert(NodeBox.frame(of: subject, centredAt: centre, zoom: .boxes)) }
            if arcs.place(around: centre, step: step, into: &positions, grid: &placed) {
                let refined = Layouter.refineRings(map, subject: subject, arcs: arcs, centre: centre, step: step, start: (positions, pinned, grid))
                return (MapLayout(style: .rings, positions: positions), MapLayout(style: .rings, positions: refined))
            }
            step *= 1.1
        }
    }

    @Test func orderingNeverAddsCrossings() throws {
        for seed in LayoutTests.seeds {
            let map = LayoutFixtures.randomMap(seed: seed, maximumNodes: 60)
            guard let subject = map.subjectNode, subject.position == nil else { continue }
            let (first, refined) = Self.firstPlacement(map, subject: subject)
            #expect(StraightCrossings.count(map, layout: refined) <= StraightCrossings.count(map, layout: first), "seed \(seed)")
            #expect(LayoutFixtures.overlaps(in: map, refined).isEmpty, "seed \(seed)")
        }
    }

    @Test(arguments: ["amira", "noorzai-family"])
    func orderingRemovesCrossingsOnTheSamples(name: String) throws {
        let map = try LegibilityTests.sample(name)
        let (first, refined) = Self.firstPlacement(map, subject: try #require(map.subjectNode))
        #expect(StraightCrossings.count(map, layout: refined) < StraightCrossings.count(map, layout: first))
    }

    @Test func crossingsAreCountedOnStraightLines() {
        let positions: [NodeID: MapPoint] = ["a": MapPoint(x: 0, y: 0), "b": MapPoint(x: 10, y: 10), "c": MapPoint(x: 0, y: 10), "d": MapPoint(x: 10, y: 0), "e": MapPoint(x: 20, y: 0)]
        let count = { (ties: [(NodeID, NodeID)]) in StraightCrossings.count(ties, at: positions, x: { Double($0.x) }, y: { Double($0.y) }) }
        #expect(count([("a", "b"), ("c", "d")]) == 1)
        #expect(count([("a", "b"), ("a", "d")]) == 0, "ties sharing a node never cross")
        #expect(count([("a", "c"), ("d", "e")]) == 0)
    }
}
