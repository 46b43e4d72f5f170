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

    /// Ctrl-S applies every change as one undo step, and so does Enter outside a note (in a
    /// note Enter starts a new line); Esc drops them. Tab completes a field with a vocabulary,
    /// as on the `:` line, and moves on once the field holds a whole value; Shift-Tab goes
    /// back; ↑↓ move between fields, and between the rows of a note. Other keys edit the field.
    mutating func formKey(_ key: Key, form: EditForm) -> [Effect] {
        var form = form
        guard form.fields.indices.contains(form.focus) else {
            mode = key == .escape ? .normal : .form(form)
            return key == .control("s") || key == .enter ? apply(form) : []
        }
        let field = form.fields[form.focus]
        let count = form.fields.count
        if key != .tab, key != .backTab {
            form.completions = []
            form.completionIndex = nil
        }
        switch key {
        case .escape:
            mode = .normal
            message = StatusMessage("edit cancelled")
            return []
        case .control("s"):
            return apply(form)
        case .enter where !field.isMultiline:
            return apply(form)
        case .tab where !field.isFreeText && completeField(&form):
            break
        case .tab:
            form.focus = (form.focus + 1) % count
        case .backTab:
            form.focus = (form.focus + count - 1) % count
        case .up where !field.isMultiline, .down where !field.isMultiline:
            form.focus = (form.focus + (key == .up ? count - 1 : 1)) % count
        default:
            let outcome = field.isMultiline ? form.fields[form.focus].value.handleLines(key, width: formValueWidth(form))
                : form.fields[form.focus].value.handle(key)
            switch outcome {
            case .edited: form.error = nil
            case .moved: break
            case .ignored where key == .up: form.focus = (form.focus + count - 1) % count
            case .ignored where key == .down: form.focus = (form.focus + 1) % count
            case .ignored: break
            }
        }
        mode = .form(form)
        return []
    }

    /// Tab in a field with a vocabulary: completes what is typed from the same words the `:`
    /// line offers, cycling when several fit. Returns `false`, so Tab moves on, when the field
    /// is empty or already holds a whole value.
    private func completeField(_ form: inout EditForm) -> Bool {
        let field = form.fields[form.focus]
        if form.completionIndex == nil {
            let text = field.value.text
            let prefix = field.key + "="
            let words = valueCompletions(key: field.key, partial: text, owner: formOwner(form)).map { completion in
                String(completion.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
            }
            guard !text.isEmpty, !(words.count == 1 && words[0] == text), !words.isEmpty else { return false }
            form.completions = words
        }
        let index = form.completionIndex.map { ($0 + 1) % form.completions.count } ?? 0
        form.fields[form.focus].value.replace(with: form.completions[index])
        form.completionIndex = form.completions.count > 1 ? index : nil
        if form.completions.count == 1 { form.completions = [] }
        form.error = nil
        return true
    }

    /// Whose attributes the form's fields are, for completion.
    func formOwner(_ form: EditForm) -> AttributeOwner {
        if case .link = form.target { return .tie }
        return .node
    }

    /// A role outside the vocabulary, typed into the form and not yet confirmed: refused once,
    /// with every role listed, and kept when applied again unchanged.
    private func unconfirmedRole(in form: EditForm) -> String? {
        guard case .node = form.target, let field = form.fields.first(where: { $0.key == "role" }), field.isChanged else { return nil }
        let role = field.value.text
        guard !role.isEmpty, !Role(role).isKnown, form.confirmedRole != role else { return nil }
        return role
    }

    /// Applies the changed fields as one edit of the map, or stays in the form with the cursor
    /// on the first field that is refused.
    private mutating func apply(_ form: EditForm) -> [Effect] {
        var form = form
        if let role = unconfirmedRole(in: form) {
            let hint = Suggestion.closest(to: role, in: Role.vocabulary.map(\.rawValue)).map { " (did you mean '\($0)'?)" } ?? ""
            form.focus = form.fields.firstIndex { $0.key == "role" } ?? form.focus
            form.error = "unknown role '\(role)': the analysis knows only the roles listed above\(hint). Apply again to keep '\(role)' as typed."
            form.confirmedRole = role
            mode = .form(form)
            return []
        }
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
