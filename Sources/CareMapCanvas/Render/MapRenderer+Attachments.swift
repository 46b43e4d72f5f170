import CareMapKit

extension MapRenderer {
    /// Where a line meets a box: a cell of the box's border, the direction the line leaves it
    /// by, and the line's weight.
    struct Attachment: Hashable {
        var point: MapPoint
        var towards: LineDirection
        var weight: LineWeight

        /// Where a route meets its two boxes: its first and last points, on the borders.
        static func ends(of route: LinkRoute, weight: LineWeight) -> [Attachment] {
            let points = route.points, last = points.count - 1
            return [
                Attachment(point: points[0], towards: LinkRoute.direction(from: points[0], to: points[1]), weight: weight),
                Attachment(point: points[last], towards: LinkRoute.direction(from: points[last], to: points[last - 1]), weight: weight),
            ]
        }
    }

    /// Turns the border cell where a line meets a box into a tee (`╰──┬──╯`, `┗━┯━┛`, `╚═╤═╝`,
    /// `├`), so lines visibly join their boxes. Only plain border pieces change, keeping their
    /// style; corners, role abbreviations, the private marker and anything else are left alone.
    static func attach(_ attachment: Attachment, on canvas: inout Canvas, origin: MapPoint) {
        let (x, y) = (attachment.point.x - origin.x, attachment.point.y - origin.y)
        guard canvas.contains(x: x, y: y) else { return }
        let cell = canvas[x: x, y: y]
        guard let border = cell.text.first, cell.text.count == 1,
              let glyph = tee(on: border, towards: attachment.towards, weight: attachment.weight)
        else { return }
        canvas[x: x, y: y] = Cell(String(glyph), style: cell.style)
    }

    /// The glyph for a line leaving a border piece `border` by `direction`, or `nil` when
    /// `border` is not a straight border piece running across that direction. Double borders
    /// take single lines only (Unicode has no double-and-heavy junctions), so a heavy line
    /// meets a double border as a light one.
    static func tee(on border: Character, towards direction: LineDirection, weight: LineWeight) -> Character? {
        if let doubleTee = doubledTees[border] { return doubleTee[direction] }
        guard let (borderWeight, horizontal) = borderPieces[border], horizontal != direction.isHorizontal else { return nil }
        var cell = LineCell()
        for arm in horizontal ? [LineDirection.left, .right] : [.up, .down] {
            cell.add(arm, weight: borderWeight, pattern: .solid)
        }
        cell.add(direction, weight: weight, pattern: .solid)
        return cell.glyph
    }

    /// The tees of a double border, by border piece and the direction the line leaves by. Built
    /// once: a crowded frame asks for a tee at both ends of every line.
    private static let doubledTees: [Character: [LineDirection: Character]] = [
        "═": [.up: "╧", .down: "╤"], "║": [.left: "╢", .right: "╟"],
    ]

    /// The weight of each straight border piece, and whether it runs across.
    private static let borderPieces: [Character: (LineWeight, Bool)] = [
        "─": (.light, true), "━": (.heavy, true), "│": (.light, false), "┃": (.heavy, false),
    ]
}
