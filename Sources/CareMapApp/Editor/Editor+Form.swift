import CareMapCanvas
import CareMapKit

extension Editor {
    /// `e`: the form for the selected node or tie.
    mutating func startForm() {
        switch selection {
        case .node(let id)?:
            guard let node = map.nodes[id] else { return }
            mode = .form(EditForm(target: .node(id), fields: FieldText.fields(of: node), curtain: curtain))
        case .link(let id)? where map.link(id) != nil:
            mode = .form(EditForm(target: .link(id), fields: FieldText.fields(of: map.link(id)!), curtain: curtain))
        default:
            message = StatusMessage("select a node or a tie to edit")
        }
    }

    /// Tab/↓ and Shift-Tab/↑ move between fields, Enter checks and applies every change as one
    /// undo step, Esc drops them; other keys edit the field with the cursor.
    mutating func formKey(_ key: Key, form: EditForm) -> [Effect] {
        var form = form
        switch key {
        case .escape:
            mode = .normal
            message = StatusMessage("edit cancelled")
            return []
        case .enter:
            return apply(form)
        case .tab, .down:
            form.focus = (form.focus + 1) % max(1, form.fields.count)
        case .backTab, .up:
            form.focus = (form.focus + max(1, form.fields.count) - 1) % max(1, form.fields.count)
        default:
            guard form.fields.indices.contains(form.focus) else { break }
            if form.fields[form.focus].value.handle(key) == .edited { form.error = nil }
        }
        mode = .form(form)
        return []
    }

    /// Applies the changed fields as one edit of the map, or stays in the form with the cursor
    /// on the first field that is refused.
    private mutating func apply(_ form: EditForm) -> [Effect] {
        var form = form
        let changed = form.fields.indices.filter { form.fields[$0].isChanged }
        var failing: Int?
        /// Sets the changed fields, remembering which one was being set if it is refused.
        func setFields<Target>(on target: inout Target, _ set: (String, String, inout Target) throws -> Void) throws {
            for index in changed {
                failing = index
                try set(form.fields[index].key, form.fields[index].value.text, &target)
            }
            failing = nil
        }
        let effects: [Effect]
        let steps = document.undoStack.count
        do {
            effects = try change { map in
                switch form.target {
                case .node(let id): try map.updateNode(id) { node in try setFields(on: &node) { try FieldText.set($0, to: $1, on: &$2) } }
                case .link(let id): try map.updateLink(id) { link in try setFields(on: &link) { try FieldText.set($0, to: $1, on: &$2) } }
                }
            }
        } catch {
            let attribute = (error as? EditError)?.attribute
            form.focus = failing ?? form.fields.firstIndex { $0.key == attribute } ?? changed.last ?? form.focus
            form.error = form.fields.indices.contains(form.focus) ? "\(form.fields[form.focus].key): \(error)" : "\(error)"
            mode = .form(form)
            return []
        }
        mode = .normal
        let keys = changed.map { form.fields[$0].key }
        message = StatusMessage(keys.isEmpty ? "nothing changed" : "changed " + keys.joined(separator: ", "))
        if document.undoStack.count > steps { document.nameLastEdit("change " + keys.joined(separator: ", ") + " of " + formSubject(form)) }
        return effects
    }
}
