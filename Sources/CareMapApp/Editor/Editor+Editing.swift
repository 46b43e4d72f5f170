import CareMapCanvas
import CareMapKit

/// The one path by which the map changes, and the edits keys make through it.
///
/// Keys, the `:` commands and the edit form all edit through ``change(from:recorded:_:)``: the
/// operation runs once, on a copy, and the copy becomes the map only if every part of it was
/// accepted. A key says a refusal on the bottom line, a command reports it as its error, the form
/// puts the cursor on the field at fault.
extension Editor {
    /// Runs `operation` (one or more of the map's editing operations) on a copy of the map; when
    /// it throws, the map is untouched and the error is rethrown. Otherwise the copy becomes the
    /// map and is recorded as one undo step from `before` (the state now, unless given), except
    /// in the middle of a gesture (`recorded: false`: a move or a drag takes its undo step when
    /// it ends).
    ///
    /// - Returns: The effects of recording the edit (a recovery write every so many edits).
    mutating func change(
        from before: Snapshot? = nil,
        recorded: Bool = true,
        named name: String = "",
        _ operation: (inout CareMap) throws -> Void
    ) throws -> [Effect] {
        var before = before ?? snapshot
        before.edit = name
        var draft = map
        try operation(&draft)
        map = draft
        return recorded ? recordEdit(from: before) : []
    }

    /// Runs `body`, an edit a key asked for; a refusal goes to the bottom line.
    mutating func refusalShown(_ body: (inout Editor) throws -> [Effect]) -> [Effect] {
        do {
            return try body(&self)
        } catch {
            message = StatusMessage("\(error)", isError: true)
            return []
        }
    }

    /// Adds a node named `name` next to `near`, unlinked, and selects it.
    mutating func addNode(kind: NodeKind, name: String, near: NodeID?) -> [Effect] {
        let node = Node(id: map.freshID(for: name, kind: kind), kind: kind, name: name)
        return refusalShown { try $0.add(node, near: near) }
    }

    /// Adds `node` next to `near` and selects it; throws the map's refusal.
    mutating func add(_ node: Node, near: NodeID?) throws -> [Effect] {
        var before = snapshot
        before.selection = near.map(MapSelection.node)
        let effects = try change(from: before) { map in try map.addNode(node) }
        document.nameLastEdit("add \(displayName(of: node.id))")
        select(node.id)
        message = StatusMessage("added \(displayName(of: node.id)) · e edits, c connects")
        return effects
    }

    /// How many ties make a node's deletion worth a question: a handful can be redrawn from
    /// memory, more cannot.
    static let tiesDeletedWithoutAsking = 5

    /// `d`: deletes the selected node with its ties, or the selected tie; `u` brings it back.
    /// The person at the centre, or a node with more than a handful of ties, is deleted only
    /// once confirmed (`confirmed`).
    mutating func deleteSelection(confirmed: Bool = false) -> [Effect] {
        let said: String, name: String
        let operation: (inout CareMap) throws -> Void
        var anchor: NodeID?
        switch selection {
        case .node(let id)?:
            let ties = ties(of: id).count
            let isSubject = id == map.subject
            if !confirmed, isSubject || ties > Editor.tiesDeletedWithoutAsking {
                mode = .confirm(.deleteNode(id, name: displayName(of: id), ties: ties, isSubject: isSubject))
                return []
            }
            name = "delete \(displayName(of: id))" + (ties == 0 ? "" : " and \(ties == 1 ? "1 tie" : "\(ties) ties")")
            said = "deleted \(displayName(of: id))" + (ties == 0 ? "" : " and \(ties == 1 ? "1 tie" : "\(ties) ties")") + " — u to undo"
            operation = { try $0.removeNode(id) }
        case .link(let id)? where map.link(id) != nil:
            name = "delete the tie \(tieName(id))"
            said = "deleted the tie \(tieName(id)) — u to undo"
            operation = { try $0.removeLink(id) }
            anchor = walk?.anchor
        default:
            message = StatusMessage("nothing selected to delete")
            return []
        }
        return refusalShown { editor in
            let effects = try editor.change(named: name, operation)
            editor.message = StatusMessage(said)
            if let anchor { editor.select(anchor) }
            return effects
        }
    }

    /// Ties `source` to `target` with an undirected tie and selects it, ready for `e`.
    mutating func connect(_ source: NodeID, to target: NodeID) -> [Effect] {
        refusalShown { try $0.tie(Link(from: source, to: target)) }
    }

    /// Adds `link` and selects it, walking from its first end; throws the map's refusal.
    mutating func tie(_ link: Link) throws -> [Effect] {
        var id: LinkID?
        let effects = try change { map in id = try map.addLink(link) }
        guard let id else { return effects }
        document.nameLastEdit("tie \(tieName(id))")
        selection = .link(id)
        walk = NeighbourWalk(anchor: link.from, index: ties(of: link.from).count - 1)
        message = StatusMessage("tied \(tieName(id)) · e sets strength, support and more")
        return effects
    }
}
