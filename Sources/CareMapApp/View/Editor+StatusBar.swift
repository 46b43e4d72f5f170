import CareMapCanvas
import CareMapKit

extension Editor {
    /// The status bar: file name (hidden behind the curtain, since file names are often the
    /// subject's name) and `[+]` when modified, counts, layout and zoom, the mode, the
    /// curtain, and the keys worth knowing right now on the right.
    func drawStatusBar(on canvas: inout Canvas, row: Int) {
        let style = CellStyle(.chrome, [.reverse])
        canvas.fill(x: 0, y: row, width: canvas.width, height: 1, with: Cell(" ", style: style))
        let file = path.map { String($0.split(separator: "/").last ?? Substring($0)) }.map { document.isNewFile ? $0 + " (new file)" : $0 }
        let name = curtain ? "[curtain]" : file ?? "[new map]"
        var parts = [
            name + (isModified ? " [+]" : ""),
            "\(map.nodes.count) node\(map.nodes.count == 1 ? "" : "s") · \(map.links.count) tie\(map.links.count == 1 ? "" : "s")",
            "\(layout.style.rawValue) · \(zoomName)",
            mode.label,
        ]
        if isReadOnly { parts.append("READ-ONLY") }
        if !findings.isEmpty { parts.append("\(findings.count) gap\(findings.count == 1 ? "" : "s") (i)") }
        if let comparisonSummary { parts.append(comparisonSummary) }
        if curtain { parts.append("CURTAIN") }
        // On a narrow screen the layout and zoom go first, then the counts, so what the mode,
        // the gaps and a comparison say is never cut off.
        for expendable in [2, 1] where DisplayWidth.columns(of: " " + parts.joined(separator: " │ ") + " ") > canvas.width {
            parts.remove(at: expendable)
        }
        let used = canvas.write(" " + parts.joined(separator: " │ ") + " ", x: 0, y: row, style: CellStyle(.chrome, [.reverse, .bold]))
        var hints = ""
        for hint in keyHints {
            let longer = hints.isEmpty ? hint : hints + " · " + hint
            guard used + DisplayWidth.columns(of: longer) + 2 <= canvas.width else { break }
            hints = longer
        }
        let hintWidth = DisplayWidth.columns(of: hints)
        canvas.write(hints, x: canvas.width - hintWidth - 1, y: row, style: style)
    }

    /// The keys that matter in the current mode, most important first: as many as fit are shown.
    var keyHints: [String] {
        switch mode {
        case .start: ["↑↓ choose", "Enter open", "q quit"]
        case .normal where map.nodes.isEmpty: ["? help", "a person", "p place", "o group"]
        case .normal: ["? help", "a add", "c connect", "e edit", "d delete", "u undo"]
        case .commandLine: ["Enter run", "Tab complete", "Esc cancel"]
        case .search: ["Enter keep", "↑↓ matches", "Esc back"]
        case .goTo: ["Enter go", "↑↓ choose", "Esc cancel"]
        case .link: ["Enter tie", "arrows or name pick", "Esc cancel"]
        case .prompt: ["Enter accept", "Esc cancel"]
        case .move: ["Enter done", "arrows move", "Esc cancel"]
        case .form(let form): formKeys(form).components(separatedBy: " · ")
        case .confirm: ["y yes", "n no", "Esc cancel"]
        case .help: ["any key closes", "↑↓ scroll"]
        case .insights, .changes: ["↑↓ choose", "Enter go", "Esc close"]
        }
    }

    /// The line being typed in the current mode, after its prefix (`:`, `/`, a question).
    var bottomLineInput: (prefix: String, line: LineEditor)? {
        switch mode {
        case .commandLine(let state): (":", state.line)
        case .search(let query, _): ("/", query)
        case .goTo(let picker): ("go to: ", picker.query)
        case .link(let source, let picker): ("tie \(displayName(of: source)) to: ", picker.query)
        case .prompt(let prompt): (prompt.question, prompt.shownAnswer)
        default: nil
        }
    }

    /// The bottom line: what is being typed (with what is wrong with a command so far), a
    /// question, or the last message.
    func drawBottomLine(on canvas: inout Canvas, row: Int) {
        if let (prefix, line) = bottomLineInput {
            let used = canvas.write(prefix, x: 0, y: row, style: CellStyle(.accent, [.bold]))
            let end = used + canvas.write(line.text, x: used, y: row)
            if let problem = commandLineProblem, end + 3 < canvas.width {
                canvas.write(problem, x: end + 2, y: row, style: CellStyle(.danger, [.bold]), maxWidth: canvas.width - end - 2)
            }
        } else if case .confirm(let confirmation) = mode {
            canvas.write(confirmation.question, x: 0, y: row, style: CellStyle(.warning, [.bold]))
        } else if let message {
            canvas.write(message.text, x: 0, y: row, style: message.isError ? CellStyle(.danger, [.bold]) : .plain)
        }
    }
}
