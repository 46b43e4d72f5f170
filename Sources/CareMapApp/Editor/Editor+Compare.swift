import CareMapCanvas
import CareMapKit

/// The map drawn against an earlier version of itself (`:compare`), and what it holds.
public struct EditorComparison: Sendable {
    /// The version compared with, as it was typed: `HEAD~1`, `intake.caremap`.
    public var version: String
    /// The map as that version has it, with its ties known once for the diffs after every edit.
    var base: DiffBase
    /// The map as that version has it.
    public var old: CareMap { base.map }
    /// The map drawn: the map now with what the old version had put back, marked, and what
    /// was written differently (``ComparedMap/diff``).
    public internal(set) var compared: ComparedMap
    public var diff: MapDiff { compared.diff }
    /// The document revision ``diff`` and ``compared`` were made for.
    var revision: Int
    /// Where the old version's own layout put each node, to draw a node gone since near where
    /// it was.
    var oldLayout: MapLayout
    /// The layout style the gone nodes were placed for; another style places them again.
    var placedFor: LayoutStyle?
    /// The changes panel's entries, worded as it opens (two analyses, too many to redo for
    /// every frame); no edit can happen while it is open.
    var entries: [ChangeEntry] = []
}

/// A change as the panel lists it, with the section it starts, if it is the first of one.
struct ChangeEntry: Hashable, Sendable {
    var section: String?
    var item: DiffDocument.Item
}

/// `:compare FILE|REV`: gained ties and new people marked, lost ones drawn faint from the old
/// version, changed ones flagged, and `C` lists every change as the insights panel lists
/// findings. The comparison follows the map as it is edited: an edit made now shows as a
/// change too, so a review can update the map and still see what moved since last time.
extension Editor {
    /// `:compare VERSION` asks the run loop to read it; `:compare` alone lists the changes of
    /// the comparison already made.
    mutating func compare(with version: String?) -> [Effect] {
        guard let version else {
            guard comparison != nil else {
                message = StatusMessage("compare with what? :compare FILE, or a git revision of this map such as :compare HEAD~1", isError: true)
                return []
            }
            openChanges()
            return []
        }
        message = StatusMessage("reading \(version)…")
        return [.readVersion(version, of: path)]
    }

    /// The earlier version arrived (or could not be read): draw the map against it and list
    /// what changed.
    mutating func versionRead(_ version: String, result: Result<CareMap, EffectFailure>) {
        switch result {
        case .failure(let failure):
            message = StatusMessage("cannot compare with \(version): \(failure.message)", isError: true)
        case .success(let old):
            let base = DiffBase(old)
            let compared = ComparedMap(base: base, new: map)
            comparison = EditorComparison(
                version: version, base: base, compared: compared, revision: document.revision, oldLayout: Layouter.layout(old, style: layoutStyle)
            )
            mapView.ghosts = [:]
            placeGhosts()
            if compared.diff.isEmpty {
                message = StatusMessage("the map says what \(version) says; edits from now on are marked (:compare off ends)")
            } else if case .normal = mode {
                openChanges()
            } else {
                // A question asked first (restoring unsaved work) keeps the keyboard.
                message = StatusMessage("compared with \(version): C lists the changes")
            }
        }
    }

    /// `:compare off`: the map drawn as it is again.
    mutating func endComparison() {
        guard let comparison else {
            message = StatusMessage("not comparing; :compare FILE or :compare REV draws the map against an earlier version")
            return
        }
        self.comparison = nil
        mapView.ghosts = [:]
        if case .changes = mode { mode = .normal }
        message = StatusMessage("comparison with \(comparison.version) ended")
    }

    /// Works the comparison out again for the map as it is now, after an edit (or for a new
    /// layout style); called at the end of every update, it costs nothing when neither changed.
    ///
    /// - Complexity: O(*f*) for the fields of the two versions (a ``MapDiff``), when the map changed.
    mutating func refreshComparison() {
        guard var comparison else { return }
        if comparison.revision != document.revision {
            comparison.compared = ComparedMap(base: comparison.base, new: map)
            comparison.revision = document.revision
            self.comparison = comparison
            placeGhosts()
        } else if comparison.placedFor != layout.style {
            mapView.ghosts = [:]
            placeGhosts()
        }
    }

    /// Places every node gone since the old version that has no place yet: where it is pinned,
    /// or near where the old version's layout had it, clear of every box.
    private mutating func placeGhosts() {
        guard var comparison else { return }
        let shown = comparison.compared.shown
        var ghosts = mapView.ghosts.filter { comparison.compared.marks.nodes[$0.key] == .removed }
        let centre = MapPoint(x: viewport.origin.x + viewport.width / 2, y: viewport.origin.y + viewport.height / 2)
        var boxes: [WorldRect]?
        // In the old version's order, so the same comparison places its nodes the same way.
        for (id, node) in shown.nodes where comparison.compared.marks.nodes[id] == .removed && ghosts[id] == nil {
            if boxes == nil { boxes = mapView.boxes(of: layout.positions.merging(ghosts) { kept, _ in kept }, in: shown) }
            let anchor = node.position ?? comparison.oldLayout.positions[id] ?? centre
            let spot = MapView.freeSpot(for: node, near: anchor, clearOf: boxes ?? [])
            ghosts[id] = spot
            boxes?.append(NodeBox.frame(of: node, centredAt: spot, zoom: .boxes))
        }
        if ghosts != mapView.ghosts { mapView.ghosts = ghosts }
        comparison.placedFor = layout.style
        self.comparison = comparison
    }

    // MARK: The changes panel

    /// Every change worded for the panel, in sections (see ``DiffDocument``): the findings,
    /// routes and domains too, so the panel says what the changes mean for care.
    private func worded(_ comparison: EditorComparison) -> [ChangeEntry] {
        let review = MapComparison(old: comparison.old, new: map, today: today ?? CalendarDate(year: 1, month: 1, day: 1)!)
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

    /// The version compared with as the screen names it: behind the curtain, not by a file
    /// name, which often says whose map it is.
    private var shownVersion: String {
        guard let comparison else { return "" }
        return curtain ? "the earlier version" : comparison.version
    }

    /// The status bar's word for the comparison: the version and how much changed.
    var comparisonSummary: String? {
        guard let comparison else { return nil }
        let diff = comparison.diff
        let counts = [("+", diff.added.count), ("-", diff.removed.count), ("~", diff.changed.count)].filter { $0.1 > 0 }
        let said = counts.isEmpty ? "no changes" : counts.map { "\($0.0)\($0.1)" }.joined(separator: " ")
        return "vs \(shownVersion): \(said) (C)"
    }

    func changesPage(selected: Int, entries: [ChangeEntry]) -> Int {
        bandPage(selected: selected, entries: changeBandEntries(entries, width: screen.width), footer: [])
    }

    func changeBandEntries(_ entries: [ChangeEntry], width: Int) -> [BandEntry] {
        entries.enumerated().map { index, entry in
            Self.bandEntry(number: index + 1, text: "\(entry.item.mark.sign) \(entry.item.text)", width: width, heading: entry.section)
        }
    }

    /// The panel: the changes in sections, as `caremap diff` words them, the chosen one reversed.
    func drawChanges(selected: Int, on canvas: inout Canvas, above statusRow: Int) {
        let entries = changeEntries
        drawBand(
            title: "Changes since \(shownVersion): \(entries.count)", entries: changeBandEntries(entries, width: canvas.width),
            selected: selected, footer: Self.bandFooter("Enter goes to it · :compare off ends the comparison", width: canvas.width),
            on: &canvas, above: statusRow
        )
    }
}
