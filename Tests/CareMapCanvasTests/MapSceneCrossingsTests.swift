@testable import CareMapCanvas
import CareMapKit
import Testing

/// How a route is charged for the boxes it runs through: each box once, however many of the
/// route's segments meet it, never the link's own two ends, and only within the area given.
@Suite struct MapSceneCrossingsTests {
    private static let scene = MapScene(
        map: CareMap(nodes: ["a", "b", "c", "d"].map { Node(id: NodeID($0), kind: .person, name: $0.uppercased()) }),
        layout: MapLayout(style: .force, positions: [
            "a": MapPoint(x: 0, y: 0), "b": MapPoint(x: 80, y: 0), "c": MapPoint(x: 40, y: 0), "d": MapPoint(x: 40, y: 20),
        ]),
        zoom: .boxes
    )
    private static let everywhere = WorldRect(x: -500, y: -500, width: 1000, height: 1000)

    private func frame(_ place: Int) throws -> WorldRect { try #require(Self.scene.frame(at: place)) }

    @Test func aBoxMetByTwoSegmentsCountsOnce() throws {
        let c = try frame(2)
        // Along c's middle row into the box, then up out of it: both segments meet c.
        let route = LinkRoute(corners: [MapPoint(x: c.x - 10, y: c.y + 1), MapPoint(x: c.x + 2, y: c.y + 1), MapPoint(x: c.x + 2, y: c.y - 40)])
        #expect(Self.scene.crossings(of: route, ends: (0, 1), within: Self.everywhere) == 1)
    }

    @Test func eachBoxOnTheWayCountsButNotTheEnds() throws {
        let (a, c, d) = (try frame(0), try frame(2), try frame(3))
        // From inside a, along c's row past c, then down through d.
        let route = LinkRoute(corners: [MapPoint(x: a.x + 1, y: c.y + 1), MapPoint(x: d.x + 1, y: c.y + 1), MapPoint(x: d.x + 1, y: d.maxY + 5)])
        #expect(Self.scene.crossings(of: route, ends: (0, 1), within: Self.everywhere) == 2)
        #expect(Self.scene.crossings(of: route, ends: (0, 2), within: Self.everywhere) == 1, "c is an end of this link")
        #expect(Self.scene.crossings(of: route, ends: (3, 1), within: Self.everywhere) == 2, "a is crossed when it is not an end")
    }

    @Test func boxesOutsideTheAreaAreNotCharged() throws {
        let c = try frame(2), d = try frame(3)
        let route = LinkRoute(corners: [MapPoint(x: d.x + 1, y: c.y - 10), MapPoint(x: d.x + 1, y: d.maxY + 5)])
        #expect(Self.scene.crossings(of: route, ends: (0, 1), within: Self.everywhere) == 2)
        let aboveD = WorldRect(x: -500, y: -500, width: 1000, height: d.y + 500)
        #expect(Self.scene.crossings(of: route, ends: (0, 1), within: aboveD) == 1)
    }
}
