import CareMapKit

/// Boxes in plain rows: where a layout puts what its structure says nothing about.
extension Layouter {
    /// The widest a row of boxes grows before wrapping, in cells.
    static let rowWidth = 120

    /// Wanted centres for `boxes` in rows left to right from `origin` (the top-left corner of the
    /// first box), wrapping at `width` cells and leaving the standard clearance between boxes.
    ///
    /// - Complexity: O(*n*).
    static func rows(of boxes: [SizedBox], from origin: MapPoint, width: Int = rowWidth) -> [(box: SizedBox, centre: MapPoint)] {
        let clearance = Clearance.standard
        var result: [(box: SizedBox, centre: MapPoint)] = []
        var x = origin.x, y = origin.y
        for box in boxes {
            if x > origin.x, x + box.width > origin.x + width {
                x = origin.x
                y += box.height + 2 * clearance.vertical
            }
            result.append((box, MapPoint(x: x + box.width / 2, y: y + box.height / 2)))
            x += box.width + 2 * clearance.horizontal
        }
        return result
    }
}
