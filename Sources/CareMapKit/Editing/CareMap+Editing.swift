import OrderedCollections

/// Editing operations on nodes, the subject and the title: the only way the editor changes a map.
///
/// Each operation either makes its whole change or throws and leaves the map as it was. None of
/// them introduces an error that ``CareMap/problems()`` would report, so a map loaded without
/// errors keeps none, and each ends with ``CareMap/checkInvariants()``. The complexities given
/// are for release builds; in debug builds that check adds O(*n* + *m*) to every operation.
extension CareMap {
    /// Adds `node` after the existing nodes.
    ///
    /// Refuses a malformed or duplicate id, and a node with an error of its own (a ring of 7, a
    /// malformed language tag).
    ///
    /// - Complexity: O(1) amortised.
    public mutating func addNode(_ node: Node) throws(EditError) {
        guard node.id.isWellFormed else { throw .malformedID(node.id) }
        guard nodes[node.id] == nil else { throw .duplicateID(node.id) }
        try CareMap.refuseNewErrors(node.problems(), before: [])
        nodes[node.id] = node
        checkInvariants()
    }

    /// Gives the node `id` a new display name; its id stays, so links and history keep meaning.
    ///
    /// - Complexity: O(1) on average.
    public mutating func renameNode(_ id: NodeID, to name: String) throws(EditError) {
        _ = try existingNode(id)
        nodes[id]?.name = name
        checkInvariants()
    }

    /// Changes a node's id to `new`, keeping its place in the map, and rewrites every link end,
    /// go-between, action and the subject that named it.
    ///
    /// - Complexity: O(*n* + *m* + *a*) for *n* nodes, *m* links and *a* actions.
    public mutating func changeID(_ old: NodeID, to new: NodeID) throws(EditError) {
        var node = try existingNode(old)
        guard new != old else { return }
        guard new.isWellFormed else { throw .malformedID(new) }
        guard nodes[new] == nil else { throw .duplicateID(new) }
        let index = nodes.index(forKey: old)!
        node.id = new
        nodes.remove(at: index)
        nodes.updateValue(node, forKey: new, insertingAt: index)
        for position in links.indices {
            if links[position].from == old { links[position].from = new }
            if links[position].to == old { links[position].to = new }
            if links[position].via == old { links[position].via = new }
        }
        for index in actions.values.indices where actions.values[index].about.contains(old) {
            actions.values[index].about = actions.values[index].about.map { $0 == old ? new : $0 }
        }
        if subject == old { subject = new }
        checkInvariants()
    }

    /// Changes a node's attributes through `change`, as the edit form and `:set` do; throws the
    /// change's own error, or an ``EditError`` when the result would add an error to the map or
    /// make the subject something other than a person. Nothing changes when it throws.
    ///
    /// The id cannot change here (use ``changeID(_:to:)``, which rewrites the links too); trying
    /// to is a programming error and stops the program.
    ///
    /// - Complexity: O(1) on average, plus the cost of `change`.
    public mutating func updateNode(_ id: NodeID, _ change: (inout Node) throws -> Void) throws {
        let before = try existingNode(id)
        var node = before
        try change(&node)
        precondition(node.id == id, "updateNode cannot change an id; use changeID(_:to:)")
        try CareMap.refuseNewErrors(node.problems(), before: before.problems())
        if id == subject, node.kind != .person { throw EditError.subjectNotPerson(id, node.kind) }
        nodes[id] = node
        checkInvariants()
    }

    /// Removes the node `id` with every link that touches it; links that went via it lose their
    /// go-between, actions about it stay but no longer name it (the step may still be needed:
    /// "find another interpreter"), and a map whose subject it was becomes a community map.
    ///
    /// - Returns: The node removed.
    /// - Complexity: O(*n* + *m* + *a*) for *n* nodes, *m* links and *a* actions.
    @discardableResult
    public mutating func removeNode(_ id: NodeID) throws(EditError) -> Node {
        let node = try existingNode(id)
        nodes.removeValue(forKey: id)
        links.removeAll { $0.touches(id) }
        for index in links.indices where links[index].via == id { links[index].via = nil }
        for index in actions.values.indices { actions.values[index].about.removeAll { $0 == id } }
        if subject == id { subject = nil }
        checkInvariants()
        return node
    }

    /// Pins the node `id` at `point`, or unpins it (`nil`) so the layout places it again. A point
    /// beyond ``AttributeCodec/positionLimit`` (a node dragged or nudged off the edge) is held at
    /// the limit, so the saved file is one `check` accepts.
    ///
    /// - Complexity: O(1) on average.
    public mutating func moveNode(_ id: NodeID, to point: MapPoint?) throws(EditError) {
        _ = try existingNode(id)
        let limit = AttributeCodec.positionLimit
        nodes[id]?.position = point.map { MapPoint(x: min(max($0.x, -limit), limit), y: min(max($0.y, -limit), limit)) }
        checkInvariants()
    }

    /// Makes the person `id` the subject, or makes the map a community map (`nil`).
    ///
    /// - Complexity: O(1) on average.
    public mutating func setSubject(_ id: NodeID?) throws(EditError) {
        if let id {
            let node = try existingNode(id)
            guard node.kind == .person else { throw .subjectNotPerson(id, node.kind) }
        }
        subject = id
        checkInvariants()
    }

    /// Sets the map's title.
    ///
    /// - Complexity: O(1).
    public mutating func setTitle(_ title: String) {
        self.title = title
        checkInvariants()
    }

    /// The node `id`, or ``EditError/noSuchNode(_:suggestion:)`` with the id probably meant.
    func existingNode(_ id: NodeID) throws(EditError) -> Node {
        guard let node = nodes[id] else { throw .noSuchNode(id, suggestion: suggestedID(for: id)) }
        return node
    }

    /// The id closest to a mistyped `id`: a likely typo (``Suggestion/closest(to:in:)``), else
    /// the first id that extends it with a hyphen, so `gp` finds `gp-2`.
    ///
    /// - Complexity: O(*n* · *k*²) for *n* nodes and ids of length *k*.
    public func suggestedID(for id: NodeID) -> NodeID? {
        if let close = Suggestion.closest(to: id.rawValue, in: nodes.keys.map(\.rawValue)) { return NodeID(close) }
        return nodes.keys.first { $0.rawValue.hasPrefix(id.rawValue + "-") }
    }

    /// Throws the first error in `after` that was not already in `before`: an edit may leave
    /// an old problem alone but must not add one.
    static func refuseNewErrors(_ after: [MapProblem], before: [MapProblem]) throws(EditError) {
        if let problem = after.first(where: { $0.severity == .error && !before.contains($0) }) {
            throw .invalid(problem)
        }
    }
}
