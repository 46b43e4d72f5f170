/// A map drawn against an earlier version of itself: the new version with what it lost put
/// back, each node and tie marked new, changed or gone, so a review sees what went as well as
/// what came, in one drawing.
///
/// The nodes and ties put back are the old version's own, so a lost interpreter is drawn as
/// they were, with the ties they had. They are never part of the map being edited: only
/// ``shown`` holds them.
public struct ComparedMap: Sendable {
    /// The new version, then every node only the old version had, then every tie only the old
    /// version had. The new version's ties keep their ids; the old ones put back get ids after
    /// every id the new version has given, so no id names two ties.
    public let shown: CareMap
    public let marks: ChangeMarks
    /// The id in ``shown`` of every tie the diff names, for going from a change to its drawing.
    public let links: [TieKey: LinkID]

    /// What was written differently, from the old version to the new.
    public let diff: MapDiff

    /// `new` drawn against `old`.
    public init(old: CareMap, new: CareMap) {
        self.init(base: DiffBase(old), new: new)
    }

    /// `new` drawn against the old version `base` holds, whose ties are known already.
    ///
    /// - Complexity: O(*n* + *m*) for the nodes and ties of the two versions, on average,
    ///   and the fields of those that differ.
    public init(base: DiffBase, new: CareMap) {
        var links: [TieKey: LinkID] = [:]
        let diff = MapDiff(base, new, ids: &links)
        let old = base.map
        var shown = new
        var marks = ChangeMarks()
        for key in diff.added {
            switch key {
            case .node(let id): marks.nodes[id] = .added
            case .tie(let tie):
                if let id = links[tie] { marks.links[id] = .added }
            case .map, .action: break
            }
        }
        for change in diff.changed {
            switch change.key {
            case .node(let id): marks.nodes[id] = .changed
            case .tie(let tie):
                if let id = links[tie] { marks.links[id] = .changed }
            case .map, .action: break
            }
        }
        for key in diff.removed {
            guard case .node(let id) = key, let node = old.nodes[id] else { continue }
            shown.nodes[id] = node
            marks.nodes[id] = .removed
        }
        for key in diff.removed {
            guard case .tie(let tie) = key, let place = base.places[tie] else { continue }
            let id = shown.appendLink(old.links[place])
            marks.links[id] = .removed
            links[tie] = id
        }
        self.diff = diff
        self.shown = shown
        self.marks = marks
        self.links = links
    }
}
