import CareMapKit
import Foundation

extension MapRenderer {
    /// Faint ring guides behind a rings layout where there is room: dim `·`s at even steps of
    /// angle round each ring's ellipse, on blank cells only, so a guide never touches a box, a
    /// line or a label and reads as background. Drawn after the lines and boxes, before the
    /// labels, which may cover it; at `.boxes` and `.labels` only (see ``MapScene/ringGuides``).
    ///
    /// The ellipse undoes the cells' aspect, so even steps of angle are even steps on screen:
    /// about two and a half columns apart where a ring runs across, a row apart where it runs
    /// down. Each dot is a function of its step alone, not of where drawing began, so the dots
    /// stay put as the view scrolls; and the steps leap over the parts of a ring far from the
    /// view, which on a large map are nearly all of it.
    ///
    /// - Complexity: O(*v* + log *p*) a ring for the *v* dots of it in or near the view, of *p*
    ///   in all, for the rings that may cross the view.
    static func drawRingGuides(_ scene: MapScene, on canvas: inout Canvas, viewport: Viewport) {
        guard let guides = scene.ringGuides else { return }
        let guide = Cell(ringGuide, style: CellStyle(.muted, [.dim]))
        for radius in guides.radii where radius >= 2 {
            let ellipse = RingEllipse(centre: guides.centre, radiusY: radius)
            guard ellipse.mayCross(viewport) else { continue }
            let steps = Int((2 * Double.pi * radius / 1.1).rounded())
            // A step moves a dot at most radiusX × 2π / steps columns; rounding adds a cell.
            let reach = ellipse.radiusX * 2 * Double.pi / Double(steps)
            func dot(_ step: Int) -> MapPoint { ellipse.point(at: 2 * Double.pi * Double(step) / Double(steps)) }
            var step = 0
            while step < steps {
                let point = dot(step)
                let (x, y) = (point.x - viewport.origin.x, point.y - viewport.origin.y)
                let away = max(-x, x - canvas.width + 1, -y, y - canvas.height + 1, 0)
                defer { step += max(1, Int(Double(away - 2) / reach)) }
                guard away == 0, canvas[x: x, y: y] == .blank else { continue }
                // Where a ring turns, two steps can land side by side on a row; keep the first.
                let before = dot(step - 1)
                guard before.y != point.y || abs(before.x - point.x) > 1 else { continue }
                canvas[x: x, y: y] = guide
            }
        }
    }
}
