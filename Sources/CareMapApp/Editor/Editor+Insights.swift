import CareMapCanvas
import CareMapKit

/// `i`: the insights panel. It lists what the map says (gaps, single points of failure,
/// language gaps, actions past review), highlights the nodes and ties of the one chosen, and
/// Enter goes to it with its suggested action on the bottom line.
extension Editor {
    /// Opens the panel on findings settled for the map as it is now, never ones the last edit
    /// left stale.
    mutating func openInsights() {
        document.settleFindings()
        guard !findings.isEmpty else {
            message = StatusMessage(map.nodes.isEmpty ? "an empty map: nothing to say yet" : "no gaps found: nothing to act on")
            return
        }
        mode = .insights(selected: 0)
    }

    /// ↑↓ (j/k) choose a finding, Enter goes to it, any other key closes the panel.
    mutating func insightsKey(_ key: Key, selected: Int) {
        let last = findings.count - 1
        switch key {
        case .down, .character("j"): mode = .insights(selected: min(last, selected + 1))
        case .up, .character("k"): mode = .insights(selected: max(0, selected - 1))
        case .enter:
            mode = .normal
            guard findings.indices.contains(selected) else { return }
            let finding = findings[selected]
            // A finding may name a node deleted since it was worked out: go to one still here.
            let present = finding.nodes.filter { map.nodes[$0] != nil }
            if let id = present.first(where: { $0 != map.subject }) ?? present.first { select(id) }
            message = StatusMessage(sentence(finding).suggestion)
        default:
            mode = .normal
        }
    }

    /// A finding in words, with the editor's names: role pseudonyms behind the curtain, where
    /// actions' words are not shown either; the suggestions name the editor's commands.
    func sentence(_ finding: Finding) -> (message: String, suggestion: String) {
        finding.sentence(in: map, name: displayName(of:), text: { $0 }, isHidden: { _ in curtain }, inEditor: true)
    }

    /// The finding the panel points at, when it is open.
    var chosenFinding: Finding? {
        guard case .insights(let selected) = mode, findings.indices.contains(selected) else { return nil }
        return findings[selected]
    }

    /// The panel, at the foot of the map so the highlights stay in view: a heading, as many
    /// findings as fit (the chosen one reversed, the list scrolled to keep it shown), and the
    /// chosen one's suggested action.
    func drawInsights(selected: Int, on canvas: inout Canvas, above statusRow: Int) {
        let rows = min(findings.count, max(1, statusRow / 2 - 2))
        let top = statusRow - rows - 2
        guard top >= 0 else { return }
        let first = min(max(0, selected - rows + 1), max(0, findings.count - rows))
        let heading = CellStyle(.chrome, [.reverse, .bold])
        canvas.fill(x: 0, y: top, width: canvas.width, height: rows + 2, with: Cell(" ", style: CellStyle(.chrome)))
        canvas.fill(x: 0, y: top, width: canvas.width, height: 1, with: Cell(" ", style: heading))
        canvas.write(" Insights: \(findings.count) to act on", x: 0, y: top, style: heading)
        for (row, index) in (first..<min(findings.count, first + rows)).enumerated() {
            let style = index == selected ? CellStyle(.plain, [.reverse]) : CellStyle(.chrome)
            canvas.fill(x: 0, y: top + 1 + row, width: canvas.width, height: 1, with: Cell(" ", style: style))
            let text = " \(index + 1). " + sentence(findings[index]).message
            canvas.write(DisplayWidth.truncate(SafeText.visible(text), toColumns: canvas.width), x: 0, y: top + 1 + row, style: style)
        }
        if findings.indices.contains(selected) {
            let suggestion = " → " + sentence(findings[selected]).suggestion
            canvas.write(DisplayWidth.truncate(SafeText.visible(suggestion), toColumns: canvas.width), x: 0, y: top + 1 + rows, style: CellStyle(.accent))
        }
    }
}
