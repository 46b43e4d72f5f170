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
        switch Self.bandKey(key, selected: selected, count: findings.count, page: { insightsPage(selected: selected) }) {
        case .moved(let index): mode = .insights(selected: index)
        case .closed: mode = .normal
        case .chosen(let index):
            mode = .normal
            guard findings.indices.contains(index) else { return }
            let finding = findings[index]
            // A finding may name a node deleted since it was worked out: go to one still here.
            let present = finding.nodes.filter { map.nodes[$0] != nil }
            if let id = present.first(where: { $0 != map.subject }) ?? present.first { select(id) }
            message = StatusMessage(sentence(finding).suggestion)
        }
    }

    /// The wheel chooses the next or previous finding, scrolling the list as ↑↓ do.
    mutating func insightsWheel(_ event: MouseEvent, selected: Int) {
        mode = .insights(selected: Self.bandWheel(event, selected: selected, count: findings.count))
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
