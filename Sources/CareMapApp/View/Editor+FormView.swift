import CareMapCanvas
import CareMapKit

extension Editor {
    /// Where the form floats: a box centred over the map, as wide as a field needs.
    func formArea(_ form: EditForm) -> ScreenLayout.Rect {
        let width = min(screen.width - 2, 64)
        let height = min(screenLayout.statusRow, form.fields.count + 4)
        return ScreenLayout.Rect(x: (screen.width - width) / 2, y: max(0, (screenLayout.statusRow - height) / 2), width: width, height: height)
    }

    /// The form: a title naming what is edited, one row per field, and the error if any.
    func formCanvas(_ form: EditForm, width: Int, height: Int) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        drawFrame(on: &canvas, border: BoxDrawing.rounded, title: " Edit \(formSubject(form)) · Tab next · Enter apply · Esc cancel ")
        let keyWidth = (form.fields.map { $0.key.count }.max() ?? 0)
        for (index, field) in form.fields.enumerated() {
            let y = 1 + index
            let focused = index == form.focus
            canvas.write(Editor.padded(field.key, to: keyWidth), x: 2, y: y, style: CellStyle(.chrome, focused ? [.bold] : []))
            canvas.write(field.value.text, x: 4 + keyWidth, y: y, style: focused ? CellStyle(.plain, [.underline]) : .plain, maxWidth: width - keyWidth - 6)
        }
        if let error = form.error {
            canvas.write(error, x: 2, y: height - 2, style: CellStyle(.danger, [.bold]), maxWidth: width - 4)
        }
        return canvas
    }

    /// The cursor in the focused field.
    func formCursor(_ form: EditForm) -> (x: Int, y: Int)? {
        guard form.fields.indices.contains(form.focus) else { return nil }
        let area = formArea(form)
        let keyWidth = (form.fields.map { $0.key.count }.max() ?? 0)
        let field = form.fields[form.focus].value
        let x = area.x + 4 + keyWidth + DisplayWidth.columns(of: SafeText.visible(field.beforeCursor))
        return (min(x, area.x + area.width - 2), area.y + 1 + form.focus)
    }

    func formSubject(_ form: EditForm) -> String {
        switch form.target {
        case .node(let id): displayName(of: id)
        case .link(let id): "tie " + tieName(id)
        }
    }
}
