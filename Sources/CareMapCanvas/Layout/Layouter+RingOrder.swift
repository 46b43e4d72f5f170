import CareMapKit
import Foundation

/// Ordering each sector's arc to reduce crossing ties, once a first placement has fixed the
/// ring step.
///
/// The first placement orders an arc by the nodes already placed inside it. This pass then
/// iterates the barycentre heuristic of layered drawing (Sugiyama, Tagawa and Toda, "Methods for
/// visual understanding of hierarchical system structures", *IEEE Transactions on Systems, Man,
/// and Cybernetics* 11(2), 1981) as Bachmaier adapts it to circles ("A radial adaptation of the
/// Sugiyama framework for visualizing hierarchical information", *IEEE TVCG* 13(3), 2007): each
/// node goes to the circular mean of its neighbours' angles, on every ring, inner and outer.
/// Every candidate is counted as straight lines between centres (``StraightCrossings``), and the
/// arrangement with the fewest is kept, so the pass never makes a map worse; sectors keep their
/// wedges and rings their radii. A small map then goes to the local search of
/// ``searchRings(_:arcs:neighbours:place:count:angle:)``, which may also move wedge boundaries.
extension Layouter {
    /// Barycentre sweeps tried.
    static let ringSweeps = 8
    /// Above this many ties the first placement stands: every candidate's crossings are
    /// counted pairwise, which a town's map of thousands of ties cannot afford on each edit.
    static let ringOrderLimit = 400

    static func refineRings(
        _ map: CareMap, subject: Node, arcs: RingArcs, centre: MapPoint, step: Double,
        start: (positions: [NodeID: MapPoint], pinned: [NodeID: MapPoint], grid: OccupancyGrid)
    ) -> [NodeID: MapPoint] {
        let ties = map.links.map { ($0.from, $0.to) }
        let around = map.links.filter { !$0.touches(subject.id) }.map { ($0.from, $0.to) }
        guard !around.isEmpty, ties.count <= ringOrderLimit else { return start.positions }
        func crossings(_ positions: [NodeID: MapPoint]) -> Int {
            StraightCrossings.count(ties, at: positions, x: { Double($0.x) }, y: { Double($0.y) })
        }
        func placed(_ angles: [NodeID: Double], wedges: [Double]? = nil, turn: Double = 0) -> [NodeID: MapPoint]? {
            var positions = start.pinned
            positions[subject.id] = centre
            var grid = start.grid
            if subject.position == nil { grid.insert(NodeBox.frame(of: subject, centredAt: centre, zoom: .boxes)) }
            return arcs.place(around: centre, step: step, into: &positions, grid: &grid, angles: angles, wedges: wedges, turn: turn) ? positions : nil
        }
        let neighbours = Dictionary(grouping: around.flatMap { [($0.0, $0.1), ($0.1, $0.0)] }, by: \.0).mapValues { $0.map(\.1) }
        // Angles run from the top (−π/2) a full turn clockwise, as the wedges do, so no wedge
        // straddles the point where they wrap and sorting by angle is sorting along the arc.
        func angle(_ point: MapPoint) -> Double {
            let raw = atan2(Double(point.y - centre.y), Double(point.x - centre.x) / RingEllipse.aspect)
            return (raw + Double.pi / 2 + 2 * Double.pi).truncatingRemainder(dividingBy: 2 * Double.pi) - Double.pi / 2
        }
        var best = (positions: start.positions, crossings: crossings(start.positions))
        var current = start.positions
        for _ in 0..<ringSweeps where best.crossings > 0 {
            var angles: [NodeID: Double] = [:]
            for arc in arcs.arcs {
                for id in arc.ids {
                    guard let own = current[id] else { continue }
                    let linked = (neighbours[id] ?? []).compactMap { current[$0] }
                    let all = linked.map(angle) + [angle(own)]
                    angles[id] = atan2(all.reduce(0) { $0 + sin($1) }, all.reduce(0) { $0 + cos($1) })
                }
            }
            guard let next = placed(angles), next != current else { break }
            current = next
            let count = crossings(next)
            if count < best.crossings { best = (next, count) }
        }
        guard ties.count <= ringSearchLimit, best.crossings > 0 else { return best.positions }
        let state = RingState(
            wedges: arcs.wedges, turn: 0, angles: best.positions.filter { start.pinned[$0.key] == nil }.mapValues(angle),
            positions: best.positions, crossings: best.crossings, length: 0
        )
        return searchRings(
            state, arcs: arcs.arcs, neighbours: neighbours, place: { placed($0, wedges: $1, turn: $2) }, count: crossings, angle: angle
        ).positions
    }
}
