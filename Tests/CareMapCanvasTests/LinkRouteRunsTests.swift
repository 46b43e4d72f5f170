@testable import CareMapCanvas
import CareMapKit
import Testing

/// Runs describe a route's cells without listing them; they must describe exactly the cells
/// ``LinkRoute/cells`` lists, and clip to a rectangle exactly as filtering the cells would.
@Suite struct LinkRouteRunsTests {
    /// A random orthogonal route of up to five corners within ±30 cells.
    private static func route(_ random: inout SeededRandom) -> LinkRoute {
        var point = MapPoint(x: Int(random.next() % 61) - 30, y: Int(random.next() % 61) - 30)
        var points = [point]
        for turn in 0..<Int(random.next() % 5 + 1) {
            let step = Int(random.next() % 41) - 20
            point = turn % 2 == 0 ? MapPoint(x: point.x + step, y: point.y) : MapPoint(x: point.x, y: point.y + step)
            points.append(point)
        }
        return LinkRoute(through: points)
    }

    @Test(arguments: 0..<20) func runsListTheSameCellsAsCells(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        for _ in 0..<50 {
            let route = Self.route(&random)
            let listed = route.runs.flatMap { run in (0..<run.count).map(run.cell) }
            #expect(listed == route.cells)
            for (offset, cell) in route.cells.enumerated() { #expect(route.cell(at: offset) == cell) }
            #expect(route.cell(at: route.cells.count) == nil)
        }
    }

    @Test(arguments: 0..<20) func clippingKeepsExactlyTheCellsInside(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        for _ in 0..<50 {
            let route = Self.route(&random)
            let rect = WorldRect(x: Int(random.next() % 41) - 20, y: Int(random.next() % 41) - 20, width: Int(random.next() % 30), height: Int(random.next() % 30))
            let clipped = route.runs.flatMap { run in run.indices(within: rect).map(run.cell) }
            #expect(clipped == route.cells.filter(rect.contains))
        }
    }

    /// Congestion counted run by run equals counting every listed cell, on layers with lines
    /// already drawn.
    @Test(arguments: 0..<10) func congestionMatchesACellByCellCount(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        var layer = LineLayer(origin: MapPoint(x: -15, y: -10), width: 30, height: 20)
        for _ in 0..<8 { layer.draw(Self.route(&random), weight: .light, pattern: .solid, style: .plain) }
        for _ in 0..<30 {
            let route = Self.route(&random)
            var expected = 0
            var previous = route.points[0]
            for point in route.cells {
                defer { previous = point }
                guard layer.bounds.contains(point), let cell = layer.cell(at: point), !cell.isEmpty else { continue }
                let direction = LinkRoute.direction(from: previous, to: point)
                expected += cell[direction] != .none || cell[direction.opposite] != .none ? 6 : 1
            }
            #expect(layer.congestion(of: route) == expected)
        }
    }
}
