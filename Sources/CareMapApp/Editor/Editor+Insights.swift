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

    /// ↑↓ (j/k) choose a finding, PgUp/PgDn a page of them, Enter goes to it, any other key
    /// closes the panel.
    mutating func insightsKey(_ key: Key, selected: Int) {
        let last = findings.count - 1
        switch key {
        case .down, .character("j"): mode = .insights(selected: min(last, selected + 1))
        case .up, .character("k"): mode = .insights(selected: max(0, selected - 1))
        case .pageDown: mode = .insights(selected: min(last, selected + insightsPage(selected: selected)))
        case .pageUp: mode = .insights(selected: max(0, selected - insightsPage(selected: selected)))
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

    /// The wheel chooses the next or previous finding, scrolling the list as ↑↓ do.
    mutating func insightsWheel(_ event: MouseEvent, selected: Int) {
        switch event.action {
        case .wheelDown: mode = .insights(selected: min(findings.count - 1, selected + 1))
        case .wheelUp: mode = .insights(selected: max(0, selected - 1))
        default: break
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
}
