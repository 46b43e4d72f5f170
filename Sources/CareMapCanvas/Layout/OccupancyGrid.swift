/// A bucket index of the boxes placed so far, so asking "is this spot free?" looks at a few
/// nearby buckets instead of every box on the map.
///
/// Buckets are a little larger than the largest box (24×3 at `.boxes` zoom), so a box touches at
/// most four of them. The spatial-hashing idea is the uniform grid of Bentley and Friedman,
/// "Data structures for range searching", *ACM Computing Surveys* 11(4), 1979.
struct OccupancyGrid {
    private static let bucketWidth = 32
    private static let bucketHeight = 8

    let clearance: Clearance
    private var buckets: [Int: [WorldRect]] = [:]

    init(clearance: Clearance = .standard) {
        self.clearance = clearance
    }

    /// Marks `rect` as taken.
    ///
    /// - Complexity: O(1) on average for a box no larger than a bucket.
    mutating func insert(_ rect: WorldRect) {
        forEachBucket(touching: rect) { buckets[$0, default: []].append(rect) }
    }

    /// Unmarks one `rect` inserted before, so a box can be tried elsewhere.
    ///
    /// - Complexity: O(*b*) where *b* is the number of boxes in the few buckets `rect` touches.
    mutating func remove(_ rect: WorldRect) {
        forEachBucket(touching: rect) { key in
            guard let index = buckets[key]?.firstIndex(of: rect) else { return }
            buckets[key]?.remove(at: index)
        }
    }

    /// Whether a box at `rect` would keep its clearance from every box inserted so far.
    ///
    /// - Complexity: O(*b*) where *b* is the number of boxes in the few buckets `rect` touches.
    func isFree(_ rect: WorldRect) -> Bool {
        let grown = clearance.grow(rect)
        var free = true
        forEachBucket(touching: grown) { key in
            guard free, let occupants = buckets[key] else { return }
            free = !occupants.contains { $0.intersects(grown) }
        }
        return free
    }

    private func forEachBucket(touching rect: WorldRect, _ body: (Int) -> Void) {
        let firstColumn = Self.floorDivide(rect.x, Self.bucketWidth)
        let lastColumn = Self.floorDivide(rect.maxX - 1, Self.bucketWidth)
        let firstRow = Self.floorDivide(rect.y, Self.bucketHeight)
        let lastRow = Self.floorDivide(rect.maxY - 1, Self.bucketHeight)
        for column in firstColumn...lastColumn {
            for row in firstRow...lastRow {
                body(column << 32 ^ (row & 0xFFFF_FFFF))
            }
        }
    }

    private static func floorDivide(_ value: Int, _ divisor: Int) -> Int {
        value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
    }
}
