import CareMapCanvas
import CareMapKit

/// The `:` commands that change the map. Each is one undo step through
/// ``Editor/change(from:recorded:_:)``: the new map is worked out on a copy, through the map's own
/// editing operations, and recorded only when every part was accepted, so a command refused
/// halfway leaves nothing behind.
extension Editor {
    /// Runs an editing command, or returns `nil` for a command that edits nothing.
    mutating func runEditing(_ command: LineCommand) throws(LineCommandError) -> [Effect]? {
        switch command {
        case .add(let kind, let name, let attributes):
            var node = Node(id: map.freshID(for: name, kind: kind), kind: kind, name: name)
            for attribute in attributes where attribute.key == "id" { node.id = NodeID(attribute.value) }
            for attribute in attributes where attribute.key != "id" { try attribute.apply(to: &node) }
            let near = selectedNode
            return try reported { editor in try editor.add(node, near: near) }
        case .link(let first, let second, let direction, let label, let attributes):
            var link = Link(from: try node(first), to: try node(second), direction: direction, label: label ?? "")
            for attribute in attributes { try attribute.apply(to: &link) }
            return try reported { editor in try editor.tie(link) }
        case .unlink(let target, let label):
            return try unlink(target, label: label)
        case .delete(let target):
            if case .node = target {
                select(try node(target, for: "delete"))
            } else {
                _ = try resolve(target, for: "delete")
            }
            return deleteSelection()
        case .set(let target, let attributes):
            return try set(attributes, on: target)
        case .rename(let target, let name):
            return try rename(target, to: name)
        case .changeID(let target, let new):
            return try changeID(target, to: NodeID(new))
        case .subject(let target):
            let id = try target.map { target throws(LineCommandError) in try node(target, for: "subject") }
            return try commit { map in try map.setSubject(id) } message: { editor in
                id.map { "\(editor.displayName(of: $0)) is the subject" } ?? "no subject: a community map"
            }
        case .title(let title):
            return try commit { map in map.setTitle(title) } message: { _ in "title set" }
        case .pin(let target, let position):
            let id = try node(target, for: "pin")
            guard let at = position ?? layout.positions[id]?.description else { return [] }
            return try commit { map in
                try map.updateNode(id) { node in try CommandAttribute(key: "at", value: at).apply(to: &node) }
            } message: { editor in
                "pinned \(editor.displayName(of: id)) at \(editor.map.nodes[id]?.position?.description ?? at)"
            }
        case .unpin(let target):
            let id = try node(target, for: "unpin")
            return try commit { map in try map.moveNode(id, to: nil) } message: { editor in
                "unpinned \(editor.displayName(of: id)); the next layout places it"
            }
        case .action(let text, let about, let attributes):
            return try addAction(text, about: about, attributes: attributes)
        case .done(let id):
            return try markDone(ActionID(id))
        default:
            return nil
        }
    }

    /// Runs `body`, an edit a command asked for, reporting a refusal as the command's error.
    private mutating func reported(_ body: (inout Editor) throws -> [Effect]) throws(LineCommandError) -> [Effect] {
        do {
            return try body(&self)
        } catch let error as LineCommandError {
            throw error
        } catch let error as EditError {
            throw .edit(error)
        } catch {
            preconditionFailure("a command's edit threw \(error)")
        }
    }

    /// Applies `operation` as one edit and, when it is accepted, says what changed.
    mutating func commit(
        _ operation: (inout CareMap) throws -> Void,
        message text: (Editor) -> String
    ) throws(LineCommandError) -> [Effect] {
        try reported { editor in
            let steps = editor.document.undoStack.count
            let effects = try editor.change(operation)
            let said = text(editor)
            editor.message = StatusMessage(said)
            if editor.document.undoStack.count > steps { editor.document.nameLastEdit(said) }
            return effects
        }
    }

    private mutating func unlink(_ target: CommandTarget, label: String?) throws(LineCommandError) -> [Effect] {
        switch target {
        case .selection:
            guard case .link(let id)? = selection, map.link(id) != nil else {
                throw .needsSelection("unlink", what: "a tie")
            }
            return deleteSelection()
        case .node:
            throw .usage("unlink")
        case .ties(let a, let b):
            let ids = try ties(a, b, label: label)
            let names = (displayName(of: try node(a)), displayName(of: try node(b)))
            return try commit { map in
                for id in ids { try map.removeLink(id) }
            } message: { _ in
                "untied \(names.0) and \(names.1)" + (ids.count > 1 ? " (\(ids.count) ties)" : "") + " — u to undo"
            }
        }
    }

    private mutating func set(_ attributes: [CommandAttribute], on target: CommandTarget) throws(LineCommandError) -> [Effect] {
        let keys = attributes.map(\.key).joined(separator: ", ")
        switch try resolve(target, for: "set") {
        case .node(let id):
            return try commit { map in
                try map.updateNode(id) { node in
                    for attribute in attributes { try attribute.apply(to: &node) }
                }
            } message: { editor in
                "set \(keys) on \(editor.displayName(of: id))"
            }
        case .tie(let id):
            return try commit { map in
                try map.updateLink(id) { link in
                    for attribute in attributes { try attribute.apply(to: &link) }
                }
            } message: { editor in
                "set \(keys) on the tie \(editor.tieName(id))"
            }
        }
    }

    private mutating func rename(_ target: CommandTarget, to name: String) throws(LineCommandError) -> [Effect] {
        switch try resolve(target, for: "rename") {
        case .node(let id):
            let old = displayName(of: id)
            return try commit { map in try map.renameNode(id, to: name) } message: { editor in
                "renamed \(old) to \(editor.displayName(of: id))"
            }
        case .tie(let id):
            return try commit { map in try map.updateLink(id) { $0.label = name } } message: { editor in
                "relabelled the tie \(editor.tieName(id))"
            }
        }
    }

    /// `:id`: the node keeps its place on screen and stays selected under its new id.
    private mutating func changeID(_ target: CommandTarget, to new: NodeID) throws(LineCommandError) -> [Effect] {
        let old = try node(target, for: "id")
        let wasSelected = selection == .node(old)
        let position = layout.positions[old]
        let effects = try commit { map in try map.changeID(old, to: new) } message: { editor in
            "\(editor.displayName(of: new)) now has the id '\(new)'"
        }
        layout.positions[old] = nil
        layout.positions[new] = position
        if wasSelected { select(new) }
        return effects
    }
}
