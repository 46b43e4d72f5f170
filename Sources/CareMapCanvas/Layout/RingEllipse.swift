import CareMapKit
import Foundation

/// One ring of a rings layout: an ellipse around the subject, ``aspect`` times as wide as it is
/// tall so that it looks round on a terminal, whose cells are about twice as tall as wide.
struct RingEllipse {
    /// Width over height of every ring.
    static let aspect = 2.2

    /// The perimeter, in cells, of the ring whose vertical radius is one cell; a ring's perimeter
    /// grows in proportion to its radius. Ramanujan's first approximation (S. Ramanujan, "Modular
    /// equations and approximations to π", *Quarterly Journal of Mathematics* 45, 1914).
    static let unitPerimeter: Double = {
        let (a, b) = (aspect, 1.0)
        return Double.pi * (3 * (a + b) - ((3 * a + b) * (a + 3 * b)).squareRoot())
    }()

    let centre: MapPoint
    let radiusY: Double
    var radiusX: Double { radiusY * Self.aspect }

    /// The cell at `angle` (radians, clockwise from the right on screen, since y grows downwards).
    func point(at angle: Double) -> MapPoint {
        MapPoint(
            x: centre.x + Int((radiusX * cos(angle)).rounded()),
            y: centre.y + Int((radiusY * sin(angle)).rounded())
        )
    }

    /// The angle that moves about one cell along the ellipse from `angle`, so that walking the
    /// ring visits every cell on it without wasting steps.
    func step(at angle: Double) -> Double {
        let speed = ((radiusX * sin(angle)) * (radiusX * sin(angle)) + (radiusY * cos(angle)) * (radiusY * cos(angle)))
            .squareRoot()
        return 1 / max(speed, 1)
    }

    /// The angle at which a ray from the centre through `point` meets this ellipse: the inverse
    /// of ``point(at:)``, in (−π, π].
    func angle(of point: MapPoint) -> Double {
        atan2(Double(point.y - centre.y) / radiusY, Double(point.x - centre.x) / radiusX)
    }

    /// Whether the ring may pass through `viewport`: `false` when the view lies wholly outside
    /// the ring's bounding box, or wholly inside the ring (an ellipse is convex, so a rectangle
    /// whose four corners are inside it is inside it), with a cell of slack for rounding.
    func mayCross(_ viewport: Viewport) -> Bool {
        let (left, top) = (Double(viewport.origin.x - 1), Double(viewport.origin.y - 1))
        let (right, bottom) = (Double(viewport.origin.x + viewport.width + 1), Double(viewport.origin.y + viewport.height + 1))
        let (cx, cy) = (Double(centre.x), Double(centre.y))
        if right < cx - radiusX - 1 || left > cx + radiusX + 1 || bottom < cy - radiusY - 1 || top > cy + radiusY + 1 { return false }
        let inner = (rx: max(radiusX - 1, 0), ry: max(radiusY - 1, 0))
        guard inner.rx > 0, inner.ry > 0 else { return true }
        let cornersInside = [(left, top), (right, top), (left, bottom), (right, bottom)].allSatisfy { x, y in
            let (dx, dy) = ((x - cx) / inner.rx, (y - cy) / inner.ry)
            return dx * dx + dy * dy < 1
        }
        return !cornersInside
    }
}
