import CareMapKit

/// Placing boxes where they do not collide: the pinned nodes every style starts from, and the
/// deterministic sweep that moves a box to the nearest free spot.
extension Layouter {
    /// The pinned nodes' positions, and a grid already holding their boxes so that every other
    /// node avoids them. Pinned nodes may overlap each other: where to pin is the user's choice.
    ///
    /// - Complexity: O(*p*) for *p* pinned nodes.
    static func pinnedStart(_ map: CareMap) -> (positions: [NodeID: MapPoint], grid: OccupancyGrid) {
        var positions: [NodeID: MapPoint] = [:]
        var grid = OccupancyGrid()
        for node in map.nodes.values {
            guard let position = node.position else { continue }
            positions[node.id] = position
            grid.insert(NodeBox.frame(of: node, centredAt: position, zoom: .boxes))
        }
        return (positions, grid)
    }

    /// Places each node, in the order given, at the free spot nearest its wanted centre, and marks
    /// it taken. Earlier nodes win, so the result depends only on the order, which callers make
    /// deterministic.
    ///
    /// - Complexity: O(*n*) grid queries when the wanted spots are mostly free; a node that must
    ///   move *d* cells costs O(*d*²) more.
    static func settle(
        _ wanted: [(node: Node, centre: MapPoint)],
        into positions: inout [NodeID: MapPoint],
        grid: inout OccupancyGrid
    ) {
        for (node, centre) in wanted {
            let spot = nearestFree(for: node, near: centre, in: grid)
            positions[node.id] = spot
            grid.insert(NodeBox.frame(of: node, centredAt: spot, zoom: .boxes))
        }
    }

    /// The free centre nearest `centre` for `node`'s box, searching outwards in growing squares
    /// that are twice as wide as tall (terminal cells are about twice as tall as wide).
    ///
    /// Always returns: the grid holds finitely many boxes, so some square is eventually clear.
    static func nearestFree(for node: Node, near centre: MapPoint, in grid: OccupancyGrid) -> MapPoint {
        let (width, height) = NodeBox.size(of: node, zoom: .boxes)
        func isFree(_ point: MapPoint) -> Bool {
            grid.isFree(WorldRect(x: point.x - width / 2, y: point.y - height / 2, width: width, height: height))
        }
        var distance = 0
        while true {
            for offset in squareRing(distance) {
                let point = MapPoint(x: centre.x + offset.x, y: centre.y + offset.y)
                if isFree(point) { return point }
            }
            distance += 1
        }
    }

    /// The offsets exactly `distance` out (|dx| up to 2·distance, |dy| up to distance), nearest
    /// first in the aspect-corrected metric dx² + 4·dy², ties broken by dy then dx.
    private static func squareRing(_ distance: Int) -> [MapPoint] {
        guard distance > 0 else { return [MapPoint(x: 0, y: 0)] }
        var ring: [MapPoint] = []
        for dy in -distance...distance {
            for dx in -2 * distance...2 * distance where max((abs(dx) + 1) / 2, abs(dy)) == distance {
                ring.append(MapPoint(x: dx, y: dy))
            }
        }
        return ring.sorted {
            ($0.x * $0.x + 4 * $0.y * $0.y, $0.y, $0.x) < ($1.x * $1.x + 4 * $1.y * $1.y, $1.y, $1.x)
        }
    }
}
