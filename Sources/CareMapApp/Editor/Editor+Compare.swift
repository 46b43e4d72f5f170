import CareMapCanvas
import CareMapKit

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
}
