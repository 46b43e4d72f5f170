import CareMapKit
import Foundation

/// A local search over a small rings layout, counting every candidate's crossings exactly.
///
/// The barycentre sweeps of ``Layouter/refineRings(_:subject:arcs:centre:step:start:)`` only
/// reorder arcs, so a tie between two sectors that are not neighbours still crosses every
/// radial tie between them. This search may also move a node anywhere in its wedge (to either
/// edge, next to a neighbour, past the node beside it) and move the boundaries between wedges,
/// so a sector takes only the room its boxes need where a tie passes over it. A move is kept
/// when it removes a crossing, counted on straight lines between centres
/// (``StraightCrossings``), or keeps as many and shortens the ties; it is first-improvement hill
/// climbing (Aarts and Lenstra, *Local Search in Combinatorial Optimization*, Wiley, 1997),
/// restarted from small random changes within a fixed budget of candidates and with a fixed
/// seed, so it ends, never adds a crossing, and repeats exactly. What gives the rings their
/// meaning is not searched: each ring keeps its radius, the sectors their order, every sector
/// one wedge on all rings, and the first wedge starts within ``maximumTurn`` of the top.
extension Layouter {
    /// Above this many ties the search does not run: each candidate recounts every crossing,
    /// O(*m*²), and a map that size is not read tie by tie anyway.
    static let ringSearchLimit = 60
    /// Candidates the search may lay out and count on a map of up to ``ringSearchFullBudgetTies``
    /// ties; a larger map gets fewer, in proportion to the square of its ties, so that every
    /// search costs about the same.
    static let ringSearchBudget = 1500
    static let ringSearchFullBudgetTies = 40
    /// How far the first wedge's start may turn from the top, as a fraction of a full turn: a
    /// twentieth, so each sector still points about the way it does on every other map.
    private static let maximumTurn = 0.05
    /// Nodes scattered at random before each new descent.
    private static let ringSearchKick = 5
    /// Evenly spaced spots across its wedge a node is tried at, ends included.
    private static let wedgeSpots = 9
    /// Boundary moves tried, as fractions of a full turn.
    private static let boundaryMoves = [0.16, 0.08, 0.04, 0.02, 0.01]

    /// What the search varies, and the layout it gives.
    struct RingState {
        var wedges: [Double]
        /// How far, as a fraction of a full turn, the first wedge starts clockwise of the top.
        var turn: Double
        var angles: [NodeID: Double]
        var positions: [NodeID: MapPoint]
        var crossings: Int
        /// The ties' total length, in cells across with rows counted ``RingEllipse/aspect`` times:
        /// between two arrangements with as many crossings, the shorter is better, which steers
        /// the search across plateaus towards nodes beside their neighbours.
        var length: Double

        /// Whether this arrangement is better than `other`: fewer crossings, or as many and shorter.
        func isBetter(than other: RingState) -> Bool {
            (crossings, length) < (other.crossings, other.length - 1e-6)
        }
    }

