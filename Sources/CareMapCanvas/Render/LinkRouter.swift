import CareMapKit

/// Chooses an orthogonal route for a link between two boxes.
///
/// A few candidate shapes are tried from every side of the `from` box to every side of the `to`
/// box — straight when the boxes share rows or columns, an L with one corner, a Z bending halfway
/// — and the valid candidate with the lowest cost wins: its length, 8 per corner, plus what the
/// caller charges for the cells it uses (1,000 per other box crossed, so crossing fewest boxes
/// comes first, and a little for running along or across lines already drawn). A candidate is valid when it leaves and enters its boxes through
/// the sides it names and passes through neither box on the way. This is the candidate-route
/// approach of orthogonal connector routers (Wybrow, Marriott and Stuckey, "Orthogonal connector
/// routing", Graph Drawing 2009) cut down to the shapes a character grid can show clearly.
enum LinkRouter {
    /// The best route from box `from` to box `to`, or `nil` when the boxes overlap so that no
    /// candidate is valid. `cost` is the caller's extra charge for a candidate's cells; it is
    /// only asked about candidates that could still win.
    ///
    /// - Complexity: O(*k*) candidates of O(*length*) each, plus the `cost` calls.
    static func route(from: WorldRect, to: WorldRect, cost: (LinkRoute) -> Int) -> LinkRoute? {
        shortest(from: from, to: to).map { route(from: from, to: to, shortest: $0, cost: cost) }
    }

    /// The first valid candidate of lowest score, in the order they come: the route
    /// ``route(from:to:cost:)`` weighs first. Found in one pass without storing or ranking the
    /// rest, and a function of the two boxes alone, so a caller drawing them again may keep it.
    ///
    /// - Complexity: O(*k*) candidates, with no allocation but the winner's.
    static func shortest(from: WorldRect, to: WorldRect) -> (route: LinkRoute, score: Int)? {
        var first: (shape: RouteShape, score: Int)?
        forEachCandidate(from: from, to: to) { shape in
            let score = shape.score
            if first.map({ score < $0.score }) ?? true, isValid(shape, from: from, to: to) { first = (shape, score) }
        }
        return first.map { ($0.shape.route, $0.score) }
    }

    /// ``route(from:to:cost:)`` given its ``shortest(from:to:)`` route.
    ///
    /// The candidates are weighed in order of score, the order they come in breaking ties. When
    /// the caller charges the first nothing, as it does for most links, it wins outright: `cost`
    /// is never negative, so no other candidate can cost less. Only when it is charged are the
    /// others ranked, which gives the same route as ranking them all from the start (ranking
    /// every candidate of every link was most of drawing a crowded screen).
    static func route(from: WorldRect, to: WorldRect, shortest first: (route: LinkRoute, score: Int), cost: (LinkRoute) -> Int) -> LinkRoute {
        let firstCost = cost(first.route)
        if firstCost == 0 { return first.route }
        var valid: [(shape: RouteShape, score: Int)] = []
        forEachCandidate(from: from, to: to) { shape in
            if isValid(shape, from: from, to: to) { valid.append((shape, shape.score)) }
        }
        // The stable sort puts the shortest first: it is already weighed.
        var best = (route: first.route, score: firstCost + first.score)
        for candidate in valid.sorted(by: { $0.score < $1.score }).dropFirst() {
            if candidate.score >= best.score { break }
            let route = candidate.shape.route
            let total = cost(route) + candidate.score
            if total < best.score { best = (route, total) }
        }
        return best.route
    }

    private static let horizontal = [LineDirection.right, .left]
    private static let vertical = [LineDirection.up, .down]

    /// Every candidate as a route, in the order they are weighed.
    static func candidates(from a: WorldRect, to b: WorldRect) -> [LinkRoute] {
        var result: [LinkRoute] = []
        forEachCandidate(from: a, to: b) { result.append($0.route) }
        return result
    }

