import CareMapCanvas
import CareMapKit

extension Editor {
    /// Adds a node named `name` next to `near`, unlinked, and selects it.
    mutating func addNode(kind: NodeKind, name: String, near: NodeID?) -> [Effect] {
        var before = snapshot
        before.selection = near.map(MapSelection.node)
        let id = Editor.freshID(for: name, kind: kind, in: map)
        map.nodes[id] = Node(id: id, kind: kind, name: name)
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
            map.nodes.removeValue(forKey: id)
            map.links.removeAll { $0.touches(id) }
            for index in map.links.indices where map.links[index].via == id { map.links[index].via = nil }
            if map.subject == id { map.subject = nil }
            message = StatusMessage("deleted \(name) — u to undo")
        case .link(let index)? where map.links.indices.contains(index):
            let link = map.links[index]
            map.links.remove(at: index)
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
        guard source != target else {
            message = StatusMessage("a node cannot be tied to itself", isError: true)
            return []
        }
        let before = snapshot
        map.links.append(Link(from: source, to: target))
        let effects = recordEdit(from: before)
        selection = .link(map.links.count - 1)
        walk = NeighbourWalk(anchor: source, index: ties(of: source).count - 1)
        message = StatusMessage("tied \(displayName(of: source)) -- \(displayName(of: target)) · e sets strength, support and more")
        return effects
    }

    /// An id for a new node: the name's ASCII letters and digits as a slug (`Hassan Ali` →
    /// `hassan-ali`), or the kind when the name has none (`أميرة` → `person`), with `-2`, `-3`…
    /// added until it is unused.
    static func freshID(for name: String, kind: NodeKind, in map: CareMap) -> NodeID {
        var slug = ""
        for scalar in name.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        let base = slug.isEmpty ? kind.rawValue : String(slug.prefix(32))
        var candidate = NodeID(base)
        var number = 2
        while map.nodes[candidate] != nil {
            candidate = NodeID("\(base)-\(number)")
            number += 1
        }
        return candidate
    }
}
