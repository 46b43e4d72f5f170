import CareMapCanvas
import CareMapKit
import Testing

/// Drawing cost must follow the viewport, not the map: a projected workshop map pans and zooms
/// on every key press.
@Suite struct RenderPerformanceTests {
    /// A 100 × 100 grid of people, each linked to its right and lower neighbours.
    static func grid(side: Int) -> (CareMap, MapLayout) {
        var nodes: [Node] = [], links: [Link] = []
        var positions: [NodeID: MapPoint] = [:]
        for row in 0..<side {
            for column in 0..<side {
                let id = NodeID("n\(row)-\(column)")
                nodes.append(Node(id: id, kind: .person, name: "Person \(row * side + column)"))
                positions[id] = MapPoint(x: column * 20, y: row * 6)
                if column > 0 { links.append(Link(from: NodeID("n\(row)-\(column - 1)"), to: id)) }
                if row > 0 { links.append(Link(from: NodeID("n\(row - 1)-\(column)"), to: id, strength: .strong)) }
            }
        }
        return (CareMap(nodes: nodes, links: links), MapLayout(style: .force, positions: positions))
    }

    /// A 200 × 60 drawing from `origin`, and how long it took.
    static func timedRender(_ map: CareMap, _ layout: MapLayout, from origin: MapPoint) -> (Canvas, Duration) {
        var canvas = Canvas(width: 0, height: 0)
        let elapsed = ContinuousClock().measure {
            canvas = MapRenderer.render(map, layout: layout, viewport: Viewport(origin: origin, width: 200, height: 60), options: RenderOptions())
        }
        return (canvas, elapsed)
    }

    @Test func aSmallViewportOfAHugeMapIsQuick() {
        let (map, layout) = Self.grid(side: 100)
        let (canvas, elapsed) = Self.timedRender(map, layout, from: MapPoint(x: 900, y: 280))
        #expect(canvas.text.contains("Person 5050"))
        // About 90 ms in a debug build on a shared machine (7 ms in release); the bound catches the map-sized costs
        // culling exists to avoid without failing under load.
        #expect(elapsed < .seconds(1), "took \(elapsed)")
    }

    @Test func aHubLinkedToEveryoneIsStillQuick() {
        var (map, layout) = Self.grid(side: 60)
        map.nodes["hub"] = Node(id: "hub", kind: .person, name: "Hub")
        layout.positions["hub"] = MapPoint(x: 590, y: 178)
        map.links = map.nodes.keys.filter { $0 != "hub" }.map { Link(from: "hub", to: $0) }
        let (canvas, elapsed) = Self.timedRender(map, layout, from: MapPoint(x: 500, y: 150))
        #expect(canvas.text.contains(" Hub "))
        // About 1.1 s in a debug build, 60 ms in release (8 s in debug before routing stopped weighing crossings for
        // hairballs, see `MapRenderer.carefulRoutingLimit`).
        #expect(elapsed < .seconds(6), "took \(elapsed)")
    }
}
