/// Editing the actions kept in a map: adding a next step and changing it (marking it done).
///
/// As with nodes and links, each operation makes its whole change or throws and leaves the map
/// as it was, never adds an error validation would report, and ends with
/// ``CareMap/checkInvariants()``.
extension CareMap {
    /// Adds `action` after the existing actions.
    ///
    /// Refuses a malformed or duplicate id, an action with no text, and one about a node the map
    /// does not have.
    ///
    /// - Complexity: O(*k*) for the *k* nodes the action is about, amortised.
    public mutating func addAction(_ action: CareAction) throws(EditError) {
        guard action.id.isWellFormed else { throw .malformedID(NodeID(action.id.rawValue)) }
        guard actions[action.id] == nil else { throw .duplicateActionID(action.id) }
        for id in action.about where nodes[id] == nil { throw .noSuchNode(id, suggestion: suggestedID(for: id)) }
        try CareMap.refuseNewErrors(actionProblems(action), before: [])
        actions[action.id] = action
        checkInvariants()
    }

    /// Changes the action `id` through `change` (its status, owner, review date…); throws the
    /// change's own error, or an ``EditError`` when the result would add an error to the map.
    /// The id cannot change here; trying to is a programming error.
    ///
    /// - Complexity: O(*k*) for the *k* nodes the action is about, plus the cost of `change`.
    public mutating func updateAction(_ id: ActionID, _ change: (inout CareAction) throws -> Void) throws {
        guard let before = actions[id] else { throw EditError.noSuchAction(id, suggestion: suggestedActionID(for: id)) }
        var action = before
        try change(&action)
        precondition(action.id == id, "updateAction cannot change an id")
        try CareMap.refuseNewErrors(actionProblems(action), before: actionProblems(before))
        actions[id] = action
        checkInvariants()
    }

    /// The action id closest to a mistyped one, as ``suggestedID(for:)`` does for nodes.
    ///
    /// - Complexity: O(*a* · *k*²) for *a* actions and ids of length *k*.
    public func suggestedActionID(for id: ActionID) -> ActionID? {
        if let close = Suggestion.closest(to: id.rawValue, in: actions.keys.map(\.rawValue)) { return ActionID(close) }
        return actions.keys.first { $0.rawValue.hasPrefix(id.rawValue + "-") }
    }
}
