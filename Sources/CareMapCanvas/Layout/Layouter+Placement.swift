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

    /// Places each box, in the order given, at the free spot nearest its wanted centre, and marks
    /// it taken. Earlier boxes win, so the result depends only on the order, which callers make
    /// deterministic.
    ///
    /// - Complexity: O(*n*) grid queries when the wanted spots are mostly free; a box that must
    ///   move *d* cells costs O(*d*²) more.
    static func settle(
        _ wanted: [(box: SizedBox, centre: MapPoint)],
        into positions: inout [NodeID: MapPoint],
        grid: inout OccupancyGrid
    ) {
        var search = SpiralSearch()
        for (box, centre) in wanted {
            let spot = search.nearestFree(for: box, near: centre, in: grid)
            positions[box.id] = spot
            grid.insert(box.frame(centredAt: spot))
        }
    }
}

/// Searches outwards from a wanted centre for a spot where a box fits, in growing rectangles
/// twice as wide as tall (terminal cells are about twice as tall as wide). The offsets of each
/// rectangle are worked out once and kept, since every search walks the same ones.
struct SpiralSearch {
    private var rings: [[MapPoint]] = [[MapPoint(x: 0, y: 0)]]

    /// The free centre nearest `centre` for `box`.
    ///
    /// Always returns: the grid holds finitely many boxes, so some rectangle is eventually clear.
    mutating func nearestFree(for box: SizedBox, near centre: MapPoint, in grid: OccupancyGrid) -> MapPoint {
        var distance = 0
        while true {
            if distance == rings.count { rings.append(Self.ring(distance)) }
            for offset in rings[distance] {
                let point = MapPoint(x: centre.x + offset.x, y: centre.y + offset.y)
                if grid.isFree(box.frame(centredAt: point)) { return point }
            }
            distance += 1
        }
    }

    /// The offsets exactly `distance` out (|dx| up to 2·distance, |dy| up to distance), nearest
    /// first in the aspect-corrected metric dx² + 4·dy², ties broken by dy then dx.
    private static func ring(_ distance: Int) -> [MapPoint] {
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
