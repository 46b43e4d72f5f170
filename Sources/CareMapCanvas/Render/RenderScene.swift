import CareMapKit

/// What one drawing needs to know about a map beyond the map itself: the name each node shows,
/// the frame it takes at this zoom, and a spatial index to find nodes quickly.
///
/// Frames are measured lazily and cached, since measuring a name is the costly step and a
/// viewport usually shows a small part of the map.
struct RenderScene {
    let map: CareMap
    let layout: MapLayout
    let zoom: Zoom
    let curtain: Bool
    private let pseudonyms: [NodeID: String]
    private let index: NodeIndex
    private var frames: [NodeID: WorldRect] = [:]

    init(map: CareMap, layout: MapLayout, zoom: Zoom, curtain: Bool) {
        self.map = map
        self.layout = layout
        self.zoom = zoom
        self.curtain = curtain
        pseudonyms = curtain ? map.pseudonyms() : [:]
        index = NodeIndex(positions: layout.positions)
    }

    /// The name drawn for a node: its own, or its pseudonym behind the curtain.
    func name(of node: Node) -> String {
        curtain ? pseudonyms[node.id] ?? "" : node.displayName
    }

    /// Whether the node is drawn masked, without name or role.
    func isMasked(_ node: Node) -> Bool { curtain && node.isPrivate }

    /// The node's frame at this zoom, sized for the name it shows; `nil` for a node that is not
    /// in the map or has no position.
    mutating func frame(of id: NodeID) -> WorldRect? {
        if let frame = frames[id] { return frame }
        guard var node = map.nodes[id], let centre = layout.positions[id] else { return nil }
        if curtain { node.name = name(of: node) }
        let frame = NodeBox.frame(of: node, centredAt: centre, zoom: zoom)
        frames[id] = frame
        return frame
    }

    /// The nodes whose frames meet `rect`, in map order (the order they are drawn in).
    ///
    /// - Complexity: O(*k* log *k*) for *k* nodes near `rect`.
    mutating func nodes(meeting rect: WorldRect) -> [NodeID] {
        unorderedNodes(meeting: rect)
            .compactMap { id in map.nodes.index(forKey: id).map { (order: $0, id: id) } }
            .sorted { $0.order < $1.order }
            .map(\.id)
    }

    /// The nodes of the map whose frames meet `rect`, in no particular order.
    private mutating func unorderedNodes(meeting rect: WorldRect) -> [NodeID] {
        index.candidates(near: rect).filter { id in frame(of: id)?.intersects(rect) == true }
    }

    /// How many boxes other than `ends` the route's drawn cells pass through within `area`.
    ///
    /// Callers pass the viewport grown by ``crossingMargin``: a route is then chosen the same way
    /// wherever the viewport stands as long as it runs within the margin, which holds for the
    /// short links of most maps, while a hub's long links across a huge map cost only what is
    /// near the screen. A long link may take a different route once panned far away.
    ///
    /// - Complexity: O(*s* × (*b* + *k*)) for *s* segments, each under *b* buckets holding *k* nodes.
    mutating func crossings(of route: LinkRoute, ends: (NodeID, NodeID), within area: WorldRect) -> Int {
        var crossed: Set<NodeID> = []
        for (start, end) in zip(route.points, route.points.dropFirst()) {
            let low = MapPoint(x: max(min(start.x, end.x), area.x), y: max(min(start.y, end.y), area.y))
            let high = MapPoint(x: min(max(start.x, end.x), area.maxX - 1), y: min(max(start.y, end.y), area.maxY - 1))
            guard low.x <= high.x, low.y <= high.y else { continue }
            let segment = WorldRect(x: low.x, y: low.y, width: high.x - low.x + 1, height: high.y - low.y + 1)
            for id in unorderedNodes(meeting: segment) where id != ends.0 && id != ends.1 { crossed.insert(id) }
        }
        return crossed.count
    }

    /// How far beyond the viewport boxes still count against a route (see ``crossings(of:ends:within:)``).
    static let crossingMargin = 64
}
