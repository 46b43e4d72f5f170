@testable import CareMapCanvas
import CareMapKit
import Testing

/// ``NodeIndex/forEachCandidate(near:_:)`` must offer every node whose box can meet the
/// rectangle, once, whether the index keeps a dense grid (nodes packed, as a layout leaves them)
/// or a dictionary (a few pinned far out, up to the file format's ±1,000,000).
@Suite struct NodeIndexTests {
    @Test(arguments: [(0 as UInt64, false), (1, false), (2, true), (3, true)])
    func everyNodeWhoseBoxCanMeetTheRectangleIsOfferedOnce(seed: UInt64, farOutliers: Bool) {
        var random = SeededRandom(seed: seed)
        func coordinate(_ span: Int) -> Int { Int(random.next() % UInt64(2 * span + 1)) - span }
        var centres: [MapPoint?] = (0..<400).map { _ in
            random.next() % 10 == 0 ? nil : MapPoint(x: coordinate(300), y: coordinate(120))
        }
        if farOutliers {
            centres += [MapPoint(x: 1_000_000, y: -1_000_000), MapPoint(x: -1_000_000, y: 999_999)]
        }
        let index = NodeIndex(centres: centres)
        // Half a widest box across and a box's height, beyond the rectangle's edge.
        let (reachX, reachY) = ((NodeBox.maximumNameWidth + 4) / 2, 2)
        for _ in 0..<200 {
            let rect = WorldRect(x: coordinate(400), y: coordinate(160), width: Int(random.next() % 120) + 1, height: Int(random.next() % 50) + 1)
            var offered: [Int] = []
            index.forEachCandidate(near: rect) { offered.append($0) }
            #expect(Set(offered).count == offered.count, "a node offered twice near \(rect)")
            for (place, centre) in centres.enumerated() {
                guard let centre else {
                    #expect(!offered.contains(place))
                    continue
                }
                let meets = centre.x >= rect.x - reachX && centre.x < rect.maxX + reachX
                    && centre.y >= rect.y - reachY && centre.y < rect.maxY + reachY
                if meets { #expect(offered.contains(place), "\(centre) not offered near \(rect)") }
            }
        }
    }
}
