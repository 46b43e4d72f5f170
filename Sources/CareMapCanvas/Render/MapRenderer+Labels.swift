import CareMapKit

extension MapRenderer {
    /// Places tie labels once the boxes are drawn, each on cells that hold no box and no label
    /// placed before it, so a label never covers a name and two labels never run together; and
    /// on no line but a straight piece of its own, so it never cuts another tie or a junction.
    ///
    /// A label is tried on its route's segments, longest first: over the middle of a horizontal
    /// segment (leaving a cell of line at the start and room for an arrowhead at the end), or
    /// beside the middle of a vertical one. Where the whole label does not fit it is cut with
    /// `…`, down to one column and the `…`; where not even that fits anywhere it is left out,
    /// and the details panel shows it. Labels wholly on the canvas only, so a label is never
    /// silently clipped at the edge.
    ///
    /// - Complexity: O(*W* × *H* + *l* × *s* × *w*²) on a *W* × *H* canvas for *l* labels of up to *s*
    ///   segments and *w* ≤ 20 columns; each label is measured once (``DisplayWidth/Cuts``).
    static func placeLabels(_ labels: [PendingLabel], on frame: inout DrawnFrame, viewport: Viewport) {
        guard !labels.isEmpty else { return }
        let (width, height) = (frame.canvas.width, frame.canvas.height)
        // What each cell lets a label cover, read off the canvas once rather than per try.
        var cover = [Cover](repeating: .nothing, count: width * height)
        for y in 0..<height {
            for x in 0..<width {
                let text = frame.canvas[x: x, y: y].text
                cover[y * width + x] = text == " " || text == ringGuide ? .anything : straightAlong.contains(text) ? .ownLine : .nothing
            }
        }
        for (_, rect) in frame.nodes {
            for y in max(0, rect.y)..<max(max(0, rect.y), min(height, rect.maxY)) {
                for x in max(0, rect.x)..<max(max(0, rect.x), min(width, rect.maxX)) { cover[y * width + x] = .nothing }
            }
        }
        func isFree(x: Int, y: Int, columns: Int, own: Range<Int>?) -> Bool {
            guard y >= 0, y < height, x >= 0, x + columns <= width else { return false }
            return (x..<(x + columns)).allSatisfy { column in
                switch cover[y * width + column] {
                case .anything: true
                case .ownLine: own?.contains(column) == true
                case .nothing: false
                }
            }
        }
        for label in labels {
            let safe = SafeText.visible(label.text)
            let cuts = DisplayWidth.Cuts(safe, upTo: NodeBox.maximumNameWidth)
            let whole = cuts.columns(cutTo: NodeBox.maximumNameWidth)
            let cutAlready = cuts.text(cutTo: NodeBox.maximumNameWidth) != safe
            var placed = false
            for spot in spots(along: label.route, origin: viewport.origin) where !placed {
                let room = min(whole, spot.room)
                guard room >= 2 else { continue }
                for columns in stride(from: room, through: 2, by: -1) {
                    let span = cuts.columns(cutTo: columns) + 2
                    let x = spot.isBeside ? spot.middle.x + 1 : spot.middle.x - span / 2
                    guard isFree(x: x, y: spot.middle.y, columns: span, own: spot.own) else { continue }
                    frame.write(" " + cuts.text(cutTo: columns) + " ", x: x, y: spot.middle.y, style: label.style)
                    for column in x..<(x + span) { cover[spot.middle.y * width + column] = .nothing }
                    if columns < whole || cutAlready { frame.labelsShortened += 1 }
                    placed = true
                    break
                }
            }
            if !placed { frame.labelsHidden += 1 }
        }
    }

    /// What a label may be written over in one cell.
    private enum Cover {
        /// A box, a label placed before, a junction, a mark or text: never.
        case nothing
        /// A blank cell or a ring guide's dot.
        case anything
        /// A straight piece of line: only by the label of the tie whose segment it is.
        case ownLine
    }

    /// Where a label may go along a route, in canvas coordinates: the middle of each segment,
    /// longest first, with the columns of label text it has room for.
    private static func spots(
        along route: LinkRoute, origin: MapPoint
    ) -> [(middle: MapPoint, room: Int, isBeside: Bool, own: Range<Int>?)] {
        let segments = zip(route.points, route.points.dropFirst()).map { ($0, $1) }
        return segments.sorted { length($0) > length($1) }.map { start, end in
            let middle = MapPoint(x: (start.x + end.x) / 2 - origin.x, y: (start.y + end.y) / 2 - origin.y)
            if start.y == end.y {
                let own = (min(start.x, end.x) - origin.x + 1)..<(max(start.x, end.x) - origin.x)
                return (middle, min(NodeBox.maximumNameWidth, abs(end.x - start.x) - 3) - 2, false, own)
            }
            return (middle, NodeBox.maximumNameWidth, true, nil)
        }
    }

    /// A ring guide's dot, which a label may cover (see ``drawRingGuides(_:on:viewport:)``).
    static let ringGuide = "·"

    /// What a label may cover on its own horizontal segment: the line's straight pieces and the
    /// marks along it, never a junction where another tie meets or crosses it.
    private static let straightAlong: Set<String> = ["─", "━", "╌", "╍", "┈", "┉", "╳", "≈", "╱"]

    private static func length(_ segment: (MapPoint, MapPoint)) -> Int {
        abs(segment.0.x - segment.1.x) + abs(segment.0.y - segment.1.y)
    }
}
