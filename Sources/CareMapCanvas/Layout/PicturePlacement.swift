import CareMapKit
import Foundation

/// Where a picture (`export --to png|svg|pdf`) puts each node, and the faint rings behind an
/// ego map, from caremap's own layout: Graphviz's `neato -n` then draws exactly this
/// arrangement, so the picture matches the screen.
///
/// A column is 7.2 points and a row 14.4 (a tenth and a fifth of an inch, as in
/// ``LayoutText``), spread by half again across and a third down because Graphviz's shapes
/// (an ellipse or hexagon round a name and a role) are larger than caremap's boxes; y upwards
/// as Graphviz has it. Rings are ellipses through their nodes (``RingGuides``).
public enum PicturePlacement {
    static let pointsPerColumn = LayoutText.inchesPerColumn * 72 * 1.5
    static let pointsPerRow = LayoutText.inchesPerRow * 72 * 1.35
    /// The blank edge around the drawing, in points.
    static let margin = 36.0

    /// Each positioned node's centre in points, the lowest and leftmost box a margin from the
    /// picture's corner.
    public static func positions(_ map: CareMap, layout: MapLayout) -> [NodeID: (x: Double, y: Double)] {
        let bounds = layout.bounds(in: map, zoom: .boxes)
        return layout.positions.mapValues { point(of: $0, in: bounds) }
    }

    private static func point(of cell: MapPoint, in bounds: WorldRect) -> (x: Double, y: Double) {
        (Double(cell.x - bounds.x) * pointsPerColumn + margin, Double(bounds.maxY - cell.y) * pointsPerRow + margin)
    }

    /// A DOT statement drawing one faint dashed ellipse per ring in use behind the map (the
    /// graph's `_background`, in Graphviz's xdot drawing operations, so the rings are not nodes
    /// that edges would be routed round), centred on the subject; none for a layout that is
    /// not rings. Built from numbers only.
    public static func rings(_ map: CareMap, layout: MapLayout) -> [String] {
        guard let guides = RingGuides(map, layout: layout) else { return [] }
        let (x, y) = point(of: guides.centre, in: layout.bounds(in: map, zoom: .boxes))
        let ellipses = guides.radii.map { rows in
            "e \(LayoutText.number(x)) \(LayoutText.number(y)) "
                + "\(LayoutText.number(rows * RingEllipse.aspect * pointsPerColumn)) \(LayoutText.number(rows * pointsPerRow))"
        }
        return ["graph [_background=\"c 7 -#bbbbbb S 6 -dashed " + ellipses.joined(separator: " ") + "\"];"]
    }
}
