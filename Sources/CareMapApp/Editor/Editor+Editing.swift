import CareMapCanvas
import CareMapKit

extension Editor {
    /// Adds a node named `name` next to `near`, unlinked, and selects it.
    mutating func addNode(kind: NodeKind, name: String, near: NodeID?) -> [Effect] {
        add(Node(id: map.freshID(for: name, kind: kind), kind: kind, name: name), near: near)
    }

    /// Adds `node` next to `near` and selects it.
    mutating func add(_ node: Node, near: NodeID?) -> [Effect] {
        var before = snapshot
        before.selection = near.map(MapSelection.node)
        guard edit({ map throws(EditError) in try map.addNode(node) }) else { return [] }
        let effects = recordEdit(from: before)
        select(node.id)
        message = StatusMessage("added \(displayName(of: node.id)) · e edits, c connects")
        return effects
    }

    /// `d`: deletes the selected node with its ties, or the selected tie; `u` brings it back.
    mutating func deleteSelection() -> [Effect] {
        let before = snapshot
        switch selection {
        case .node(let id)?:
            let name = displayName(of: id)
            guard edit({ map throws(EditError) in try map.removeNode(id) }) else { return [] }
            message = StatusMessage("deleted \(name) — u to undo")
        case .link(let id)? where map.link(id) != nil:
            let link = map.link(id)!
            guard edit({ map throws(EditError) in try map.removeLink(id) }) else { return [] }
            message = StatusMessage("deleted the tie \(displayName(of: link.from)) \(link.direction.rawValue) \(displayName(of: link.to)) — u to undo")
        default:
            message = StatusMessage("nothing selected to delete")
            return []
        }
        let effects = recordEdit(from: before)
        if case .link = before.selection, let walk { select(walk.anchor) }
        return effects
    }

    /// Ties `source` to `target` with an undirected tie and selects it, ready for `e`.
    mutating func connect(_ source: NodeID, to target: NodeID) -> [Effect] {
        tie(Link(from: source, to: target))
    }

    /// Adds `link` and selects it, walking from its first end.
    mutating func tie(_ link: Link) -> [Effect] {
        let before = snapshot
        var id: LinkID?
        guard edit({ map throws(EditError) in id = try map.addLink(link) }), let id else { return [] }
        let effects = recordEdit(from: before)
        selection = .link(id)
        walk = NeighbourWalk(anchor: link.from, index: ties(of: link.from).count - 1)
        message = StatusMessage("tied \(tieName(id)) · e sets strength, support and more")
        return effects
    }

    /// A tie as the status line names it: `Amira -> Riverside GP surgery`.
    func tieName(_ id: LinkID) -> String {
        guard let link = map.link(id) else { return "tie \(id)" }
        return "\(displayName(of: link.from)) \(link.direction.rawValue) \(displayName(of: link.to))"
    }

    /// Applies one of the map's editing operations; when it refuses, says why on the bottom
    /// line and returns `false`, the map untouched.
    mutating func edit(_ operation: (inout CareMap) throws(EditError) -> Void) -> Bool {
        do throws(EditError) {
            try operation(&map)
            return true
        } catch {
            message = StatusMessage(error.description, isError: true)
            return false
        }
    }
}
