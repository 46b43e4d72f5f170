import CareMapCanvas
import CareMapKit

/// `C`: the changes panel, listing every change since the version compared with as the
/// insights panel lists findings, the chosen one highlighted on the map; Enter goes to it.
extension Editor {
    /// Every change worded for the panel, in sections (see ``DiffDocument``): the findings,
    /// routes and domains too, so the panel says what the changes mean for care.
    private func worded(_ comparison: EditorComparison) -> [ChangeEntry] {
        let review = MapComparison(old: comparison.old, new: map, today: document.reviewDay)
        return DiffDocument(review, curtain: curtain).sections.flatMap { section in
            section.items.enumerated().map { offset, item in ChangeEntry(section: offset == 0 ? section.title : nil, item: item) }
        }
    }

    var changeEntries: [ChangeEntry] { comparison?.entries ?? [] }

    /// `C`: opens the panel on the changes since the version compared with.
    mutating func openChanges() {
        guard var comparison else {
            message = StatusMessage("C lists changes while comparing: :compare FILE, or a git revision such as :compare HEAD~1")
            return
        }
        guard !comparison.diff.isEmpty else {
            message = StatusMessage("nothing changed since \(comparison.version)")
            return
        }
        comparison.entries = worded(comparison)
        self.comparison = comparison
        mode = .changes(selected: 0)
    }

    /// ↑↓ choose a change, PgUp/PgDn a page, Enter goes to it, any other key closes the panel.
    mutating func changesKey(_ key: Key, selected: Int) {
        let entries = changeEntries
        switch Self.bandKey(key, selected: selected, count: entries.count, page: { changesPage(selected: selected, entries: entries) }) {
        case .moved(let index): mode = .changes(selected: index)
        case .closed: mode = .normal
        case .chosen(let index):
            mode = .normal
            guard entries.indices.contains(index) else { return }
            go(to: entries[index].item)
        }
    }

    /// Goes to what a change is about: selects the node or tie when it is in the map; shows a
    /// node or tie gone since where it is drawn; an action, at the first node it is about.
    private mutating func go(to change: DiffDocument.Item) {
        message = StatusMessage(change.text)
        switch change.focus {
        case .node(let id)? where map.nodes[id] != nil:
            select(id)
        case .node(let id)?:
            if let point = mapView.ghosts[id] { mapView.centre(on: point) }
        case .tie(let key)?:
            guard let id = comparison?.compared.links[key] else { return }
            if map.link(id) != nil {
                selection = .link(id)
                walk = nil
                revealSelection()
            } else {
                let (positions, ghosts) = (layout.positions, mapView.ghosts)
                if let point = [key.first, key.second].compactMap({ positions[$0] ?? ghosts[$0] }).first { mapView.centre(on: point) }
            }
        case .action(let id)?:
            let action = map.actions[id] ?? comparison?.old.actions[id]
            if let about = action?.about.first(where: { map.nodes[$0] != nil }) { select(about) }
        case .map?, nil:
            break
        }
    }

    /// The nodes and ties the chosen change is about, drawn bold: a tie with its two ends.
    var chosenChangeHighlights: (nodes: Set<NodeID>, links: Set<LinkID>) {
        switch chosenChange?.focus {
        case .node(let id)?: return ([id], [])
        case .tie(let key)?: return ([key.first, key.second], Set([comparison?.compared.links[key]].compactMap { $0 }))
        case .action(let id)?: return (Set(map.actions[id]?.about ?? comparison?.old.actions[id]?.about ?? []), [])
        case .map?, nil: return ([], [])
        }
    }

    /// The change the panel points at, when it is open: what the map highlights.
    var chosenChange: DiffDocument.Item? {
        guard case .changes(let selected) = mode, changeEntries.indices.contains(selected) else { return nil }
        return changeEntries[selected].item
    }

    /// How the drawing marks each node and tie while comparing.
    var changeMarks: ChangeMarks { comparison?.compared.marks ?? ChangeMarks() }
}
