import CareMapCanvas
import CareMapKit

extension Editor {
    /// `e`: the form for the selected node or tie.
    mutating func startForm() {
        switch selection {
        case .node(let id)?:
            guard let node = map.nodes[id] else { return }
            mode = .form(EditForm(target: .node(id), fields: FieldText.fields(of: node), curtain: curtain))
        case .link(let index)? where map.links.indices.contains(index):
            mode = .form(EditForm(target: .link(index), fields: FieldText.fields(of: map.links[index]), curtain: curtain))
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

    /// Applies the changed fields, or stays in the form on the first field that is refused.
    private mutating func apply(_ form: EditForm) -> [Effect] {
        var form = form
        let before = snapshot
        do throws(FieldError) {
            switch form.target {
            case .node(let id):
                guard var node = map.nodes[id] else { break }
                for (index, field) in form.fields.enumerated() where field.isChanged {
                    form.focus = index
                    try FieldText.set(field.key, to: field.value.text, on: &node)
                }
                map.nodes[id] = node
            case .link(let index):
                guard map.links.indices.contains(index) else { break }
                var link = map.links[index]
                for (position, field) in form.fields.enumerated() where field.isChanged {
                    form.focus = position
                    try FieldText.set(field.key, to: field.value.text, on: &link)
                    if field.key == "via", let via = link.via { try checkVia(via, of: link) }
                }
                map.links[index] = link
            }
        } catch {
            form.error = "\(form.fields[form.focus].key): \(error)"
            mode = .form(form)
            return []
        }
        mode = .normal
        let changed = form.fields.filter(\.isChanged).map(\.key)
        message = StatusMessage(changed.isEmpty ? "nothing changed" : "changed " + changed.joined(separator: ", "))
        return recordEdit(from: before)
    }

    /// A go-between must be another node of the map, not one of the tie's own ends.
    private func checkVia(_ via: NodeID, of link: Link) throws(FieldError) {
        guard map.nodes[via] != nil else { throw FieldError(description: "via '\(via)', which is not a node in this map") }
        guard !link.touches(via) else { throw FieldError(description: "via '\(via)' is one of the tie's own ends") }
    }
}
