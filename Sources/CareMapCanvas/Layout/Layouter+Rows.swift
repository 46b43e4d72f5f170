import CareMapKit

/// Nodes in plain rows: where a layout puts what its structure says nothing about.
extension Layouter {
    /// The widest a row of boxes grows before wrapping, in cells.
    static let rowWidth = 120

    /// Wanted centres for `nodes` in rows left to right from `origin` (the top-left corner of the
    /// first box), wrapping at `width` cells and leaving the standard clearance between boxes.
    ///
    /// - Complexity: O(*n*).
    static func rows(of nodes: [Node], from origin: MapPoint, width: Int = rowWidth) -> [(node: Node, centre: MapPoint)] {
        let clearance = Clearance.standard
        var result: [(node: Node, centre: MapPoint)] = []
        var x = origin.x, y = origin.y
        for node in nodes {
            let (boxWidth, boxHeight) = NodeBox.size(of: node, zoom: .boxes)
            if x > origin.x, x + boxWidth > origin.x + width {
                x = origin.x
                y += boxHeight + 2 * clearance.vertical
            }
            result.append((node, MapPoint(x: x + boxWidth / 2, y: y + boxHeight / 2)))
            x += boxWidth + 2 * clearance.horizontal
        }
        return result
    }
}
