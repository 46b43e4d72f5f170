import CareMapKit

/// A candidate route's corners held inline, at most four, so weighing the sixty-odd candidate
/// shapes of a link allocates nothing; only the winner becomes a ``LinkRoute``.
///
/// A crowded screen routes a thousand links a frame, and building every candidate as an array
/// (twice, to drop collinear points) was two thirds of drawing one.
struct RouteShape {
    private var corners = InlineArray<4, MapPoint>(repeating: MapPoint(x: 0, y: 0))
    /// How many of `corners` are used.
    private(set) var count = 0

    /// The shape through `points` (two to four) with repeated and collinear middle points
    /// removed, as ``LinkRoute/init(through:)`` removes them.
    init(_ a: MapPoint, _ b: MapPoint, _ c: MapPoint? = nil, _ d: MapPoint? = nil) {
        append(a)
        append(b)
        if let c { append(c) }
        if let d { append(d) }
    }

    private mutating func append(_ point: MapPoint) {
        if count > 0, corners[count - 1] == point { return }
        if count >= 2 {
            let (a, b) = (corners[count - 2], corners[count - 1])
            if (a.x == b.x && b.x == point.x) || (a.y == b.y && b.y == point.y) { count -= 1 }
        }
        corners[count] = point
        count += 1
    }

    subscript(index: Int) -> MapPoint { corners[index] }

    /// How many corners the shape turns.
    var bends: Int { max(0, count - 2) }

    /// The number of drawn cells, as ``LinkRoute/length``.
    var length: Int {
        var total = -1
        for index in 0..<max(0, count - 1) {
            total += abs(corners[index].x - corners[index + 1].x) + abs(corners[index].y - corners[index + 1].y)
        }
        return total
    }

    /// What ``LinkRouter`` ranks shapes by before the caller's charges: length, and 8 a corner.
    var score: Int { length + bends * 8 }

    /// The shape as a route to draw.
    var route: LinkRoute { LinkRoute(corners: (0..<count).map { corners[$0] }) }
}
