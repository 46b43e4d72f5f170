/// Editing operations on links. Links are found by their ``LinkID``, since several may join the
/// same two nodes and an index moves when an earlier link is removed.
extension CareMap {
    /// Adds `link` after the existing links.
    ///
    /// Both ends must be nodes of the map and differ; a go-between must be a third node; and the
    /// link must have no error of its own (a malformed language tag).
    ///
    /// - Returns: The new link's id.
    /// - Complexity: O(1) amortised for a link without unknown attributes.
    @discardableResult
    public mutating func addLink(_ link: Link) throws(EditError) -> LinkID {
        try checkEnds(of: link)
        try checkVia(of: link)
        try CareMap.refuseNewErrors(linkProblems(link, at: links.count), before: [])
        let id = appendLink(link)
        checkInvariants()
        return id
    }

    /// Removes the link with id `id`; no other link's id changes.
    ///
    /// - Returns: The link removed.
    /// - Complexity: O(*m*) for *m* links.
    @discardableResult
    public mutating func removeLink(_ id: LinkID) throws(EditError) -> Link {
        guard let index = linkIndex(of: id) else { throw .noSuchLink(id) }
        let link = links.remove(at: index)
        checkInvariants()
        return link
    }

    /// Changes the link with id `id` through `change`, as the edit form and `:set` do; throws the
    /// change's own error, or an ``EditError`` when the result would name a missing node, tie a
    /// node to itself, go via one of its own ends, or add an error. Nothing changes when it throws.
    ///
    /// Ends and go-betweens are checked only when `change` alters them, so a link read from a
    /// file with a warning (a go-between that is an end) can still be edited in other ways.
    ///
    /// - Complexity: O(*m*) to find the link, plus the cost of `change`.
    public mutating func updateLink(_ id: LinkID, _ change: (inout Link) throws -> Void) throws {
        guard let index = linkIndex(of: id) else { throw EditError.noSuchLink(id) }
        let before = links[index]
        var link = before
        try change(&link)
        link.id = id
        let endsChanged = link.from != before.from || link.to != before.to
        if endsChanged { try checkEnds(of: link) }
        if endsChanged || link.via != before.via { try checkVia(of: link) }
        try CareMap.refuseNewErrors(linkProblems(link, at: index), before: linkProblems(before, at: index))
        links[index] = link
        checkInvariants()
    }

    /// The ids of the links joining `a` and `b`, either way round, in map order.
    ///
    /// - Complexity: O(*m*) for *m* links.
    public func linkIDs(between a: NodeID, and b: NodeID) -> [LinkID] {
        links.filter { $0.touches(a) && $0.otherEnd(from: a) == b }.map(\.id)
    }

    private func checkEnds(of link: Link) throws(EditError) {
        _ = try existingNode(link.from)
        _ = try existingNode(link.to)
        guard link.from != link.to else { throw .selfLink(link.from) }
    }

    private func checkVia(of link: Link) throws(EditError) {
        guard let via = link.via else { return }
        guard nodes[via] != nil else { throw .noSuchVia(via, suggestion: suggestedID(for: via)) }
        guard !link.touches(via) else { throw .viaIsAnEnd(via) }
    }
}
