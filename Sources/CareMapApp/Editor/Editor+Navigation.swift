import CareMapCanvas
import CareMapKit

extension Editor {
    /// Selects a node, ends any tie walk, and scrolls it into view.
    mutating func select(_ id: NodeID?) {
        selection = id.map(MapSelection.node)
        walk = nil
        revealSelection()
    }

    /// Arrows and hjkl: the nearest node in `direction` from the selection (or, with nothing
    /// selected, the subject or the first node).
    mutating func selectNearest(_ direction: Direction) {
        guard let origin = navigationOrigin else {
            select(map.subject ?? map.nodes.keys.first)
            return
        }
        let excluded: NodeID? = selectedNode
        guard let target = Editor.nearest(direction, from: origin, among: layout.positions, excluding: excluded) else {
            message = StatusMessage("nothing further \(direction)")
            return
        }
        select(target)
    }

    /// Where directional navigation starts: the selected node's centre, or the middle of the
    /// selected tie (so the arrow towards either end reaches it).
    private var navigationOrigin: MapPoint? {
        switch selection {
        case .node(let id)?:
            return layout.positions[id]
        case .link(let id)?:
            guard let link = map.link(id), let a = layout.positions[link.from], let b = layout.positions[link.to]
            else { return nil }
            return MapPoint(x: (a.x + b.x) / 2, y: (a.y + b.y) / 2)
        case nil:
            return nil
        }
    }

    /// The node nearest to `origin` in `direction`, weighted towards the axis.
    ///
    /// Follows the shape of the W3C CSS Spatial Navigation draft's distance function: only
    /// candidates ahead count; the score is the distance along the axis plus twice the sideways
    /// offset, so a node straight ahead beats a closer one off to the side. Rows count double
    /// because a terminal cell is about twice as tall as it is wide. Ties go to the smaller id
    /// so the choice is deterministic.
    ///
    /// - Complexity: O(*n*) for *n* positioned nodes.
    static func nearest(
        _ direction: Direction, from origin: MapPoint, among positions: [NodeID: MapPoint], excluding excluded: NodeID?
    ) -> NodeID? {
        var best: (id: NodeID, score: Int)?
        for (id, point) in positions where id != excluded {
            let dx = point.x - origin.x, dy = (point.y - origin.y) * 2
            let (ahead, aside) = switch direction {
            case .right: (dx, abs(dy))
            case .left: (-dx, abs(dy))
            case .down: (dy, abs(dx))
            case .up: (-dy, abs(dx))
            }
            guard ahead > 0 else { continue }
            let score = ahead + 2 * aside
            if best == nil || score < best!.score || (score == best!.score && id < best!.id) {
                best = (id, score)
            }
        }
        return best?.id
    }

    /// The ties of `node`, in map order: what Tab walks through.
    func ties(of node: NodeID) -> [Link] {
        map.links.filter { $0.touches(node) }
    }

    /// Tab and Shift-Tab: select the next (or previous) tie of the node being walked; the status
    /// line names the neighbour at its far end.
    mutating func walkTies(forward: Bool) {
        guard let anchor = walk?.anchor ?? selectedNode else {
            message = StatusMessage("select a node first")
            return
        }
        let ties = ties(of: anchor)
        guard !ties.isEmpty else {
            message = StatusMessage("\(displayName(of: anchor)) has no ties yet; c connects it")
            return
        }
        let next: Int
        if let walk, walk.anchor == anchor {
            next = (walk.index + (forward ? 1 : ties.count - 1)) % ties.count
        } else {
            next = forward ? 0 : ties.count - 1
        }
        walk = NeighbourWalk(anchor: anchor, index: next)
        let link = ties[next]
        selection = .link(link.id)
        revealSelection()
        message = StatusMessage("tie \(next + 1) of \(ties.count): \(tieName(link, seenFrom: anchor)) · Esc back")
    }

    /// Esc in normal mode: from a walked tie back to its node; otherwise clear the message.
    mutating func back() {
        if showsOutline {
            showsOutline = false
        } else if let walk, case .link? = selection {
            select(walk.anchor)
        } else if case .link(let id)? = selection, let link = map.link(id) {
            select(link.from)
        } else {
            message = nil
        }
    }

    /// A node's name as it may be shown right now: its pseudonym behind the curtain.
    func displayName(of id: NodeID) -> String {
        guard let node = map.nodes[id] else { return id.rawValue }
        return curtain ? map.pseudonyms()[id] ?? "" : node.displayName
    }
}
