import CareMapCanvas
import CareMapKit

/// One entry of a list drawn as a band across the map: its lines, wrapped, under a heading
/// when it starts a section.
struct BandEntry {
    var heading: String?
    var lines: [String]

    var height: Int { lines.count + (heading == nil ? 0 : 1) }
}

/// The lists drawn as a band across the map, at the foot or the top, whichever is away from the
/// selection: the insights panel and the changes panel, drawn and paged alike.
extension Editor {
    /// Where a band goes above the status row: `top` and `height` in rows. It covers at most
    /// half the map, on the side of the selection's box with more room, and no more of that
    /// side than the room there, so the box stays in view.
    func listBand(above statusRow: Int) -> (top: Int, height: Int) {
        let half = max(3, statusRow / 2)
        guard let box = focusBoxOnScreen else { return (statusRow - half, half) }
        let above = box.y, below = statusRow - box.y - box.height
        if below >= above { return (statusRow - min(half, max(3, below)), min(half, max(3, below))) }
        return (0, min(half, max(3, above)))
    }

    /// An entry numbered `number`, its text wrapped to `width` and continued under the number.
    static func bandEntry(number: Int, text: String, width: Int, heading: String? = nil) -> BandEntry {
        let lead = " \(number). "
        let lines = TextWrap.lines(SafeText.visible(text), width: max(1, width - 1), first: lead, rest: String(repeating: " ", count: lead.count))
        return BandEntry(heading: heading, lines: lines)
    }

    /// A footer of at most two rows: `text` after an arrow, as the chosen entry's next step.
    static func bandFooter(_ text: String, width: Int) -> [String] {
        Array(TextWrap.lines(SafeText.visible(text), width: max(1, width - 1), first: " → ", rest: "   ").prefix(2))
    }

    /// The entries shown with `selected` chosen: the list scrolled so the chosen one is whole.
    private static func bandWindow(selected: Int, entries: [BandEntry], space: Int) -> Range<Int> {
        var first = 0
        while first < selected, entries[first...selected].map(\.height).reduce(0, +) > space { first += 1 }
        var end = first, used = 0
        while end < entries.count, used + entries[end].height <= space || end == first {
            used += entries[end].height
            end += 1
        }
        return first..<end
    }

    /// How many entries a page of the band shows from `selected`, for PgUp and PgDn.
    func bandPage(selected: Int, entries: [BandEntry], footer: [String]) -> Int {
        let band = listBand(above: screenLayout.statusRow)
        return max(1, Self.bandWindow(selected: selected, entries: entries, space: band.height - 1 - footer.count).count)
    }

    /// The band: `title` reversed across the top (with which entries show when not all do), as
    /// many entries as fit with the chosen one reversed, and `footer` in the accent colour.
    func drawBand(title: String, entries: [BandEntry], selected: Int, footer: [String], on canvas: inout Canvas, above statusRow: Int) {
        let band = listBand(above: statusRow)
        guard band.height >= 3, statusRow > band.height else { return }
        let window = Self.bandWindow(selected: selected, entries: entries, space: band.height - 1 - footer.count)
        let heading = CellStyle(.chrome, [.reverse, .bold])
        canvas.fill(x: 0, y: band.top, width: canvas.width, height: band.height, with: Cell(" ", style: CellStyle(.chrome)))
        canvas.fill(x: 0, y: band.top, width: canvas.width, height: 1, with: Cell(" ", style: heading))
        let more = window.count < entries.count ? " · \(window.lowerBound + 1)–\(window.upperBound) shown, PgUp/PgDn for more" : ""
        canvas.write(" " + title + more, x: 0, y: band.top, style: heading, maxWidth: canvas.width)
        var y = band.top + 1
        let end = band.top + band.height - footer.count
        for index in window {
            if let section = entries[index].heading, y < end {
                canvas.write(" " + section, x: 0, y: y, style: CellStyle(.chrome, [.bold, .underline]), maxWidth: canvas.width)
                y += 1
            }
            let style = index == selected ? CellStyle(.plain, [.reverse]) : CellStyle(.chrome)
            for line in entries[index].lines where y < end {
                canvas.fill(x: 0, y: y, width: canvas.width, height: 1, with: Cell(" ", style: style))
                canvas.write(line, x: 0, y: y, style: style, maxWidth: canvas.width)
                y += 1
            }
        }
        for (offset, line) in footer.enumerated() {
            canvas.write(line, x: 0, y: end + offset, style: CellStyle(.accent), maxWidth: canvas.width)
        }
    }

    /// What a key does in a band list of `count` entries: ↑↓ (j/k) move, PgUp/PgDn move a
    /// page of `page` entries, Enter chooses, any other key closes.
    static func bandKey(_ key: Key, selected: Int, count: Int, page: () -> Int) -> BandKeyOutcome {
        let last = max(0, count - 1)
        switch key {
        case .down, .character("j"): return .moved(min(last, selected + 1))
        case .up, .character("k"): return .moved(max(0, selected - 1))
        case .pageDown: return .moved(min(last, selected + page()))
        case .pageUp: return .moved(max(0, selected - page()))
        case .enter: return .chosen(selected)
        default: return .closed
        }
    }

    /// The wheel as ↓ and ↑ in a band list.
    static func bandWheel(_ event: MouseEvent, selected: Int, count: Int) -> Int {
        switch event.action {
        case .wheelDown: min(max(0, count - 1), selected + 1)
        case .wheelUp: max(0, selected - 1)
        default: selected
        }
    }
}

/// What a key did to a band list.
enum BandKeyOutcome {
    case moved(Int)
    case chosen(Int)
    case closed
}
