import CareMapKit

/// The path a link's line takes between two boxes: axis-aligned segments through `points`.
///
/// The first point lies on the border of the `from` box and the last on the border of the `to`
/// box; the line is drawn on the cells strictly between them, so it runs from box edge to box
/// edge and the boxes, drawn afterwards, stay whole.
struct LinkRoute: Hashable, Sendable {
    /// Corners of the route, consecutive points sharing a row or a column, none repeated.
    var points: [MapPoint]

    /// The drawn cells in order from the `from` end, border cells excluded.
    ///
    /// - Complexity: O(*length*).
    var cells: [MapPoint] {
        var result: [MapPoint] = []
        for (start, end) in zip(points, points.dropFirst()) {
            let direction = LinkRoute.direction(from: start, to: end)
            var point = start
            while point != end {
                point = point.moved(direction)
                result.append(point)
            }
        }
        if !result.isEmpty { result.removeLast() }
        return result
    }

    /// How many corners the route turns.
    var bends: Int { max(0, points.count - 2) }

    /// The number of drawn cells.
    var length: Int {
        zip(points, points.dropFirst()).reduce(-1) { $0 + abs($1.0.x - $1.1.x) + abs($1.0.y - $1.1.y) }
    }

    /// The direction a line travels from `start` to `end`, which share a row or column.
    static func direction(from start: MapPoint, to end: MapPoint) -> LineDirection {
        if start.x == end.x { return end.y > start.y ? .down : .up }
        return end.x > start.x ? .right : .left
    }

    /// The route through `points` with repeated and collinear middle points removed.
    init(through points: [MapPoint]) {
        var kept: [MapPoint] = []
        for point in points where kept.last != point {
            if kept.count >= 2 {
                let (a, b) = (kept[kept.count - 2], kept[kept.count - 1])
                if (a.x == b.x && b.x == point.x) || (a.y == b.y && b.y == point.y) { kept.removeLast() }
            }
            kept.append(point)
        }
        self.points = kept
    }

    /// The route through `corners`, which already hold no repeated or collinear middle points
    /// (a ``RouteShape``'s).
    init(corners: [MapPoint]) {
        points = corners
    }
}

extension MapPoint {
    /// The neighbouring cell in `direction`.
    func moved(_ direction: LineDirection) -> MapPoint {
        MapPoint(x: x + direction.step.dx, y: y + direction.step.dy)
    }
}
