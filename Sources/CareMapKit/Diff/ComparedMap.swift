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

    /// `new` drawn against `old`, with `diff` their ``MapDiff``.
    ///
    /// - Complexity: O(*n* + *m*) for the nodes and ties of the two versions, on average.
    public init(old: CareMap, new: CareMap, diff: MapDiff) {
        var shown = new
        var marks = ChangeMarks()
        var links: [TieKey: LinkID] = [:]
        let newIDs = Dictionary(uniqueKeysWithValues: zip(new.tieKeys(), new.links.map(\.id)))
        let oldLinks = Dictionary(uniqueKeysWithValues: zip(old.tieKeys(), old.links))
        for key in diff.added {
            switch key {
            case .node(let id): marks.nodes[id] = .added
            case .tie(let tie):
                if let id = newIDs[tie] {
                    marks.links[id] = .added
                    links[tie] = id
                }
            case .map, .action: break
            }
        }
        for change in diff.changed {
            switch change.key {
            case .node(let id): marks.nodes[id] = .changed
            case .tie(let tie):
                if let id = newIDs[tie] {
                    marks.links[id] = .changed
                    links[tie] = id
                }
            case .map, .action: break
            }
        }
        for key in diff.removed {
            guard case .node(let id) = key, let node = old.nodes[id] else { continue }
            shown.nodes[id] = node
            marks.nodes[id] = .removed
        }
        for key in diff.removed {
            guard case .tie(let tie) = key, let link = oldLinks[tie] else { continue }
            let id = shown.appendLink(link)
            marks.links[id] = .removed
            links[tie] = id
        }
        self.shown = shown
        self.marks = marks
        self.links = links
    }
}
