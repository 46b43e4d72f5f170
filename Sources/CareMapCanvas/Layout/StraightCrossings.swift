import CareMapKit

/// How many pairs of ties cross when each is drawn as a straight line between its two nodes'
/// centres: the measure the layouts are compared by, with each other and with Graphviz's
/// (`twopi`, `neato`) in caremap-bench.
///
/// Ties sharing a node never count, nor do self-ties or ties to a node without a position. Two
/// segments cross when each one's ends lie strictly on opposite sides of the other's line, the
/// orientation test of computational geometry (Cormen, Leiserson, Rivest and Stein,
/// *Introduction to Algorithms*, 3rd ed., §33.1).
public enum StraightCrossings {
    /// The number of crossing pairs among `ties` with ends at `positions`.
    ///
    /// - Complexity: O(*m*²) for *m* ties, with a bounding-box test before the exact one.
    public static func count<Point>(_ ties: [(NodeID, NodeID)], at positions: [NodeID: Point], x: (Point) -> Double, y: (Point) -> Double) -> Int {
        let segments = segments(ties, at: positions, x: x, y: y)
        var total = 0
        for i in segments.indices {
            for t in segments[(i + 1)...] where cross(segments[i], t) { total += 1 }
        }
        return total
    }

    /// The number of crossing pairs between one of `chosen` and one of `ties`: every crossing a
    /// tie of `chosen` takes part in, when `chosen` are the ties of one node (which never cross
    /// each other, sharing it).
    ///
    /// - Complexity: O(*c* · *m*) for *c* chosen ties.
    static func count(of chosen: [(NodeID, NodeID)], with ties: [(NodeID, NodeID)], at positions: [NodeID: MapPoint]) -> Int {
        let (x, y) = ({ (point: MapPoint) in Double(point.x) }, { (point: MapPoint) in Double(point.y) })
        let others = segments(ties, at: positions, x: x, y: y)
        return segments(chosen, at: positions, x: x, y: y).reduce(0) { total, s in total + others.count { cross(s, $0) } }
    }

    private typealias Segment = (a: NodeID, b: NodeID, x1: Double, y1: Double, x2: Double, y2: Double)

    private static func segments<Point>(_ ties: [(NodeID, NodeID)], at positions: [NodeID: Point], x: (Point) -> Double, y: (Point) -> Double) -> [Segment] {
        ties.compactMap { from, to in
            guard from != to, let p = positions[from], let q = positions[to] else { return nil }
            return (from, to, x(p), y(p), x(q), y(q))
        }
    }

    /// Whether two ties cross: no shared node, bounding boxes meeting, then the orientation test.
    private static func cross(_ s: Segment, _ t: Segment) -> Bool {
        func side(_ ax: Double, _ ay: Double, _ bx: Double, _ by: Double, _ cx: Double, _ cy: Double) -> Int {
            let value = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)
            return value > 1e-9 ? 1 : value < -1e-9 ? -1 : 0
        }
        if s.a == t.a || s.a == t.b || s.b == t.a || s.b == t.b { return false }
        if max(s.x1, s.x2) < min(t.x1, t.x2) || max(t.x1, t.x2) < min(s.x1, s.x2)
            || max(s.y1, s.y2) < min(t.y1, t.y2) || max(t.y1, t.y2) < min(s.y1, s.y2) { return false }
        return side(s.x1, s.y1, s.x2, s.y2, t.x1, t.y1) * side(s.x1, s.y1, s.x2, s.y2, t.x2, t.y2) < 0
            && side(t.x1, t.y1, t.x2, t.y2, s.x1, s.y1) * side(t.x1, t.y1, t.x2, t.y2, s.x2, s.y2) < 0
    }

    /// The crossings of `map`'s ties in `layout`, in world cells.
    ///
    /// - Complexity: O(*m*²).
    public static func count(_ map: CareMap, layout: MapLayout) -> Int {
        count(map.links.map { ($0.from, $0.to) }, at: layout.positions, x: { Double($0.x) }, y: { Double($0.y) })
    }
}
