@testable import CareMapCanvas
import CareMapKit
import Testing

/// Ring guides walk only the rings that may cross the view: the test that decides it must never
/// skip a ring that has a cell in view.
@Suite struct RingEllipseTests {
    @Test func aViewWhollyInsideOrOutsideARingIsSkipped() {
        let ring = RingEllipse(centre: MapPoint(x: 0, y: 0), radiusY: 100)
        #expect(!ring.mayCross(Viewport(origin: MapPoint(x: -40, y: -12), width: 80, height: 24)))
        #expect(!ring.mayCross(Viewport(origin: MapPoint(x: 300, y: 0), width: 80, height: 24)))
        #expect(!ring.mayCross(Viewport(origin: MapPoint(x: 0, y: -200), width: 80, height: 24)))
    }

    @Test(arguments: [3, 10, 57, 400])
    func everyRingWithACellInViewIsWalked(radius: Int) {
        let ring = RingEllipse(centre: MapPoint(x: 5, y: -3), radiusY: Double(radius))
        var angle = 0.0
        while angle < 2 * Double.pi {
            let point = ring.point(at: angle)
            angle += ring.step(at: angle)
            for (dx, dy) in [(0, 0), (-79, -23), (-40, -12), (0, -23), (-79, 0)] {
                let view = Viewport(origin: MapPoint(x: point.x + dx, y: point.y + dy), width: 80, height: 24)
                #expect(ring.mayCross(view), "ring \(radius) at \(point) is in \(view) but was skipped")
            }
        }
    }
}