    /// Straight, L and Z candidates between every pair of sides, through the ports of each side;
    /// when both ends leave by the same side (top and top, say) the Z becomes a U that clears
    /// both boxes, which is the way round a box standing between them. Handed to `body` one by
    /// one rather than gathered, so weighing them needs no storage.
    static func forEachCandidate(from a: WorldRect, to b: WorldRect, _ body: (RouteShape) -> Void) {
        let rows = (low: max(a.y, b.y), high: min(a.maxY - 1, b.maxY - 1))
        let columns = (low: max(a.x + 1, b.x + 1), high: min(a.maxX - 2, b.maxX - 2))
        let (horizontal, vertical) = (LinkRouter.horizontal, LinkRouter.vertical)
        for aSide in horizontal {
            let pa = border(of: a, aSide)
            for bSide in horizontal {
                let pb = border(of: b, bSide)
                if rows.low <= rows.high {
                    let y = (rows.low + rows.high) / 2
                    body(RouteShape(MapPoint(x: pa.x, y: y), MapPoint(x: pb.x, y: y)))
                }
                let mid = aSide != bSide ? (pa.x + pb.x) / 2
                    : aSide == .right ? max(a.maxX, b.maxX) + 1 : min(a.x, b.x) - 2
                body(RouteShape(pa, MapPoint(x: mid, y: pa.y), MapPoint(x: mid, y: pb.y), pb))
            }
            for bSide in vertical {
                forEachPort(of: b, bSide) { pb in body(RouteShape(pa, MapPoint(x: pb.x, y: pa.y), pb)) }
            }
        }
        for aSide in vertical {
            forEachPort(of: a, aSide) { pa in
                for bSide in vertical {
                    forEachPort(of: b, bSide) { pb in
                        let mid = aSide != bSide ? (pa.y + pb.y) / 2
                            : aSide == .down ? max(a.maxY, b.maxY) + 1 : min(a.y, b.y) - 2
                        body(RouteShape(pa, MapPoint(x: pa.x, y: mid), MapPoint(x: pb.x, y: mid), pb))
                    }
                }
                for bSide in horizontal {
                    let pb = border(of: b, bSide)
                    body(RouteShape(pa, MapPoint(x: pa.x, y: pb.y), pb))
                }
            }
            if columns.low <= columns.high {
                let x = (columns.low + columns.high) / 2
                let (ay, by) = (border(of: a, aSide).y, border(of: b, aSide.opposite).y)
                body(RouteShape(MapPoint(x: x, y: ay), MapPoint(x: x, y: by)))
            }
        }
    }

    /// Whether the shape starts on `a`'s border, ends on `b`'s, draws at least one cell, and
    /// draws none inside either box. Checked segment by segment against the rectangles, so it
    /// costs O(corners) rather than O(length).
    static func isValid(_ shape: RouteShape, from a: WorldRect, to b: WorldRect) -> Bool {
        let count = shape.count
        guard count >= 2, a.contains(shape[0]), b.contains(shape[count - 1]), shape.length >= 1 else {
            return false
        }
        for index in 0..<(count - 1) {
            var (start, end) = (shape[index], shape[index + 1])
            let direction = LinkRoute.direction(from: start, to: end)
            if index == 0 { start = start.moved(direction) }
            if index == count - 2 { end = end.moved(direction.opposite) }
            let cells = WorldRect(
                x: min(start.x, end.x), y: min(start.y, end.y),
                width: abs(start.x - end.x) + 1, height: abs(start.y - end.y) + 1
            )
            if cells.intersects(a) || cells.intersects(b) { return false }
        }
        return true
    }

    /// Where lines may leave a side: the middle of a left or right side (the name row), and on
    /// the top and bottom the middle column and two columns either side of it, so several
    /// links leaving one box by the same side need not share cells.
    static func forEachPort(of rect: WorldRect, _ side: LineDirection, _ body: (MapPoint) -> Void) {
        let middle = border(of: rect, side)
        body(middle)
        guard !side.isHorizontal else { return }
        for x in stride(from: middle.x - 2, through: middle.x + 2, by: 4) where x > rect.x && x < rect.maxX - 1 {
            body(MapPoint(x: x, y: middle.y))
        }
    }

    /// The middle cell of a box: its name row, its centre column.
    static func centre(of rect: WorldRect) -> MapPoint {
        MapPoint(x: rect.x + rect.width / 2, y: rect.y + rect.height / 2)
    }

    /// The border cell in the middle of one side of a box.
    static func border(of rect: WorldRect, _ side: LineDirection) -> MapPoint {
        let middle = centre(of: rect)
        switch side {
        case .up: return MapPoint(x: middle.x, y: rect.y)
        case .down: return MapPoint(x: middle.x, y: rect.maxY - 1)
        case .left: return MapPoint(x: rect.x, y: middle.y)
        case .right: return MapPoint(x: rect.maxX - 1, y: middle.y)
        }
    }
}
