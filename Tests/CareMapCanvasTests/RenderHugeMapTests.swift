import CareMapCanvas
import CareMapKit
import Testing

/// Huge maps draw correctly through a small viewport. How fast is measured by the release-build
/// benchmark, not here: timings in debug unit tests only measure the machine's load.
@Suite struct RenderHugeMapTests {
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

    /// A 200 × 60 drawing from `origin`.
    static func render(_ map: CareMap, _ layout: MapLayout, from origin: MapPoint) -> Canvas {
        MapRenderer.render(map, layout: layout, viewport: Viewport(origin: origin, width: 200, height: 60), options: RenderOptions())
    }

    @Test func aSmallViewportOfAHugeMapShowsOnlyWhatIsInView() {
        let (map, layout) = Self.grid(side: 100)
        let canvas = Self.render(map, layout, from: MapPoint(x: 900, y: 280))
        #expect(canvas.text.contains("Person 5050"))
        #expect(!canvas.text.contains("Person 0 "))
        #expect(!canvas.text.contains("Person 9999"))
    }

    @Test func aHubLinkedToEveryoneIsDrawnWithItsTies() {
        var (map, layout) = Self.grid(side: 60)
        map.nodes["hub"] = Node(id: "hub", kind: .person, name: "Hub")
        layout.positions["hub"] = MapPoint(x: 590, y: 177)
        map.links = map.nodes.keys.filter { $0 != "hub" }.map { Link(from: "hub", to: $0) }
        let canvas = Self.render(map, layout, from: MapPoint(x: 500, y: 150))
        #expect(canvas.text.contains(" Hub "))
        #expect(canvas.text.contains("─") || canvas.text.contains("│"))
    }
}
