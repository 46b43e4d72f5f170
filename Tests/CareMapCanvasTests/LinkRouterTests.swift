@testable import CareMapCanvas
import CareMapKit
import Testing

@Suite struct LinkRouterTests {
    private let left = WorldRect(x: 0, y: 0, width: 7, height: 3)

    @Test func boxesSharingRowsGetAStraightLine() throws {
        let right = WorldRect(x: 20, y: 1, width: 7, height: 3)
        let route = try #require(LinkRouter.route(from: left, to: right) { _ in 0 })
        #expect(route.bends == 0)
        #expect(route.points == [MapPoint(x: 6, y: 1), MapPoint(x: 20, y: 1)] || route.points == [MapPoint(x: 6, y: 2), MapPoint(x: 20, y: 2)])
        #expect(route.length == 13)
    }

    @Test func diagonalBoxesGetOneCorner() throws {
        let below = WorldRect(x: 20, y: 10, width: 7, height: 3)
        let route = try #require(LinkRouter.route(from: left, to: below) { _ in 0 })
        #expect(route.bends == 1)
        #expect(route.cells.allSatisfy { !left.contains($0) && !below.contains($0) })
    }

    @Test func theCostSteersTheChoice() throws {
        let right = WorldRect(x: 20, y: 0, width: 7, height: 3)
        let straight = try #require(LinkRouter.route(from: left, to: right) { _ in 0 })
        let detour = try #require(LinkRouter.route(from: left, to: right) { $0 == straight ? 1000 : 0 })
        #expect(detour != straight)
        #expect(detour.bends >= 2)
    }

    @Test func overlappingBoxesStillMeetOutsideBoth() throws {
        let overlapping = WorldRect(x: 3, y: 1, width: 7, height: 3)
        let route = try #require(LinkRouter.route(from: left, to: overlapping) { _ in 0 })
        #expect(route.cells.allSatisfy { !left.contains($0) && !overlapping.contains($0) })
    }

    @Test func aBoxInsideAnotherHasNoRoute() {
        let outer = WorldRect(x: 0, y: 0, width: 9, height: 5), inner = WorldRect(x: 2, y: 1, width: 5, height: 3)
        #expect(LinkRouter.route(from: outer, to: inner) { _ in 0 } == nil)
    }
}
