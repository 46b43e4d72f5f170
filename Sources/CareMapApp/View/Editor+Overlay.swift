import CareMapCanvas
import CareMapKit

extension Editor {
    /// Whatever floats over the map in the current mode: help, a picker's list, the edit form.
    func drawOverlay(on canvas: inout Canvas, above statusRow: Int) {
        switch mode {
        case .help(let scroll):
            canvas.draw(helpCanvas(width: canvas.width, height: statusRow, scroll: scroll), x: 0, y: 0)
        case .form(let form):
            let area = formArea(form)
            canvas.draw(formCanvas(form, width: area.width, height: area.height), x: area.x, y: area.y)
        case .goTo(let picker):
            drawPickerList(picker, excluding: nil, on: &canvas, above: statusRow)
        case .link(let source, let picker):
            drawPickerList(picker, excluding: source, on: &canvas, above: statusRow)
        case .insights(let selected):
            drawInsights(selected: selected, on: &canvas, above: statusRow)
        case .changes(let selected):
            drawChanges(selected: selected, on: &canvas, above: statusRow)
        default:
            break
        }
    }

    /// The best matches of a picker's query, bottom-up above the status bar, the highlighted
    /// one reversed: what Enter will pick is always on screen.
    private func drawPickerList(_ picker: Picker, excluding excluded: NodeID?, on canvas: inout Canvas, above statusRow: Int) {
        guard !picker.query.text.isEmpty else { return }
        let shown = Array(candidates(for: picker.query.text, excluding: excluded).prefix(min(8, statusRow)))
        let width = min(canvas.width, 40)
        for (offset, id) in shown.enumerated() {
            let y = statusRow - 1 - offset
            let style = id == picker.highlighted ? CellStyle(.plain, [.reverse]) : CellStyle(.chrome)
            canvas.fill(x: 0, y: y, width: width, height: 1, with: Cell(" ", style: style))
            canvas.write(" " + displayName(of: id) + (curtain ? "" : " · \(id)"), x: 0, y: y, style: style, maxWidth: width)
        }
        if shown.isEmpty {
            canvas.write(" no match ", x: 0, y: statusRow - 1, style: CellStyle(.danger, [.reverse]))
        }
    }
}
