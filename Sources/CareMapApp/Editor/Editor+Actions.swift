import CareMapKit

/// `:action` and `:done`: turning a gap into a next step, and closing it, from the command line.
extension Editor {
    /// Adds an action about the nodes named (by id or name), or about the selected node when
    /// none is named; `id=` chooses its id, the other attributes are the file's
    /// (`owner=`, `review=`, `status=`, `domains=`, `notes=`, `about=`).
    mutating func addAction(_ text: String, about words: [String], attributes: [CommandAttribute]) throws(LineCommandError) -> [Effect] {
        var action = CareAction(id: map.freshActionID(for: text), text: text)
        var about: [NodeID] = []
        for word in words {
            let id = try node(word)
            if !about.contains(id) { about.append(id) }
        }
        action.about = about.isEmpty ? (selectedNode.map { [$0] } ?? []) : about
        for attribute in attributes {
            if attribute.key == "id" {
                action.id = ActionID(attribute.value)
                continue
            }
            guard CareMap.actionAttributes.contains(attribute.key) else {
                throw .unknownAttribute(attribute.key, keys: ["id"] + CareMap.actionAttributes)
            }
            do throws(AttributeError) {
                try AttributeCodec.set(attribute.key, to: attribute.value, on: &action)
            } catch {
                throw .badValue(key: attribute.key, reason: error.description)
            }
        }
        return try commit { map in try map.addAction(action) } message: { _ in
            "added action \(action.id) · :done \(action.id) when it is done"
        }
    }

    /// Marks the action `id` done.
    mutating func markDone(_ id: ActionID) throws(LineCommandError) -> [Effect] {
        try commit { map in try map.updateAction(id) { $0.status = .done } } message: { _ in
            "action \(id) is done"
        }
    }
}
