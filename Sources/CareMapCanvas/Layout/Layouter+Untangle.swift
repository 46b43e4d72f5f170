import CareMapKit

/// Nudging the boxes of a small force layout to remove crossings the snapping to cells and the
/// overlap sweep brought in, or the stress model left.
///
/// Each free box in turn is tried a few cells away in each direction, and moves when that spot
/// keeps its clearance and its ties cross fewer others, counted exactly on straight lines
/// (``StraightCrossings``). This is first-improvement local search (Aarts and Lenstra, *Local
/// Search in Combinatorial Optimization*, Wiley, 1997): it never adds a crossing, ends, and
/// repeats exactly for the same start.
extension Layouter {
    /// Above this many ties the nudging does not run: each try recounts a node's crossings
    /// against every tie.
    static let untangleLimit = 120
    /// Rounds over every box, at most.
    private static let untangleRounds = 4
    /// The nudges tried, in cells: across two columns for every row, as terminal cells are about
    /// twice as tall as wide.
    private static let nudges: [MapPoint] = [1, 2, 4, 8].flatMap { step in
        [(0, -1), (0, 1), (-1, 0), (1, 0), (-1, -1), (1, -1), (-1, 1), (1, 1)].map { MapPoint(x: 3 * step * $0.0, y: step * $0.1) }
    }

    /// Moves the boxes of `free` within `positions` (whose boxes `grid` holds) while that removes
    /// crossings among `map`'s ties.
    ///
    /// - Complexity: O(*r* · *n* · *k* · *d* · *m*) for *r* rounds, *k* nudges and mean degree *d*.
    static func untangle(_ map: CareMap, free: [SizedBox], positions: inout [NodeID: MapPoint], grid: inout OccupancyGrid) {
        let ties = map.links.map { ($0.from, $0.to) }
        guard ties.count <= untangleLimit else { return }
        let touching = Dictionary(grouping: ties.flatMap { [($0.0, $0), ($0.1, $0)] }, by: \.0).mapValues { $0.map(\.1) }
        for _ in 0..<untangleRounds {
            var improved = false
            for box in free.sorted(by: { $0.id < $1.id }) {
                guard let own = touching[box.id], let start = positions[box.id] else { continue }
                var crossings = StraightCrossings.count(of: own, with: ties, at: positions)
                guard crossings > 0 else { continue }
                grid.remove(box.frame(centredAt: start))
                for nudge in nudges {
                    let current = positions[box.id] ?? start
                    let spot = MapPoint(x: current.x + nudge.x, y: current.y + nudge.y)
                    guard grid.isFree(box.frame(centredAt: spot)) else { continue }
                    positions[box.id] = spot
                    let count = StraightCrossings.count(of: own, with: ties, at: positions)
                    if count < crossings {
                        crossings = count
                        improved = true
                    } else {
                        positions[box.id] = current
                    }
                    if crossings == 0 { break }
                }
                grid.insert(box.frame(centredAt: positions[box.id] ?? start))
            }
            guard improved else { break }
        }
    }
}
