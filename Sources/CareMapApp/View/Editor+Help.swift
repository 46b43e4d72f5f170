import CareMapCanvas
import CareMapKit

extension Editor {
    /// The help text, one row per line, `width` columns wide: every key binding from
    /// ``Keymap/bindings``, then every command from ``LineCommand/reference``, so help is
    /// generated from what the editor does. A summary longer than its column wraps under
    /// itself rather than running off the edge.
    static func helpLines(width: Int) -> [String] {
        let keyColumn = Keymap.bindings.map { DisplayWidth.columns(of: keyNames($0.keys)) }.max() ?? 0
        var lines = ["Keys"]
        func add(_ lead: String, _ summary: String) {
            let indent = String(repeating: " ", count: DisplayWidth.columns(of: lead))
            lines += TextWrap.lines(summary, width: max(DisplayWidth.columns(of: lead) + 10, width), first: lead, rest: indent)
        }
        for binding in Keymap.bindings {
            add("  " + padded(keyNames(binding.keys), to: keyColumn) + "  ", binding.summary)
        }
        let usages = LineCommand.reference.map { ":" + ([$0.name, $0.arguments].filter { !$0.isEmpty }.joined(separator: " ")) }
        let usageColumn = usages.map { DisplayWidth.columns(of: $0) }.filter { $0 <= longestUsageInColumn }.max() ?? 0
        lines += ["", "Commands"]
        for (usage, row) in zip(usages, LineCommand.reference) {
            let also = LineCommand.aliases.filter { $0.value == row.name }.keys.sorted().map { ":" + $0 }
            let summary = row.summary + (also.isEmpty ? "" : " (also " + also.joined(separator: ", ") + ")")
            if DisplayWidth.columns(of: usage) > usageColumn {
                lines.append("  " + usage)
                add("  " + padded("", to: usageColumn) + "  ", summary)
            } else {
                add("  " + padded(usage, to: usageColumn) + "  ", summary)
            }
        }
        lines += ["", "Mouse"]
        add("  ", "click selects · double-click opens details · drag pans or moves the selected node · wheel pans")
        return lines
    }

    /// Usages longer than this get a line of their own, the summary under it, so one long
    /// command does not push every summary off an 80-column screen.
    static let longestUsageInColumn = 24

    /// The keys of one binding as help shows them: `↑ k`.
    static func keyNames(_ keys: [Key]) -> String {
        keys.map(\.label).joined(separator: " ")
    }

    static func padded(_ text: String, to columns: Int) -> String {
        text + String(repeating: " ", count: max(0, columns - DisplayWidth.columns(of: text)))
    }

    /// The help overlay over everything above the status bar, scrolled by `scroll` lines.
    func helpCanvas(width: Int, height: Int, scroll: Int) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        let lines = Editor.helpLines(width: width - 4)
        let border = BoxDrawing.rounded
        drawFrame(on: &canvas, border: border, title: " Help · ↑↓ scroll · any other key closes ")
        let room = max(0, height - 2)
        let first = min(scroll, max(0, lines.count - room))
        for (row, line) in lines.dropFirst(first).prefix(room).enumerated() {
            let isHeading = !line.hasPrefix(" ") && !line.isEmpty
            canvas.write(line, x: 2, y: row + 1, style: isHeading ? CellStyle(.accent, [.bold]) : .plain, maxWidth: width - 4)
        }
        return canvas
    }

    /// A border around the whole canvas with a title in the top edge; the inside is cleared.
    func drawFrame(on canvas: inout Canvas, border: BoxDrawing.Border, title: String) {
        let style = CellStyle(.chrome)
        let (width, height) = (canvas.width, canvas.height)
        guard width >= 2, height >= 2 else { return }
        canvas.fill(x: 0, y: 0, width: width, height: height)
        for x in 1..<(width - 1) {
            canvas[x: x, y: 0] = Cell(String(border.horizontal), style: style)
            canvas[x: x, y: height - 1] = Cell(String(border.horizontal), style: style)
        }
        for y in 1..<(height - 1) {
            canvas[x: 0, y: y] = Cell(String(border.vertical), style: style)
            canvas[x: width - 1, y: y] = Cell(String(border.vertical), style: style)
        }
        canvas[x: 0, y: 0] = Cell(String(border.topLeft), style: style)
        canvas[x: width - 1, y: 0] = Cell(String(border.topRight), style: style)
        canvas[x: 0, y: height - 1] = Cell(String(border.bottomLeft), style: style)
        canvas[x: width - 1, y: height - 1] = Cell(String(border.bottomRight), style: style)
        canvas.write(title, x: 2, y: 0, style: CellStyle(.chrome, [.bold]), maxWidth: width - 4)
    }
}
