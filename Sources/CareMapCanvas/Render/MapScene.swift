import CareMapKit

/// A map made ready to draw at one zoom: every node's frame, a spatial index of them, and each
/// link's two ends, so drawing a frame costs what the viewport shows rather than the map's size.
///
/// Measuring a name for its frame and looking nodes up by id (hashing strings) are the costly
/// steps, and on a 10,000-node map redoing them for every node and link each frame took longer
/// than the frame may. The editor keeps one scene while the map, layout, zoom and curtain stay
/// the same, and builds a new one after an edit or a zoom; nothing here changes once built.
public struct MapScene: Sendable {
    public let map: CareMap
    /// The layout as drawn, already at this zoom (see ``MapLayout/drawn(at:)``).
    public let layout: MapLayout
    public let zoom: Zoom
    /// The privacy curtain: frames are sized for pseudonyms, and private nodes are masked.
    public let curtain: Bool
    private let pseudonyms: [NodeID: String]
    /// Each node's frame by its place in `map.nodes`; `nil` for a node without a position.
    private let frames: [WorldRect?]
    private let index: NodeIndex
    /// Each link's ends beside `map.links`; `nil` for a self-link or one whose end is missing
    /// or has no position, which is never drawn.
    private let ends: [Ends?]

    /// The two nodes of a link, by place in `map.nodes`, and their centres.
    struct Ends {
        var from: Int
        var to: Int
        var a: MapPoint
        var b: MapPoint
    }

    /// - Complexity: O(*n* + *m*) for *n* nodes (measuring each name once) and *m* links.
    public init(map: CareMap, layout: MapLayout, zoom: Zoom, curtain: Bool = false) {
        self.map = map
        self.layout = layout
        self.zoom = zoom
        self.curtain = curtain
        let pseudonyms = curtain ? map.pseudonyms() : [:]
        let centres = map.nodes.values.map { layout.positions[$0.id] }
        frames = zip(map.nodes.values, centres).map { node, centre in
            guard let centre else { return nil }
            var shown = node
            if curtain { shown.name = pseudonyms[node.id] ?? "" }
            return NodeBox.frame(of: shown, centredAt: centre, zoom: zoom)
        }
        index = NodeIndex(centres: centres)
        ends = map.links.map { link in
            guard link.from != link.to, let from = map.nodes.index(forKey: link.from), let to = map.nodes.index(forKey: link.to),
                  let a = centres[from], let b = centres[to]
            else { return nil }
            return Ends(from: from, to: to, a: a, b: b)
        }
        self.pseudonyms = pseudonyms
    }

    /// The name drawn for a node: its own, or its pseudonym behind the curtain.
    func name(of node: Node) -> String {
        curtain ? pseudonyms[node.id] ?? "" : node.displayName
    }

    /// Whether the node is drawn masked, without name or role.
    func isMasked(_ node: Node) -> Bool { curtain && node.isPrivate }

    /// The frame of the node at `place` in `map.nodes`, sized for the name it shows.
    func frame(at place: Int) -> WorldRect? { frames[place] }

    /// The ends of the link at `index` in `map.links`, or `nil` when it is never drawn.
    func ends(ofLink index: Int) -> Ends? { ends[index] }

    /// How many links the map has, drawn or not.
    var linkCount: Int { ends.count }

    /// The node drawn at world cell `point` (for mouse clicks), topmost first; `nil` on empty
    /// ground.
    ///
    /// - Complexity: O(*k*) for the *k* nodes near `point`.
    public func node(at point: MapPoint) -> NodeID? {
        nodes(meeting: WorldRect(x: point.x, y: point.y, width: 1, height: 1)).last.map { map.nodes.keys[$0] }
    }

    /// The places in `map.nodes` of the nodes whose frames meet `rect`, in map order (the order
    /// they are drawn in).
    ///
    /// - Complexity: O(*k* log *k*) for *k* nodes near `rect`.
    func nodes(meeting rect: WorldRect) -> [Int] {
        unorderedNodes(meeting: rect).sorted()
    }

    /// The places of the nodes whose frames meet `rect`, in no particular order.
    private func unorderedNodes(meeting rect: WorldRect) -> [Int] {
        var places: [Int] = []
        index.forEachCandidate(near: rect) { if frames[$0]?.intersects(rect) == true { places.append($0) } }
        return places
    }

    /// How many boxes other than the link's own, at places `ends`, the route's drawn cells pass
    /// through within `area`.
    ///
    /// Callers pass the viewport grown by ``crossingMargin``: a route is then chosen the same way
    /// wherever the viewport stands as long as it runs within the margin, which holds for the
    /// short links of most maps, while a hub's long links across a huge map cost only what is
    /// near the screen. A long link may take a different route once panned far away.
    ///
    /// - Complexity: O(*s* × (*b* + *k*)) for *s* segments, each under *b* buckets holding *k* nodes.
    func crossings(of route: LinkRoute, ends: (Int, Int), within area: WorldRect) -> Int {
        // Counted without a set or lists (a small map weighs every candidate route of every
        // link this way): a box met by several segments is counted at the first it meets.
        let points = route.points
        func segment(_ index: Int) -> WorldRect? {
            let (start, end) = (points[index], points[index + 1])
            let low = MapPoint(x: max(min(start.x, end.x), area.x), y: max(min(start.y, end.y), area.y))
            let high = MapPoint(x: min(max(start.x, end.x), area.maxX - 1), y: min(max(start.y, end.y), area.maxY - 1))
            guard low.x <= high.x, low.y <= high.y else { return nil }
            return WorldRect(x: low.x, y: low.y, width: high.x - low.x + 1, height: high.y - low.y + 1)
        }
        var crossed = 0
        for current in 0..<max(0, points.count - 1) {
            guard let rect = segment(current) else { continue }
            index.forEachCandidate(near: rect) { place in
                guard place != ends.0, place != ends.1, let frame = frames[place], frame.intersects(rect) else { return }
                let metEarlier = (0..<current).contains { earlier in segment(earlier).map(frame.intersects) ?? false }
                if !metEarlier { crossed += 1 }
            }
        }
        return crossed
    }

    /// How far beyond the viewport boxes still count against a route (see ``crossings(of:ends:within:)``).
    static let crossingMargin = 64
}
