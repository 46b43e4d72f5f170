import CareMapKit

/// How nodes are arranged on the map.
public enum LayoutStyle: String, CaseIterable, Hashable, Sendable {
    /// The subject at the centre, rings by closeness, nodes grouped by sector into arcs: the
    /// eco-map and concentric network-map convention. The default when the map has a subject.
    case rings
    /// Layers from sources to sinks with crossings reduced: for community maps.
    case layered
    /// A seeded force-directed arrangement: for community maps.
    case force

    /// The style a map opens in: rings around a subject, layered for a community map.
    public static func `default`(for map: CareMap) -> LayoutStyle {
        map.subject == nil ? .layered : .rings
    }
}

/// Where every node sits, in world cells (x right, y down; terminal cells are about twice as tall
/// as they are wide, which layouts allow for).
///
/// A layout is computed from a map and kept as a value beside it, so redrawing, panning and
/// navigation never recompute it; an edit that moves or adds nodes computes a new one.
public struct MapLayout: Hashable, Sendable {
    public var style: LayoutStyle
    /// The centre of each node's box. Every node of the map has one, private nodes included.
    public var positions: [NodeID: MapPoint]

    public init(style: LayoutStyle, positions: [NodeID: MapPoint]) {
        self.style = style
        self.positions = positions
    }

    /// The smallest world rectangle holding every node's box at this zoom; an empty rectangle at
    /// the origin for an empty map.
    ///
    /// - Complexity: O(*n*) for *n* positioned nodes.
    public func bounds(in map: CareMap, zoom: Zoom) -> WorldRect {
        var result: WorldRect?
        // Nodes are read in place: `map.nodes[id]` copies every field of the node out.
        let nodes = map.nodes.values.elements
        for (id, centre) in positions {
            guard let place = map.nodes.index(forKey: id) else { continue }
            let box = NodeBox.frame(named: nodes[place].displayName, isPrivate: nodes[place].isPrivate, centredAt: centre, zoom: zoom)
            result = result.map { $0.union(box) } ?? box
        }
        return result ?? WorldRect(x: 0, y: 0, width: 0, height: 0)
    }
}

/// A rectangle in world cells.
public struct WorldRect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }

    public func contains(_ point: MapPoint) -> Bool {
        point.x >= x && point.x < maxX && point.y >= y && point.y < maxY
    }

    public func intersects(_ other: WorldRect) -> Bool {
        x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
    }

    public func union(_ other: WorldRect) -> WorldRect {
        let minX = min(x, other.x), minY = min(y, other.y)
        return WorldRect(x: minX, y: minY, width: max(maxX, other.maxX) - minX, height: max(maxY, other.maxY) - minY)
    }
}
