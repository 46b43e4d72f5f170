import CareMapKit
import Foundation

/// The unpinned nodes of a rings layout, grouped by ring and sector, with the wedge of angle each
/// sector owns on every ring.
struct RingArcs {
    /// `groups[ring - 1][sector]`: boxes in map order.
    private var groups: [[[SizedBox]]]
    /// Each ring node's linked nodes other than the subject, for ordering arcs.
    private var neighbours: [NodeID: [NodeID]]
    /// Each sector's wedge as a fraction of a full turn; sectors with no nodes get none. The
    /// search of ``Layouter/searchRings(_:arcs:neighbours:place:count:angle:)`` may move the
    /// boundaries between them (and the first wedge's start a little), never their order.
    private(set) var wedges: [Double]
    /// The sum over sectors of each one's demand on its most crowded ring, in cells per unit of
    /// ring step: the perimeter a unit ring would need.
    private(set) var totalWeight: Double

    init(_ map: CareMap, subject: NodeID) {
        let sectors = Layouter.sectorOrder
        var groups: [[[SizedBox]]] = Array(repeating: Array(repeating: [], count: sectors.count), count: Layouter.outerRing)
        for node in map.nodes.values where node.position == nil && node.id != subject {
            let ring = node.ring.flatMap { Node.rings.contains($0) ? $0 : nil } ?? Layouter.outerRing
            groups[ring - 1][sectors.firstIndex(of: node.sector) ?? 0].append(SizedBox(node))
        }
        // A sector's wedge is in proportion to what it needs on the ring where it is most crowded
        // relative to that ring's length (which grows with the ring's number).
        let weights = sectors.indices.map { sector in
            (0..<Layouter.outerRing).map { ring in Self.demand(of: groups[ring][sector]) / Double(ring + 1) }.max() ?? 0
        }
        let total = weights.reduce(0, +)
        var neighbours: [NodeID: [NodeID]] = [:]
        for link in map.links where link.from != link.to && !link.touches(subject) {
            neighbours[link.from, default: []].append(link.to)
            neighbours[link.to, default: []].append(link.from)
        }
        self.neighbours = neighbours
        self.groups = groups
        self.totalWeight = total
        self.wedges = weights.map { total > 0 ? $0 / total : 0 }
    }

    /// The perimeter `boxes` need side by side: their widths plus clearance.
    private static func demand(of boxes: [SizedBox]) -> Double {
        boxes.reduce(0) { $0 + Double($1.width + 2 * Clearance.standard.horizontal) }
    }

    /// Places every group on its ring at this ring step; `false` when some group overflows its
    /// wedge, leaving `positions` and `grid` partly filled for the caller to discard. `angles`,
    /// when given, orders each arc instead of the neighbours already placed (see
    /// ``Layouter/refineRings(_:subject:arcs:centre:step:start:)``), and `wedges`, when given,
    /// replaces the sectors' own, the first starting `turn` of a full turn clockwise from the top.
    func place(
        around centre: MapPoint, step: Double, into positions: inout [NodeID: MapPoint], grid: inout OccupancyGrid,
        angles: [NodeID: Double]? = nil, wedges: [Double]? = nil, turn: Double = 0
    ) -> Bool {
        let wedges = wedges ?? self.wedges
        for ring in groups.indices {
            let ellipse = RingEllipse(centre: centre, radiusY: step * Double(ring + 1))
            var start = -Double.pi / 2 + 2 * Double.pi * turn
            for (sector, boxes) in groups[ring].enumerated() {
                let end = start + 2 * Double.pi * wedges[sector]
                if !boxes.isEmpty {
                    let ordered = angles.map { Self.order(boxes, by: $0, from: start, to: end) }
                        ?? order(boxes, from: start, to: end, on: ellipse, placed: positions)
                    var walk = ArcWalk(ellipse: ellipse, boxes: ordered)
                    if let angles {
                        // Each box as near its wanted angle as the order and clearance allow, but
                        // no later than where the boxes after it, packed against the wedge's end,
                        // leave room for it: so a box can sit at either edge of its wedge. When
                        // even that does not fit, packed in the middle of it as below.
                        let packed = walk.angles(from: start + ((end - start) - walk.span(from: start)) * Self.flush)
                        walk.targets = zip(ordered, packed).map { box, latest in
                            min(angles[box.id].map { Self.clamp($0, from: start, to: end) } ?? start, latest)
                        }
                        if walk.span(from: start) + start < end {
                            guard walk.place(from: start, before: end, into: &positions, grid: &grid) else { return false }
                            start = end
                            continue
                        }
                        walk.targets = nil
                    }
                    let slack = (end - start) - walk.span(from: start)
                    guard slack >= 0, walk.place(from: start + slack / 2, before: end, into: &positions, grid: &grid)
                    else { return false }
                }
                start = end
            }
        }
        return true
    }
}

