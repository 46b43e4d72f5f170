import CareMapCanvas
import CareMapKit

/// One row of the form's inside: pieces of text at columns, and whether the cursor is on it.
struct FormRow {
    var pieces: [(x: Int, text: String, style: CellStyle)]
    var cursorX: Int?
}

extension Editor {
    /// The most rows a note shows at once; a longer one scrolls to keep the cursor in view.
    static let noteRows = 6

    /// Where the form floats: a box centred over the map, as wide as a field needs and as
    /// tall as its rows, up to the status bar.
    func formArea(_ form: EditForm) -> ScreenLayout.Rect {
        let width = min(screen.width - 2, 72)
        let height = min(screenLayout.statusRow, formRows(form, width: width).count + 2)
        return ScreenLayout.Rect(x: (screen.width - width) / 2, y: max(0, (screenLayout.statusRow - height) / 2), width: width, height: height)
    }

    /// The columns a field's value wraps to.
    func formValueWidth(_ form: EditForm) -> Int {
        max(8, min(screen.width - 2, 72) - formKeyWidth(form) - 6)
    }

    private func formKeyWidth(_ form: EditForm) -> Int {
        form.fields.map(\.key.count).max() ?? 0
    }

    /// The form: a title naming what is edited, each field wrapped over as many rows as it
    /// needs, the allowed values of the focused field, the error wrapped in full, and the keys
    /// on the bottom border. Rows that do not fit scroll, keeping the cursor in view.
    func formCanvas(_ form: EditForm, width: Int, height: Int) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        drawFrame(on: &canvas, border: BoxDrawing.rounded, title: " Edit \(formSubject(form)) ")
        let rows = formRows(form, width: width)
        let scroll = formScroll(rows, height: height)
        for (offset, row) in rows.dropFirst(scroll).prefix(max(0, height - 2)).enumerated() {
            for piece in row.pieces {
                canvas.write(piece.text, x: piece.x, y: 1 + offset, style: piece.style, maxWidth: max(0, width - 1 - piece.x))
            }
        }
        let footer = " " + formKeys(form) + " "
        if DisplayWidth.columns(of: footer) <= width - 4 {
            canvas.write(footer, x: width - 2 - DisplayWidth.columns(of: footer), y: height - 1, style: CellStyle(.chrome, [.bold]))
        }
        return canvas
    }

    /// The keys that matter in the focused field, for the form's footer.
    func formKeys(_ form: EditForm) -> String {
        guard form.fields.indices.contains(form.focus) else { return "Ctrl-S apply · Esc cancel" }
        let field = form.fields[form.focus]
        if field.isMultiline { return "Ctrl-S apply · Enter new line · Tab next · Esc cancel" }
        return field.isFreeText ? "Enter apply · Tab next · Esc cancel" : "Enter apply · Tab complete · Esc cancel"
    }

    /// The cursor in the focused field.
    func formCursor(_ form: EditForm) -> (x: Int, y: Int)? {
        let area = formArea(form)
        let rows = formRows(form, width: area.width)
        let scroll = formScroll(rows, height: area.height)
        guard let row = rows.firstIndex(where: { $0.cursorX != nil }), row >= scroll, row - scroll < area.height - 2 else { return nil }
        return (min(area.x + rows[row].cursorX!, area.x + area.width - 2), area.y + 1 + row - scroll)
    }

    /// Rows scrolled off the top so that the cursor's row is shown.
    private func formScroll(_ rows: [FormRow], height: Int) -> Int {
        let inside = max(1, height - 2)
        guard rows.count > inside, let cursor = rows.firstIndex(where: { $0.cursorX != nil }) else { return 0 }
        // Keep the rows under the cursor (allowed values, the error) in view when they fit.
        let below = rows[cursor...].count
        return max(0, min(rows.count - inside, cursor - max(0, inside - below)))
    }

    /// The inside of the form as rows, `width` being the form's outer width.
    func formRows(_ form: EditForm, width: Int) -> [FormRow] {
        let keyWidth = formKeyWidth(form)
        let valueX = 4 + keyWidth
        let valueWidth = formValueWidth(form)
        var rows: [FormRow] = []
        for (index, field) in form.fields.enumerated() {
            let focused = index == form.focus
            let key = (x: 2, text: Editor.padded(field.key, to: keyWidth), style: CellStyle(.chrome, focused ? [.bold] : []))
            let text = Array(field.value.text)
            var lines = LineEditor.rows(of: field.value.text, width: valueWidth)
            var cursorRow: Int?, cursorColumn = 0
            if focused { (cursorRow, cursorColumn) = field.value.cursorPosition(width: valueWidth) }
            // A note shows a window of rows around the cursor; other fields show every row.
            let shown = field.isMultiline ? Editor.noteRows : lines.count
            var first = 0
            if lines.count > shown { first = min(lines.count - shown, max(0, (cursorRow ?? 0) - shown + 1)) }
            if field.isMultiline, lines.count < 3 { lines += Array(repeating: text.count..<text.count, count: focused ? 3 - lines.count : 0) }
            for row in first..<min(lines.count, first + shown) {
                let segment = SafeText.visible(String(text[lines[row]]))
                let value = (x: valueX, text: segment, style: focused ? CellStyle(.plain, [.underline]) : .plain)
                let mark = row == first && first > 0 ? [(x: valueX - 2, text: "▲", style: CellStyle(.accent))]
                    : row == min(lines.count, first + shown) - 1 && row < lines.count - 1 ? [(x: valueX - 2, text: "▼", style: CellStyle(.accent))] : []
                rows.append(FormRow(pieces: (row == first ? [key] : []) + mark + [value], cursorX: row == cursorRow ? valueX + cursorColumn : nil))
            }
            if focused, !field.isFreeText { rows += allowedValueRows(field, form: form, x: valueX, width: valueWidth) }
        }
        if let error = form.error {
            rows.append(FormRow(pieces: [], cursorX: nil))
            rows += TextWrap.lines(SafeText.visible(error), width: max(1, width - 4)).map { line in
                FormRow(pieces: [(x: 2, text: line, style: CellStyle(.danger, [.bold]))], cursorX: nil)
            }
        }
        return rows
    }

    /// What a field with a vocabulary takes, under it while it has the cursor: the same words
    /// Tab completes from.
    private func allowedValueRows(_ field: EditForm.Field, form: EditForm, x: Int, width: Int) -> [FormRow] {
        let owner = formOwner(form)
        let words = values(for: field.key, owner: owner)
        let text: String
        switch field.key {
        case "lang": text = words.isEmpty ? "language tags, such as ar, fa-AF, en" : "on this map: " + words.joined(separator: ", ")
        case "via": text = "the id of the go-between"
        default: text = (owner.listKeys.contains(field.key) ? "any of: " : "one of: ") + words.joined(separator: ", ")
        }
        return TextWrap.lines(text, width: width, rest: "  ").map { FormRow(pieces: [(x: x, text: $0, style: CellStyle(.muted))], cursorX: nil) }
    }

    func formSubject(_ form: EditForm) -> String {
        switch form.target {
        case .node(let id): displayName(of: id)
        case .link(let id): "tie " + tieName(id)
        }
    }
}
