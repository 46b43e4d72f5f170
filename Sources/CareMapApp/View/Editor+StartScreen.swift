import CareMapCanvas
import CareMapKit

extension Editor {
    /// The start screen: a short welcome, the sample maps and "New map", one highlighted.
    func drawStartScreen(on canvas: inout Canvas, highlighted: Int, height: Int) {
        let items = samples.map(\.title) + ["New map"]
        let lines = ["caremap", "Networks of care around people who have had to move.", ""]
        let top = max(0, (height - lines.count - items.count - 2) / 2)
        let left = max(2, (canvas.width - 56) / 2)
        for (offset, line) in lines.enumerated() {
            canvas.write(line, x: left, y: top + offset, style: offset == 0 ? CellStyle(.accent, [.bold]) : .plain)
        }
        for (index, item) in items.enumerated() {
            let selected = index == highlighted
            let style = selected ? CellStyle(.plain, [.reverse]) : .plain
            canvas.write((selected ? "▸ " : "  ") + item, x: left, y: top + lines.count + index, style: style, maxWidth: canvas.width - left)
        }
        canvas.write("↑↓ choose · Enter open · q quit", x: left, y: top + lines.count + items.count + 1, style: CellStyle(.muted))
    }
}
