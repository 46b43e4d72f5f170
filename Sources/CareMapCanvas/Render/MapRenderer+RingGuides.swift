import CareMapKit
import Foundation

extension MapRenderer {
    /// Faint ring guides behind a rings layout where there is room: a dim `·` every other cell
    /// along each ring's ellipse, on blank cells only, so a guide never touches a box, a line or
    /// a label and reads as background. Drawn after the lines and boxes, before the labels,
    /// which may cover it; at `.boxes` and `.labels` only (see ``MapScene/ringGuides``).
    ///
    /// - Complexity: O(*p*) for the *p* cells of the perimeters of the rings that may cross the
    ///   view; a large map has hundreds of rings, and walking them all cost more than the frame.
    static func drawRingGuides(_ scene: MapScene, on canvas: inout Canvas, viewport: Viewport) {
        guard let guides = scene.ringGuides else { return }
        let guide = Cell(ringGuide, style: CellStyle(.muted, [.dim]))
        for radius in guides.radii where radius >= 2 {
            let ellipse = RingEllipse(centre: guides.centre, radiusY: radius)
            guard ellipse.mayCross(viewport) else { continue }
            var angle = 0.0, last: MapPoint?, count = 0
            while angle < 2 * Double.pi {
                let point = ellipse.point(at: angle)
                angle += ellipse.step(at: angle)
                guard point != last else { continue }
                last = point
                count += 1
                let (x, y) = (point.x - viewport.origin.x, point.y - viewport.origin.y)
                guard count % 2 == 0, canvas.contains(x: x, y: y), canvas[x: x, y: y] == .blank else { continue }
                canvas[x: x, y: y] = guide
            }
        }
    }
}
