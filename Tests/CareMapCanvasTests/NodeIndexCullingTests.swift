@testable import CareMapCanvas
import CareMapKit
import Testing

/// ``NodeIndex/mayShow(between:and:_:)`` lets drawing skip routing a link; it must never skip
/// one that could draw in the rectangle, whatever route the router picks.
@Suite struct NodeIndexCullingTests {
    @Test(arguments: 0..<20) func noCandidateRouteDrawsInARectTheTestRulesOut(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        func coordinate(_ span: Int) -> Int { Int(random.next() % UInt64(2 * span + 1)) - span }
        func node(_ id: String) -> Node {
            Node(id: NodeID(id), kind: .person, name: String(repeating: "n", count: Int(random.next() % 30) + 1))
        }
        var checked = 0
        for _ in 0..<200 {
            let (a, b) = (MapPoint(x: coordinate(150), y: coordinate(60)), MapPoint(x: coordinate(150), y: coordinate(60)))
            let from = NodeBox.frame(of: node("a"), centredAt: a, zoom: .boxes)
            let to = NodeBox.frame(of: node("b"), centredAt: b, zoom: .boxes)
            let rect = WorldRect(x: coordinate(150), y: coordinate(60), width: Int(random.next() % 60) + 1, height: Int(random.next() % 20) + 1)
            guard !NodeIndex.mayShow(between: a, and: b, rect) else { continue }
            checked += 1
            for route in LinkRouter.candidates(from: from, to: to) {
                #expect(!route.points.contains(where: rect.contains), "a border or corner of \(route.points) is in \(rect)")
                #expect(!route.cells.contains(where: rect.contains), "\(route.points) draws in \(rect)")
                for (start, end) in zip(route.points, route.points.dropFirst()) where start.x == end.x {
                    let label = WorldRect(x: start.x + 1, y: (start.y + end.y) / 2, width: NodeBox.maximumNameWidth + 1, height: 1)
                    #expect(!label.intersects(rect), "a label beside \(route.points) could reach \(rect)")
                }
            }
        }
        #expect(checked > 20, "too few links were ruled out to test anything")
    }
}
