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
/// node goes to the circular mean of its neighbours' angles, on every ring, inner and outer;
/// then adjacent nodes of an arc are swapped while that removes crossings (the "adjacent
/// exchange" refinement of the same literature). Every candidate is counted as straight lines
/// between centres (``StraightCrossings``), and the arrangement with the fewest is kept, so the
/// pass never makes a map worse. Sectors keep their wedges and rings their radii throughout.
extension Layouter {
    /// Barycentre sweeps tried.
    static let ringSweeps = 8
    /// Above this many ties the first placement stands: every candidate's crossings are
    /// counted pairwise, which a town's map of thousands of ties cannot afford on each edit.
    static let ringOrderLimit = 400
    /// Above this many ties, only the sweeps run: each exchange recounts every crossing.
    static let ringExchangeLimit = 80

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
        func placed(_ angles: [NodeID: Double]) -> [NodeID: MapPoint]? {
            var positions = start.pinned
            positions[subject.id] = centre
            var grid = start.grid
            if subject.position == nil { grid.insert(NodeBox.frame(of: subject, centredAt: centre, zoom: .boxes)) }
            return arcs.place(around: centre, step: step, into: &positions, grid: &grid, angles: angles) ? positions : nil
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
                for id in arc {
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
        guard ties.count <= ringExchangeLimit else { return best.positions }
        var improved = true, rounds = 0
        while improved, best.crossings > 0, rounds < 3 {
            rounds += 1
            improved = false
            for arc in arcs.arcs where arc.count > 1 {
                var order = arc.sorted { (angle(best.positions[$0] ?? centre), $0.rawValue) < (angle(best.positions[$1] ?? centre), $1.rawValue) }
                for index in 0..<(order.count - 1) {
                    var swapped = order
                    swapped.swapAt(index, index + 1)
                    var angles = [NodeID: Double]()
                    for ids in arcs.arcs where ids != arc {
                        for id in ids { angles[id] = best.positions[id].map(angle) }
                    }
                    let base = angle(best.positions[order[0]] ?? centre)
                    for (rank, id) in swapped.enumerated() { angles[id] = base + Double(rank) * 1e-6 }
                    guard let candidate = placed(angles) else { continue }
                    let count = crossings(candidate)
                    if count < best.crossings {
                        best = (candidate, count)
                        order = swapped
                        improved = true
                    }
                }
            }
        }
        return best.positions
    }
}
