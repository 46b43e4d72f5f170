import CareMapKit

/// The rings layout: the subject at the centre, closeness rings around it, sectors as arcs.
///
/// This is the eco-map of Hartman ("Diagrammatic assessment of family relationships", *Social
/// Casework* 59(8), 1978) crossed with the concentric circles of Kahn and Antonucci's convoy model
/// (1980): distance from the centre means closeness and nothing else, so the rings keep fixed
/// radii (ring *r* at *r* ring-steps) and only the step grows, uniformly, when the map is crowded.
/// Each sector owns the same wedge of angle on every ring, so it points the same way everywhere.
extension Layouter {
    /// Sectors in the order their wedges follow each other clockwise from the top.
    static let sectorOrder: [Sector] = [.formalHealth, .statutory, .community, .personal, .private]

    /// The ring for nodes without one (or with one outside 1–3).
    static let outerRing = 4

    /// The smallest ring step, in rows: a box is three rows tall and needs room for links.
    static let minimumRingStep = 6.0

    /// How many boxes' widths (with clearance) a ring's perimeter is first assumed to hold: more
    /// than one, because near the sides of a ring boxes stack downwards and take only their
    /// height of it. The guess is optimistic on purpose, so small maps stay compact; a ring that
    /// does not fit makes the step grow and the layout rerun.
    private static let expectedPacking = 1.5

    /// How much the ring step grows after an attempt in which some sector overflowed its wedge.
    private static let stepGrowth = 1.1

    /// The ring step a small map's arrangement is searched at, as a multiple of the smallest step
    /// its boxes fit at: a little more room lets boxes move along their arcs, towards the edge of
    /// a wedge or past each other, which a tightly packed ring does not allow.
    static let searchRoom = 1.15

    /// - Complexity: O(*n* + *P*) per attempt, *P* being the perimeter in cells of the rings in use;
    ///   a few attempts in practice, since the first step is estimated from the boxes' widths.
    ///   A map of up to ``ringSearchLimit`` ties is then searched, at ``searchRoom`` times the step.
    static func rings(_ map: CareMap, subject: Node) -> [NodeID: MapPoint] {
        let (pinned, pinnedGrid) = pinnedStart(map)
        var search = SpiralSearch()
        let centre = subject.position ?? search.nearestFree(for: SizedBox(subject), near: MapPoint(x: 0, y: 0), in: pinnedGrid)
        let arcs = RingArcs(map, subject: subject.id)
        func placed(step: Double) -> [NodeID: MapPoint]? {
            var positions = pinned
            positions[subject.id] = centre
            var grid = pinnedGrid
            if subject.position == nil { grid.insert(NodeBox.frame(of: subject, centredAt: centre, zoom: .boxes)) }
            return arcs.place(around: centre, step: step, into: &positions, grid: &grid) ? positions : nil
        }
        var step = max(minimumRingStep, arcs.totalWeight / (RingEllipse.unitPerimeter * expectedPacking))
        // Terminates: each attempt grows every ring, and once the rings are far past the subject and
        // every pinned box, each sector's nodes fit in its wedge by the choice of wedge weights.
        var first = placed(step: step)
        while first == nil {
            step *= stepGrowth
            first = placed(step: step)
        }
        // A map whose ties already cross nowhere keeps its smallest step.
        guard map.links.count <= ringSearchLimit, let start = first, StraightCrossings.count(map, layout: MapLayout(style: .rings, positions: start)) > 0,
              let roomier = placed(step: step * searchRoom) else {
            return refineRings(map, subject: subject, arcs: arcs, centre: centre, step: step, start: (first ?? pinned, pinned, pinnedGrid))
        }
        return refineRings(map, subject: subject, arcs: arcs, centre: centre, step: step * searchRoom, start: (roomier, pinned, pinnedGrid))
    }
}
