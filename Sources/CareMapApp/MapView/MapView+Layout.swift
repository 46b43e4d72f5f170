import CareMapCanvas
import CareMapKit

/// Keeping the layout in step with the map, moving as little as possible.
extension MapView {
    /// Brings the layout up to date after an edit, moving as little as possible.
    ///
    /// In a workshop the map is on the wall while people talk, so an edit must not reshuffle it:
    /// a new node is placed in free space next to the node that was selected, a deleted node
    /// just disappears, and a pinned node goes where it was pinned. Only a change that decides
    /// where nodes belong — the subject, or a node's ring, sector or kind in the rings layout —
    /// lays the map out again.
    mutating func refreshLayout(of map: CareMap, after old: CareMap, near anchor: MapSelection?) {
        if needsFullLayout(of: map, after: old) {
            layout = Layouter.layout(map, style: layoutStyle)
            return
        }
        // The layout is written only where it changes, and nodes are read in place: the kept
        // scene is updated rather than rebuilt while the layout stays the same (see
        // `MapView+Scene.swift`), and copying each node out copies every one of its fields.
        if layout.positions.keys.contains(where: { map.nodes.index(forKey: $0) == nil }) {
            layout.positions = layout.positions.filter { map.nodes.index(forKey: $0.key) != nil }
        }
        let (ids, nodes) = (map.nodes.keys, map.nodes.values.elements)
        for place in nodes.indices {
            let id = ids[place]
            if let pinned = nodes[place].position {
                if layout.positions[id] != pinned { layout.positions[id] = pinned }
            } else if layout.positions[id] == nil {
                layout.positions[id] = freeSpot(for: nodes[place], near: anchorPoint(anchor, in: map), in: map)
            }
        }
    }

    /// Lays `map` out afresh in `style` (or the style the layouter falls back to).
    mutating func relayout(_ map: CareMap, style: LayoutStyle) {
        layout = Layouter.layout(map, style: style)
        layoutStyle = layout.style
    }

    private func needsFullLayout(of map: CareMap, after old: CareMap) -> Bool {
        if map.subject != old.subject { return true }
        guard layout.style == .rings else { return false }
        let (ids, nodes, before) = (map.nodes.keys, map.nodes.values.elements, old.nodes.values.elements)
        return nodes.indices.contains { place in
            // An edit keeps the order of nodes, so the node is looked for at its own place first.
            let id = ids[place]
            guard let was = place < before.count && old.nodes.keys[place] == id ? place : old.nodes.index(forKey: id) else { return false }
            return before[was].ring != nodes[place].ring || before[was].sector != nodes[place].sector || before[was].kind != nodes[place].kind
        }
    }

    private func anchorPoint(_ anchor: MapSelection?, in map: CareMap) -> MapPoint {
        switch anchor {
        case .node(let id)?: if let point = layout.positions[id] { return point }
        case .link(let id)?:
            if let link = map.link(id), let point = layout.positions[link.from] { return point }
        case nil: break
        }
        return MapPoint(x: viewport.origin.x + viewport.width / 2, y: viewport.origin.y + viewport.height / 2)
    }

    /// `anchor` itself, or the nearest point to it on rings of growing size, where the node's box (with a
    /// margin of two columns and one row) meets no other box of the layout.
    ///
    /// - Complexity: O(*r* · *n*) for *n* nodes and *r* candidate points tried.
    func freeSpot(for node: Node, near anchor: MapPoint, in map: CareMap) -> MapPoint {
        Self.freeSpot(for: node, near: anchor, clearOf: boxes(of: layout.positions, in: map))
    }

    /// The full-size boxes of the nodes of `map` placed at `positions`.
    func boxes(of positions: [NodeID: MapPoint], in map: CareMap) -> [WorldRect] {
        positions.compactMap { id, centre in map.nodes[id].map { NodeBox.frame(of: $0, centredAt: centre, zoom: .boxes) } }
    }

    /// The spot ``freeSpot(for:near:in:)`` finds, clear of `boxes`, measured once by the caller
    /// that places many nodes.
    static func freeSpot(for node: Node, near anchor: MapPoint, clearOf boxes: [WorldRect]) -> MapPoint {
        let size = NodeBox.size(of: node, zoom: .boxes)
        func isFree(_ centre: MapPoint) -> Bool {
            let frame = NodeBox.frame(of: node, centredAt: centre, zoom: .boxes)
            let padded = WorldRect(x: frame.x - 2, y: frame.y - 1, width: frame.width + 4, height: frame.height + 2)
            return !boxes.contains { $0.intersects(padded) }
        }
        if isFree(anchor) { return anchor }
        for ring in 1...200 {
            let dx = ring * (size.width / 2 + 4), dy = ring * (size.height + 1)
            let candidates = [
                MapPoint(x: anchor.x + dx, y: anchor.y), MapPoint(x: anchor.x, y: anchor.y + dy),
                MapPoint(x: anchor.x - dx, y: anchor.y), MapPoint(x: anchor.x, y: anchor.y - dy),
                MapPoint(x: anchor.x + dx, y: anchor.y + dy), MapPoint(x: anchor.x - dx, y: anchor.y + dy),
                MapPoint(x: anchor.x + dx, y: anchor.y - dy), MapPoint(x: anchor.x - dx, y: anchor.y - dy),
            ]
            if let spot = candidates.first(where: isFree) { return spot }
        }
        return MapPoint(x: anchor.x, y: anchor.y + 3)
    }
}