extension RingArcs {
    /// One sector's boxes in the order they go round the arc: each near the mean angle of the
    /// nodes it links to that are already placed (on inner rings, or pinned), so links run
    /// outwards instead of across the arc, as in radial tree drawings (Eades, "Drawing free
    /// trees", *Bulletin of the Institute for Combinatorics and its Applications* 5, 1992). A box
    /// with no placed neighbour keeps its share of the arc in map order.
    fileprivate func order(
        _ boxes: [SizedBox], from start: Double, to end: Double, on ellipse: RingEllipse, placed: [NodeID: MapPoint]
    ) -> [SizedBox] {
        let keys = boxes.enumerated().map { index, box -> Double in
            let linked = (neighbours[box.id] ?? []).compactMap { placed[$0] }
            guard !linked.isEmpty else { return start + (Double(index) + 0.5) / Double(boxes.count) * (end - start) }
            let angles = linked.map { ellipse.angle(of: $0) }
            let mean = atan2(angles.reduce(0) { $0 + sin($1) }, angles.reduce(0) { $0 + cos($1) })
            return Self.clamp(mean, from: start, to: end)
        }
        return boxes.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }.map { boxes[$0] }
    }

    /// The boxes sorted by the angles given (clamped into the arc), map order breaking ties; a
    /// box without one keeps its share of the arc in map order.
    fileprivate static func order(_ boxes: [SizedBox], by angles: [NodeID: Double], from start: Double, to end: Double) -> [SizedBox] {
        let keys = boxes.enumerated().map { index, box in
            angles[box.id].map { clamp($0, from: start, to: end) } ?? start + (Double(index) + 0.5) / Double(boxes.count) * (end - start)
        }
        return boxes.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }.map { boxes[$0] }
    }

    /// The nodes of each arc, ring by ring and sector by sector, in map order, with the index
    /// of their sector in ``Layouter/sectorOrder``.
    var arcs: [(sector: Int, ids: [NodeID])] {
        groups.flatMap { $0.enumerated().map { (sector: $0.offset, ids: $0.element.map(\.id)) } }.filter { !$0.ids.isEmpty }
    }

    /// The wedge of `sector` when the sectors have `wedges`, the first starting `turn` of a full
    /// turn clockwise from the top, as angles clockwise from the top.
    static func wedge(of sector: Int, in wedges: [Double], turn: Double) -> (start: Double, end: Double) {
        let start = -Double.pi / 2 + 2 * Double.pi * (turn + wedges[..<sector].reduce(0, +))
        return (start, start + 2 * Double.pi * wedges[sector])
    }

    /// How close to its wedge's end a packing flush with that end leaves the last box: short of
    /// it, because the walk's steps are whole cells and a centre must fall before the end.
    private static let flush = 0.98

    /// `angle` turned into the arc's range of angles, or to the arc's nearer end when outside it.
    fileprivate static func clamp(_ angle: Double, from start: Double, to end: Double) -> Double {
        var turned = angle
        while turned < start { turned += 2 * Double.pi }
        while turned >= start + 2 * Double.pi { turned -= 2 * Double.pi }
        guard turned > end else { return turned }
        return turned - end < start + 2 * Double.pi - turned ? end : start
    }
}

/// One sector's boxes walked along a ring: each goes at the first angle where it keeps its
/// clearance from the one before it (and, when placing for real, from every box already placed).
private struct ArcWalk {
    let ellipse: RingEllipse
    let boxes: [SizedBox]
    /// The angle each box should be at or after, beside `boxes`; none when packed.
    var targets: [Double]?

    init(ellipse: RingEllipse, boxes: [SizedBox]) {
        self.ellipse = ellipse
        self.boxes = boxes
    }

    /// The angle the walk covers from its first box's centre to its last, ignoring other boxes.
    func span(from start: Double) -> Double {
        (angles(from: start).last ?? start) - start
    }

    /// Each box's centre angle when walked from `start`, ignoring other boxes.
    func angles(from start: Double) -> [Double] {
        var angle = start
        var previous: WorldRect?
        return boxes.enumerated().map { index, box in
            angle = max(angle, targets?[index] ?? angle)
            angle = advance(box, from: angle, past: previous, before: angle + 2 * Double.pi)
            previous = frame(box, at: angle)
            return angle
        }
    }

    /// Places the boxes from `start`, skipping past occupied spots; `false` if a centre would
    /// fall at or beyond `end`.
    func place(from start: Double, before end: Double, into positions: inout [NodeID: MapPoint], grid: inout OccupancyGrid) -> Bool {
        var angle = start
        var previous: WorldRect?
        for (index, box) in boxes.enumerated() {
            angle = max(angle, targets?[index] ?? angle)
            angle = advance(box, from: angle, past: previous, before: end)
            while angle < end, !grid.isFree(frame(box, at: angle)) { angle += ellipse.step(at: angle) }
            guard angle < end else { return false }
            let placed = frame(box, at: angle)
            grid.insert(placed)
            positions[box.id] = ellipse.point(at: angle)
            previous = placed
        }
        return true
    }

    /// The first angle from `start` where `box` clears `previous`, or the first at or past `limit`.
    private func advance(_ box: SizedBox, from start: Double, past previous: WorldRect?, before limit: Double) -> Double {
        guard let previous else { return start }
        let clear = Clearance.standard.grow(previous)
        var angle = start
        while angle < limit, frame(box, at: angle).intersects(clear) { angle += ellipse.step(at: angle) }
        return angle
    }

    private func frame(_ box: SizedBox, at angle: Double) -> WorldRect {
        box.frame(centredAt: ellipse.point(at: angle))
    }
}
