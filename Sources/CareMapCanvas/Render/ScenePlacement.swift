import CareMapKit

/// Where every node's drawing goes in a scene so that no two ever overlap, whatever their names
/// become (pseudonyms behind the curtain are wider than most names; at `.labels` the distances
/// shrink by half while names keep their width; a box may be moved onto another).
///
/// Nodes are placed in priority order, the subject first and then map order, each against those
/// already placed: a node keeps its whole frame when it is free; else its name is shortened with
/// `…` to the widest frame, still centred on the node, that keeps a blank column from its
/// neighbours; else it is drawn as its one-cell dot; and when even that cell is taken it is not
/// drawn, left for the selection and the details panel. Making this a property of the scene,
/// rather than a promise of each layout, is what lets the renderer guarantee that no text is
/// ever drawn over other text. The same greedy, priority-ordered label placement is the usual
/// first step of map labelling (Christensen, Marks and Shieber, "An empirical study of
/// algorithms for point-feature label placement", *ACM Transactions on Graphics* 14(3), 1995).
struct ScenePlacement {
    /// How a node ended up drawn.
    enum Form: UInt8, Hashable, Sendable {
        /// Its whole frame, name uncut (beyond the usual 20-column limit).
        case whole
        /// A narrower frame, the name cut with `…`.
        case shortened
        /// A single dot: no room for any of its name.
        case dot
        /// Not drawn: even its centre cell is another node's.
        case hidden
    }

    private(set) var frames: [WorldRect?]
    private(set) var forms: [Form]
    /// How many nodes each drawn node stands for: 1, or more at ``Zoom/overview`` where the
    /// nodes that fall on a cell already taken are counted into its owner.
    private(set) var counts: [Int]

    /// Places nodes whose wanted frames (by place in the map; `nil` without a position) are
    /// given, in `order`, the places of every positioned node.
    ///
    /// - Complexity: O(*n* × *k*) for *n* nodes and *k* frames near each one; a bucket grid
    ///   finds the neighbours.
    init(wanted: [WorldRect?], order: [Int], zoom: Zoom) {
        frames = Array(repeating: nil, count: wanted.count)
        forms = Array(repeating: .hidden, count: wanted.count)
        counts = Array(repeating: 0, count: wanted.count)
        let gap = zoom.showsNames ? 1 : 0
        var grid = OccupancyGrid(clearance: Clearance(horizontal: gap, vertical: 0))
        var owners: [MapPoint: Int] = [:]
        for place in order {
            guard let frame = wanted[place] else { continue }
            let (placed, form) = Self.place(frame, zoom: zoom, in: grid)
            forms[place] = form
            if let placed {
                frames[place] = placed
                counts[place] = 1
                grid.insert(placed)
                if zoom == .overview { owners[MapPoint(x: placed.x, y: placed.y)] = place }
            } else if zoom == .overview, let owner = owners[MapPoint(x: frame.x, y: frame.y)] {
                counts[owner] += 1
            }
        }
    }

    /// A placement already made, kept by ``MapScene/updated(to:layout:)`` when no frame changed.
    init(frames: [WorldRect?], forms: [Form], counts: [Int]) {
        self.frames = frames
        self.forms = forms
        self.counts = counts
    }

    /// The narrowest a frame is cut to before the node falls back to a dot: room for one
    /// column of name and the `…`.
    static func minimumWidth(at zoom: Zoom) -> Int {
        switch zoom {
        case .boxes: 6
        case .labels: 4
        case .dots, .overview: 1
        }
    }

    private static func place(_ frame: WorldRect, zoom: Zoom, in grid: OccupancyGrid) -> (WorldRect?, Form) {
        if grid.isFree(frame) { return (frame, .whole) }
        let centre = MapPoint(x: frame.x + frame.width / 2, y: frame.y + frame.height / 2)
        let narrowest = min(frame.width, minimumWidth(at: zoom))
        if narrowest < frame.width {
            for width in stride(from: frame.width - 1, through: narrowest, by: -1) {
                let cut = WorldRect(x: centre.x - width / 2, y: frame.y, width: width, height: frame.height)
                if grid.isFree(cut) { return (cut, .shortened) }
            }
        }
        let dot = WorldRect(x: centre.x, y: centre.y, width: 1, height: 1)
        if frame.width > 1, grid.isFree(dot) { return (dot, .dot) }
        return (nil, .hidden)
    }
}
