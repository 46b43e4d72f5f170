import CareMapKit

extension LinkRoute {
    /// The drawn cells of one straight segment, described rather than listed: the `k`-th of
    /// `count` cells is `first` moved `k` steps in `direction`, and is the route's cell number
    /// `offset + k` in ``LinkRoute/cells`` order.
    ///
    /// A hub's links cross a large map, thousands of cells long, while a frame shows a few of
    /// them; runs let drawing and congestion visit only the cells on the canvas instead of
    /// listing every cell of every route each frame.
    struct Run: Hashable, Sendable {
        var first: MapPoint
        var direction: LineDirection
        var offset: Int
        var count: Int

        /// The run's `k`-th cell.
        func cell(_ k: Int) -> MapPoint {
            MapPoint(x: first.x + direction.step.dx * k, y: first.y + direction.step.dy * k)
        }

        /// The positions `k` whose cells lie in `rect`: a run is straight, so they are one
        /// contiguous range, found without walking.
        ///
        /// - Complexity: O(1).
        func indices(within rect: WorldRect) -> Range<Int> {
            let (dx, dy) = direction.step
            var low = 0, high = count
            for (start, step, min, max) in [(first.x, dx, rect.x, rect.maxX), (first.y, dy, rect.y, rect.maxY)] {
                if step == 0 {
                    if start < min || start >= max { return 0..<0 }
                } else if step > 0 {
                    low = Swift.max(low, min - start)
                    high = Swift.min(high, max - start)
                } else {
                    low = Swift.max(low, start - max + 1)
                    high = Swift.min(high, start - min + 1)
                }
            }
            return low < high ? low..<high : 0..<0
        }
    }

    /// The drawn cells as one run per segment, in order; together exactly ``cells``.
    ///
    /// - Complexity: O(*corners*).
    var runs: [Run] {
        var result: [Run] = []
        var offset = 0
        let last = points.count - 2
        for index in 0..<max(0, points.count - 1) {
            let (start, end) = (points[index], points[index + 1])
            let direction = LinkRoute.direction(from: start, to: end)
            let count = abs(end.x - start.x) + abs(end.y - start.y) - (index == last ? 1 : 0)
            if count > 0 { result.append(Run(first: start.moved(direction), direction: direction, offset: offset, count: count)) }
            offset += max(0, count)
        }
        return result
    }

    /// The route's `offset`-th drawn cell (as in ``cells``), found by runs rather than by
    /// listing cells.
    ///
    /// - Complexity: O(*corners*).
    func cell(at offset: Int) -> MapPoint? {
        runs.first { offset >= $0.offset && offset < $0.offset + $0.count }.map { $0.cell(offset - $0.offset) }
    }
}
