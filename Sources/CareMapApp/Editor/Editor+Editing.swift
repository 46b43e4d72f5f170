import CareMapCanvas
import CareMapKit

extension Editor {
    /// Adds a node named `name` next to `near`, unlinked, and selects it.
    mutating func addNode(kind: NodeKind, name: String, near: NodeID?) -> [Effect] {
        var before = snapshot
        before.selection = near.map(MapSelection.node)
        let id = map.freshID(for: name, kind: kind)
        guard edit({ map throws(EditError) in try map.addNode(Node(id: id, kind: kind, name: name)) }) else { return [] }
        let effects = recordEdit(from: before)
        select(id)
        message = StatusMessage("added \(displayName(of: id)) · e edits, c connects")
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
        case .link(let index)? where map.links.indices.contains(index):
            let link = map.links[index]
            guard edit({ map throws(EditError) in try map.removeLink(at: index) }) else { return [] }
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
        let before = snapshot
        guard edit({ map throws(EditError) in try map.addLink(Link(from: source, to: target)) }) else { return [] }
        let effects = recordEdit(from: before)
        selection = .link(map.links.count - 1)
        walk = NeighbourWalk(anchor: source, index: ties(of: source).count - 1)
        message = StatusMessage("tied \(displayName(of: source)) -- \(displayName(of: target)) · e sets strength, support and more")
        return effects
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
