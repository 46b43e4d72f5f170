/// The structural invariants every edit keeps, after swift-collections' `_checkInvariants`:
/// checked after each mutation in debug builds, free in release builds.
extension CareMap {
    /// Every broken structural invariant, as a sentence; empty for a sound map.
    ///
    /// The invariants: each node is filed under its own id; every link end and go-between is a
    /// node of the map; no two links share an id, and none has an id the map has yet to give;
    /// each action is filed under its own id and is about nodes of the map; the
    /// subject, when there is one, is a node and a person. (Warnings such as
    /// an unknown role are not invariants; ``problems()`` reports those.)
    ///
    /// - Complexity: O(*n* + *m* + *a*) for *n* nodes, *m* links and *a* actions.
    public func invariantViolations() -> [String] {
        var violations: [String] = []
        for (key, node) in nodes where key != node.id {
            violations.append("node '\(node.id)' is filed under '\(key)'")
        }
        for (index, link) in links.enumerated() {
            for end in [link.from, link.to] + (link.via.map { [$0] } ?? []) where nodes[end] == nil {
                violations.append("link \(index) names '\(end)', which is not a node")
            }
        }
        var linkIDs = Set<LinkID>()
        for link in links where !linkIDs.insert(link.id).inserted || link.id.rawValue >= nextLinkID {
            violations.append("link \(link.id) from '\(link.from)' to '\(link.to)' has an id given twice")
        }
        for (key, action) in actions {
            if key != action.id { violations.append("action '\(action.id)' is filed under '\(key)'") }
            for id in action.about where nodes[id] == nil {
                violations.append("action '\(action.id)' is about '\(id)', which is not a node")
            }
        }
        if let subject {
            if let node = nodes[subject] {
                if node.kind != .person { violations.append("subject '\(subject)' is a \(node.kind.rawValue)") }
            } else {
                violations.append("subject '\(subject)' is not a node")
            }
        }
        return violations
    }

    /// Stops a debug build when an edit has broken an invariant; does nothing in release builds.
    ///
    /// - Complexity: O(*n* + *m*) in debug builds, O(1) in release builds.
    public func checkInvariants() {
        assert(invariantViolations().isEmpty, "broken CareMap invariants: " + invariantViolations().joined(separator: "; "))
    }
}
