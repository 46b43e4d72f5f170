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
        var best: (route: LinkRoute, score: Int)?
        for candidate in candidates(from: from, to: to) where isValid(candidate, from: from, to: to) {
            let score = candidate.length + candidate.bends * 8
            if let best, score >= best.score { continue }
            let total = cost(candidate) + score
            if best.map({ total < $0.score }) ?? true { best = (candidate, total) }
        }
        return best?.route
    }

    /// Straight, L and Z candidates between every pair of sides.
    static func candidates(from a: WorldRect, to b: WorldRect) -> [LinkRoute] {
        var result: [LinkRoute] = []
        let (ac, bc) = (centre(of: a), centre(of: b))
        let rows = (low: max(a.y, b.y), high: min(a.maxY - 1, b.maxY - 1))
        let columns = (low: max(a.x + 1, b.x + 1), high: min(a.maxX - 2, b.maxX - 2))
        for aSide in [LineDirection.right, .left] {
            for bSide in [LineDirection.right, .left] {
                let (ax, bx) = (border(of: a, aSide).x, border(of: b, bSide).x)
                if rows.low <= rows.high {
                    let y = (rows.low + rows.high) / 2
                    result.append(LinkRoute(through: [MapPoint(x: ax, y: y), MapPoint(x: bx, y: y)]))
                }
                let mid = (ax + bx) / 2
                result.append(LinkRoute(through: [
                    MapPoint(x: ax, y: ac.y), MapPoint(x: mid, y: ac.y), MapPoint(x: mid, y: bc.y), MapPoint(x: bx, y: bc.y),
                ]))
            }
            for bSide in [LineDirection.up, .down] {
                let (ax, by) = (border(of: a, aSide).x, border(of: b, bSide).y)
                result.append(LinkRoute(through: [MapPoint(x: ax, y: ac.y), MapPoint(x: bc.x, y: ac.y), MapPoint(x: bc.x, y: by)]))
            }
        }
        for aSide in [LineDirection.up, .down] {
            for bSide in [LineDirection.up, .down] {
                let (ay, by) = (border(of: a, aSide).y, border(of: b, bSide).y)
                if columns.low <= columns.high {
                    let x = (columns.low + columns.high) / 2
                    result.append(LinkRoute(through: [MapPoint(x: x, y: ay), MapPoint(x: x, y: by)]))
                }
                let mid = (ay + by) / 2
                result.append(LinkRoute(through: [
                    MapPoint(x: ac.x, y: ay), MapPoint(x: ac.x, y: mid), MapPoint(x: bc.x, y: mid), MapPoint(x: bc.x, y: by),
                ]))
            }
            for bSide in [LineDirection.right, .left] {
                let (ay, bx) = (border(of: a, aSide).y, border(of: b, bSide).x)
                result.append(LinkRoute(through: [MapPoint(x: ac.x, y: ay), MapPoint(x: ac.x, y: bc.y), MapPoint(x: bx, y: bc.y)]))
            }
        }
        return result
    }

    /// Whether the route starts on `a`'s border, ends on `b`'s, draws at least one cell, and
    /// draws none inside either box.
    static func isValid(_ route: LinkRoute, from a: WorldRect, to b: WorldRect) -> Bool {
        guard let first = route.points.first, let last = route.points.last, route.points.count >= 2,
              a.contains(first), b.contains(last)
        else { return false }
        let cells = route.cells
        return !cells.isEmpty && !cells.contains { a.contains($0) || b.contains($0) }
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
