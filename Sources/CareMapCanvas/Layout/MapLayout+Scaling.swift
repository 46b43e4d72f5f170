import CareMapKit

extension MapLayout {
    /// The same arrangement drawn smaller: every position multiplied by `x` and `y` (rounded to
    /// the nearest cell), so a zoomed-out drawing of a large map fits a narrow page while each
    /// node keeps its place relative to the others.
    ///
    /// - Complexity: O(*n*) for *n* positioned nodes.
    public func scaled(x: Double, y: Double) -> MapLayout {
        MapLayout(style: style, positions: positions.mapValues { $0.scaled(x: x, y: y) })
    }

    /// Whether any two nodes' frames at `zoom` overlap or touch side by side, which would run
    /// their names together.
    ///
    /// - Complexity: O(*n* log *n*) when frames are one row tall (`.labels`, `.dots`); rows of
    ///   taller boxes are compared pairwise within each row they share.
    func hasCrowding(in map: CareMap, zoom: Zoom) -> Bool {
        var rows: [Int: [WorldRect]] = [:]
        let nodes = map.nodes.values.elements
        for (id, centre) in positions {
            guard let place = map.nodes.index(forKey: id) else { continue }
            let frame = NodeBox.frame(named: nodes[place].displayName, isPrivate: nodes[place].isPrivate, centredAt: centre, zoom: zoom)
            for row in frame.y..<frame.maxY { rows[row, default: []].append(frame) }
        }
        for frames in rows.values {
            let sorted = frames.sorted { $0.x < $1.x }
            for (left, right) in zip(sorted, sorted.dropFirst()) where right.x <= left.maxX { return true }
        }
        return false
    }
}

extension Zoom {
    /// How much the arrangement shrinks at this zoom. Zooming out trades names for overview, so
    /// distances shrink with the boxes: a label is one row and a little narrower than its box, a
    /// dot a single cell, so halving and then quartering the distances brings a whole map on
    /// screen while most neighbours stay apart.
    public var scale: (x: Double, y: Double) {
        switch self {
        case .boxes: (1, 1)
        case .labels: (0.5, 0.5)
        case .dots: (0.25, 0.25)
        case .overview: (0.125, 0.125)
        }
    }
}

extension MapLayout {
    /// The layout as drawn at `zoom`: positions shrunk by ``Zoom/scale``. Viewports, hit tests and
    /// drawing at that zoom all work in these coordinates; the stored layout stays at full size.
    ///
    /// - Complexity: O(*n*) for *n* positioned nodes, and free at `.boxes`.
    public func drawn(at zoom: Zoom) -> MapLayout {
        zoom == .boxes ? self : scaled(x: zoom.scale.x, y: zoom.scale.y)
    }
}

extension MapPoint {
    /// The point with its coordinates multiplied by `x` and `y`, rounded to the nearest cell.
    public func scaled(x: Double, y: Double) -> MapPoint {
        MapPoint(x: Int((Double(self.x) * x).rounded()), y: Int((Double(self.y) * y).rounded()))
    }
}
