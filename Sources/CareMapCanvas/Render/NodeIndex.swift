import CareMapKit

/// A bucket grid over node centres, so drawing a small viewport of a large map only looks at
/// the nodes near it. Nodes are held by their place in the map's node order, which is cheaper
/// to store and compare than ids.
///
/// Buckets hold centres rather than frames because a frame needs the name's display width,
/// which is the expensive part; a box is at most ``NodeBox/maximumNameWidth`` + 4 columns wide
/// and 3 rows tall, so searching the rectangle grown by half that finds every box that meets it.
struct NodeIndex {
    private static let bucketWidth = 32
    private static let bucketHeight = 16
    private static let reachX = (NodeBox.maximumNameWidth + 4) / 2 + 1
    private static let reachY = 2

    private struct Bucket: Hashable {
        var column: Int
        var row: Int
    }

    /// The buckets as a dense grid over the nodes' bounds, row by row, when that grid is small
    /// beside the map (the usual case: a layout packs its nodes); otherwise, as when a few
    /// pinned positions lie far out, a dictionary of the buckets in use. A lookup in the grid
    /// is an index, where the dictionary hashes, and routing looks buckets up for every
    /// candidate route.
    private enum Storage {
        case grid(lowest: Bucket, columns: Int, rows: Int, places: [[Int]])
        case sparse([Bucket: [Int]])
    }

    private let storage: Storage

    /// The index of `centres`, one per node in map order, `nil` for a node without a position.
    ///
    /// - Complexity: O(*n*) for *n* nodes.
    init(centres: [MapPoint?]) {
        let placed = centres.enumerated().compactMap { place, centre in centre.map { (place, NodeIndex.bucket(of: $0)) } }
        guard let first = placed.first?.1 else {
            storage = .sparse([:])
            return
        }
        var (low, high) = (first, first)
        for (_, bucket) in placed {
            (low.column, low.row) = (min(low.column, bucket.column), min(low.row, bucket.row))
            (high.column, high.row) = (max(high.column, bucket.column), max(high.row, bucket.row))
        }
        let (columns, rows) = (high.column - low.column + 1, high.row - low.row + 1)
        if columns.multipliedReportingOverflow(by: rows).partialValue <= 4 * placed.count + 64, columns <= 1 << 20, rows <= 1 << 20 {
            var places = [[Int]](repeating: [], count: columns * rows)
            for (place, bucket) in placed { places[(bucket.row - low.row) * columns + bucket.column - low.column].append(place) }
            storage = .grid(lowest: low, columns: columns, rows: rows, places: places)
        } else {
            var buckets: [Bucket: [Int]] = [:]
            for (place, bucket) in placed { buckets[bucket, default: []].append(place) }
            storage = .sparse(buckets)
        }
    }

    /// Calls `body` with the place of each node whose box may meet `rect`: a superset, to be
    /// checked against real frames. A visitor rather than a list, because routing weighs many
    /// candidate routes per link, each against the boxes near it.
    ///
    /// - Complexity: O(*b* + *k*) for *b* buckets under `rect` and *k* nodes in them.
    func forEachCandidate(near rect: WorldRect, _ body: (Int) -> Void) {
        let low = NodeIndex.bucket(of: MapPoint(x: rect.x - NodeIndex.reachX, y: rect.y - NodeIndex.reachY))
        let high = NodeIndex.bucket(of: MapPoint(x: rect.maxX + NodeIndex.reachX, y: rect.maxY + NodeIndex.reachY))
        switch storage {
        case let .grid(lowest, columns, rows, places):
            let (top, bottom) = (max(low.row - lowest.row, 0), min(high.row - lowest.row + 1, rows))
            let (left, right) = (max(low.column - lowest.column, 0), min(high.column - lowest.column + 1, columns))
            guard top < bottom, left < right else { return }
            for row in top..<bottom {
                for column in left..<right {
                    for place in places[row * columns + column] { body(place) }
                }
            }
        case let .sparse(buckets):
            for row in low.row...high.row {
                for column in low.column...high.column {
                    guard let places = buckets[Bucket(column: column, row: row)] else { continue }
                    for place in places { body(place) }
                }
            }
        }
    }

    /// Whether anything drawn between boxes centred at `a` and `b` (the boxes and any route
    /// between them, which stays within their joint bounds) could meet `rect`, without measuring
    /// names.
    static func mayMeet(between a: MapPoint, and b: MapPoint, _ rect: WorldRect) -> Bool {
        min(a.x, b.x) - reachX < rect.maxX && max(a.x, b.x) + reachX >= rect.x
            && min(a.y, b.y) - reachY < rect.maxY && max(a.y, b.y) + reachY >= rect.y
    }

    /// Whether a link between boxes centred at `a` and `b` could draw anything in `rect` (its
    /// line, marks, arrowheads or label), a finer test than ``mayMeet(between:and:_:)`` that
    /// still measures no names.
    ///
    /// Every route ``LinkRouter`` can choose runs its horizontal segments along the rows of
    /// either box, the rows halfway between them, or a U's row just beyond the lower or upper
    /// box; and its vertical segments along the columns of either box, the columns halfway
    /// between them, or a U's column just beyond either box. Each of those is within a band of
    /// ``reachX`` + 2 columns or ``reachY`` + 2 rows about a centre or a midpoint. A link of a
    /// hub across a large map has a bounding box over most of the screen while none of its
    /// bands is in view; this lets drawing skip routing it. A vertical segment's label runs to
    /// its right, so columns are tested with `rect` grown leftwards by the widest label.
    static func mayShow(between a: MapPoint, and b: MapPoint, _ rect: WorldRect) -> Bool {
        let (bandX, bandY) = (reachX + 2, reachY + 2)
        let left = rect.x - NodeBox.maximumNameWidth - 2
        func rows(_ y: Int) -> Bool { y - bandY < rect.maxY && y + bandY >= rect.y }
        func columns(_ x: Int) -> Bool { x - bandX < rect.maxX && x + bandX >= left }
        return rows(a.y) || rows(b.y) || rows((a.y + b.y) / 2) || columns(a.x) || columns(b.x) || columns((a.x + b.x) / 2)
    }

    private static func bucket(of point: MapPoint) -> Bucket {
        Bucket(column: floorDivide(point.x, bucketWidth), row: floorDivide(point.y, bucketHeight))
    }

    private static func floorDivide(_ value: Int, _ divisor: Int) -> Int {
        value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
    }
}