    /// Improves `start` by moving nodes and wedge boundaries; `place` lays out a candidate
    /// (`nil` when it does not fit), `count` counts its crossings, and `angle` gives a position's
    /// angle around the subject, clockwise from the top.
    ///
    /// - Complexity: O(*e* · (*n* + *P* + *m*²)) for at most *e* candidates (``ringSearchBudget``,
    ///   fewer above ``ringSearchFullBudgetTies`` ties), *P* being the rings' perimeter in cells.
    static func searchRings(
        _ start: RingState, arcs: [(sector: Int, ids: [NodeID])], neighbours: [NodeID: [NodeID]],
        place: ([NodeID: Double], [Double], Double) -> [NodeID: MapPoint]?,
        count: ([NodeID: MapPoint]) -> Int, angle: (MapPoint) -> Double
    ) -> RingState {
        let ties = neighbours.values.reduce(0) { $0 + $1.count } / 2
        let budget = ringSearchBudget * ringSearchFullBudgetTies * ringSearchFullBudgetTies / max(ties, ringSearchFullBudgetTies) / max(ties, ringSearchFullBudgetTies)
        var evaluations = 0
        func length(_ positions: [NodeID: MapPoint]) -> Double {
            neighbours.reduce(0.0) { total, entry in
                guard let from = positions[entry.key] else { return total }
                return entry.value.compactMap { positions[$0] }.reduce(total) { sum, to in
                    let (dx, dy) = (Double(to.x - from.x), Double(to.y - from.y) * RingEllipse.aspect)
                    return sum + (dx * dx + dy * dy).squareRoot()
                }
            }
        }
        var start = start
        start.length = length(start.positions)
        func evaluate(_ angles: [NodeID: Double], _ wedges: [Double], _ turn: Double) -> RingState? {
            evaluations += 1
            guard let positions = place(angles, wedges, turn) else { return nil }
            return RingState(
                wedges: wedges, turn: turn, angles: angles, positions: positions, crossings: count(positions),
                length: length(positions)
            )
        }
        let used = start.wedges.indices.filter { start.wedges[$0] > 0 }
        // Each boundary between two wedges in use, the one at the top last: moving that one turns
        // the first wedge's start.
        let boundaries = Array(zip(used, used.dropFirst())) + (used.count > 1 ? [(used[used.count - 1], used[0])] : [])
        let arcOf = Dictionary(uniqueKeysWithValues: arcs.indices.flatMap { index in arcs[index].ids.map { ($0, index) } })
        /// The nodes whose best move may have changed when `id` moved: its arc and its neighbours.
        func affected(by id: NodeID) -> [NodeID] {
            (arcOf[id].map { arcs[$0].ids } ?? []) + (neighbours[id] ?? []).filter { arcOf[$0] != nil }
        }
        /// First-improvement descent from `state` until no move removes a crossing, trying only
        /// the nodes in `queue` and those near a node that moved (the "don't look bits" of
        /// Bentley, "Fast algorithms for geometric traveling salesman problems", *ORSA Journal on
        /// Computing* 4(4), 1992), then every boundary.
        func descend(_ state: RingState, queue initial: [NodeID]) -> RingState {
            var best = state
            func attempt(_ angles: [NodeID: Double], _ wedges: [Double], _ turn: Double) -> Bool {
                guard evaluations < budget, let candidate = evaluate(angles, wedges, turn), candidate.isBetter(than: best)
                else { return false }
                best = candidate
                return true
            }
            var queue = initial, queued = Set(initial)
            while evaluations < budget {
                if queue.isEmpty {
                    for (left, right) in boundaries {
                        for move in boundaryMoves.flatMap({ [-$0, $0] }) {
                            var wedges = best.wedges
                            wedges[left] += move
                            wedges[right] -= move
                            let turn = best.turn + (right == used[0] ? move : 0)
                            guard wedges[left] > 0, wedges[right] > 0, abs(turn) <= maximumTurn else { continue }
                            // Nodes keep their angles, and are clamped into their wedge when it shrinks.
                            if attempt(best.angles, wedges, turn) {
                                queue += arcs.filter { $0.sector == left || $0.sector == right }.flatMap(\.ids)
                            }
                        }
                    }
                    guard !queue.isEmpty else { break }
                    queued = Set(queue)
                }
                let id = queue.removeFirst()
                queued.remove(id)
                guard let arc = arcOf[id].map({ arcs[$0] }) else { continue }
                let (low, high) = RingArcs.wedge(of: arc.sector, in: best.wedges, turn: best.turn)
                let spots = (0..<wedgeSpots).map { low + (high - low) * Double($0) / Double(wedgeSpots - 1) }
                // Just past the nodes before and after it on the arc: an exchange.
                let order = arc.ids.sorted { (best.positions[$0].map(angle) ?? 0, $0) < (best.positions[$1].map(angle) ?? 0, $1) }
                let index = order.firstIndex(of: id) ?? 0
                let own = best.positions[id].map(angle) ?? 0
                let beside = [order[max(index - 1, 0)], order[min(index + 1, order.count - 1)]].filter { $0 != id }
                    .compactMap { best.positions[$0].map(angle) }.map { $0 + ($0 < own ? -1e-4 : 1e-4) }
                let linked = (neighbours[id] ?? []).compactMap { best.positions[$0].map(angle) }
                for candidate in spots + linked + beside where candidate != best.angles[id] {
                    var angles = best.angles
                    angles[id] = candidate
                    guard attempt(angles, best.wedges, best.turn) else { continue }
                    for other in affected(by: id) where !queued.contains(other) {
                        queue.append(other)
                        queued.insert(other)
                    }
                    break
                }
            }
            return best
        }
        // Iterated local search (Lourenço, Martin and Stützle, "Iterated local search", in
        // *Handbook of Metaheuristics*, Kluwer, 2003): from the best found, scatter a few nodes
        // across their wedges and descend again near them, with a fixed seed so the layout
        // repeats. A descent that ends level with the best is taken, so the search drifts across
        // plateaus of equal crossings instead of kicking from one spot for ever.
        var random = SeededRandom(seed: 1)
        let movable = arcs.flatMap { arc in arc.ids.map { (id: $0, sector: arc.sector) } }
        var best = descend(start, queue: movable.map(\.id))
        while best.crossings > 0, evaluations < budget, !movable.isEmpty {
            var angles = best.angles
            var kicked: [NodeID] = []
            for _ in 0..<min(ringSearchKick, movable.count) {
                let node = movable[Int.random(in: 0..<movable.count, using: &random)]
                let (low, high) = RingArcs.wedge(of: node.sector, in: best.wedges, turn: best.turn)
                angles[node.id] = Double.random(in: low...high, using: &random)
                kicked += [node.id] + affected(by: node.id)
            }
            guard let start = evaluate(angles, best.wedges, best.turn) else { continue }
            var seen = Set<NodeID>()
            let found = descend(start, queue: kicked.filter { seen.insert($0).inserted })
            if found.crossings <= best.crossings { best = found }
        }
        return best
    }
}
