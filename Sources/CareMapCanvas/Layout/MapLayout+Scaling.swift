import CareMapKit

extension MapLayout {
    /// The same arrangement drawn smaller: every position multiplied by `x` and `y` (rounded to
    /// the nearest cell), so a zoomed-out drawing of a large map fits a narrow page while each
    /// node keeps its place relative to the others.
    ///
    /// - Complexity: O(*n*) for *n* positioned nodes.
    public func scaled(x: Double, y: Double) -> MapLayout {
        MapLayout(style: style, positions: positions.mapValues { point in
            MapPoint(x: Int((Double(point.x) * x).rounded()), y: Int((Double(point.y) * y).rounded()))
        })
    }

    /// Whether any two nodes' frames at `zoom` overlap or touch side by side, which would run
    /// their names together.
    ///
    /// - Complexity: O(*n* log *n*) when frames are one row tall (`.labels`, `.dots`); rows of
    ///   taller boxes are compared pairwise within each row they share.
    func hasCrowding(in map: CareMap, zoom: Zoom) -> Bool {
        var rows: [Int: [WorldRect]] = [:]
        for (id, centre) in positions {
            guard let node = map.nodes[id] else { continue }
            let frame = NodeBox.frame(of: node, centredAt: centre, zoom: zoom)
            for row in frame.y..<frame.maxY { rows[row, default: []].append(frame) }
        }
        for frames in rows.values {
            let sorted = frames.sorted { $0.x < $1.x }
            for (left, right) in zip(sorted, sorted.dropFirst()) where right.x <= left.maxX { return true }
        }
        return false
    }
}
