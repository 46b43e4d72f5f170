extension CareMap {
    /// The attribute keys a node understands, in the order of the format's table (the order they
    /// are printed in); any other key is kept in ``Node/extra`` and warned about.
    public static let nodeAttributes = [
        "role", "sector", "lang", "ring", "domains", "at", "private", "age", "minor", "needs-interpreter",
        "interpreter-gender", "interpreter-lang", "barriers", "notes",
    ]

    /// The attribute keys a link understands, in the order of the format's table; any other key is kept in ``Link/extra`` and warned about.
    public static let linkAttributes = [
        "strength", "quality", "status", "support", "mode", "lang", "via", "trust", "barriers", "reported-by", "domains",
        "notes",
    ]

    /// The attribute keys an action understands, in the order of the format's table; any other key is kept in ``CareAction/extra`` and warned about.
    public static let actionAttributes = ["about", "owner", "review", "status", "domains", "notes"]

    /// The start of an attribute key kept on purpose: `x-communication-freq=daily` is an
    /// attribute caremap does not know and is not to warn about (importers write foreign fields
    /// so). Other unknown keys are warned about, since they may be misspelt known ones.
    public static let keptPrefix = "x-"

    /// Every problem in the map, errors and warnings, in a stable order: subject, nodes in map
    /// order, links in map order, then actions in map order. Duplicate ids cannot occur in a value (nodes are keyed by
    /// id); the parser reports those itself.
    ///
    /// - Complexity: O(*n* + *m* + *a*) for *n* nodes, *m* links and *a* actions (counting each
    ///   node an action is about).
    public func problems() -> [MapProblem] {
        var problems: [MapProblem] = []
        if let subject {
            if let node = nodes[subject] {
                if node.kind != .person {
                    problems.append(MapProblem(.subjectNotPerson(subject, node.kind), at: .subject))
                }
            } else {
                problems.append(MapProblem(.missingSubject(subject), at: .subject))
            }
        }
        for node in nodes.values { node.appendProblems(to: &problems) }
        for (index, link) in links.enumerated() { appendProblems(of: link, at: index, to: &problems) }
        for action in actions.values { appendProblems(of: action, to: &problems) }
        return problems
    }

    /// The problems of one action against this map's nodes; editing checks an action before adding it.
    func actionProblems(_ action: CareAction) -> [MapProblem] {
        var problems: [MapProblem] = []
        appendProblems(of: action, to: &problems)
        return problems
    }

    /// Whether the map has no errors (warnings allowed).
    public var isValid: Bool { !problems().contains { $0.severity == .error } }

    /// The problems of one link, as if it stood at `index`; editing checks a link before adding it.
    func linkProblems(_ link: Link, at index: Int) -> [MapProblem] {
        var problems: [MapProblem] = []
        appendProblems(of: link, at: index, to: &problems)
        return problems
    }

    // Checking appends into one array for the whole map: a fresh array per node and link was
    // most of what validating a 10,000-node map cost.

    private func appendProblems(of action: CareAction, to problems: inout [MapProblem]) {
        if !action.id.isWellFormed {
            problems.append(MapProblem(.malformedID(NodeID(action.id.rawValue)), at: .action(action.id, attribute: nil)))
        }
        if action.text.isEmpty {
            problems.append(MapProblem(.actionWithoutText(action.id), at: .action(action.id, attribute: nil)))
        }
        for id in action.about where !hasNode(id) {
            problems.append(MapProblem(.actionAboutMissingNode(id), at: .action(action.id, attribute: "about")))
        }
        CareMap.appendUnknownAttributes(action.extra, known: CareMap.actionAttributes, to: &problems) { .action(action.id, attribute: $0) }
    }

    private func appendProblems(of link: Link, at index: Int, to problems: inout [MapProblem]) {
        if !hasNode(link.from) {
            problems.append(MapProblem(.linkToMissingNode(link.from), at: .link(index, attribute: "from")))
        }
        if !hasNode(link.to) {
            problems.append(MapProblem(.linkToMissingNode(link.to), at: .link(index, attribute: "to")))
        }
        if link.from == link.to {
            problems.append(MapProblem(.selfLink(link.from), at: .link(index, attribute: nil)))
        }
        if let via = link.via {
            if !hasNode(via) {
                problems.append(MapProblem(.viaMissingNode(via), at: .link(index, attribute: "via")))
            } else if link.touches(via) {
                problems.append(MapProblem(.viaIsAnEnd(via), at: .link(index, attribute: "via")))
            }
        }
        if let language = link.language, !language.isWellFormed {
            problems.append(MapProblem(.malformedLanguage(language), at: .link(index, attribute: "lang")))
        }
        CareMap.appendUnknownAttributes(link.extra, known: CareMap.linkAttributes, to: &problems) { .link(index, attribute: $0) }
    }

    /// Whether `id` names a node; asks the index, where `nodes[id]` would copy the node out.
    private func hasNode(_ id: NodeID) -> Bool { nodes.index(forKey: id) != nil }

    /// A warning for each attribute kept in `extra`, in key order, with the closest known key as a
    /// hint. A key starting with ``keptPrefix`` is kept on purpose (an import's foreign fields)
    /// and is no warning.
    static func appendUnknownAttributes(
        _ extra: [String: String],
        known: [String],
        to problems: inout [MapProblem],
        at location: (String) -> MapProblem.Location
    ) {
        guard !extra.isEmpty else { return }
        for key in extra.keys.sorted() where !key.hasPrefix(keptPrefix) {
            problems.append(MapProblem(.unknownAttribute(key, suggestion: Suggestion.closest(to: key, in: known)), at: location(key)))
        }
    }
}

extension Node {
    /// This node's own problems, independent of the rest of the map.
    func problems() -> [MapProblem] {
        var problems: [MapProblem] = []
        appendProblems(to: &problems)
        return problems
    }

    fileprivate func appendProblems(to problems: inout [MapProblem]) {
        if !id.isWellFormed {
            problems.append(MapProblem(.malformedID(id), at: .node(id, attribute: nil)))
        }
        if let role, !role.isKnown {
            let suggestion = Suggestion.closest(to: role.rawValue, in: Role.vocabulary.map(\.rawValue)).map { Role($0) }
            problems.append(MapProblem(.unknownRole(role, suggestion: suggestion), at: .node(id, attribute: "role")))
        }
        if let ring, !Node.rings.contains(ring) {
            problems.append(MapProblem(.ringOutOfRange(id, ring), at: .node(id, attribute: "ring")))
        }
        for language in languages where !language.isWellFormed {
            problems.append(MapProblem(.malformedLanguage(language), at: .node(id, attribute: "lang")))
        }
        CareMap.appendUnknownAttributes(extra, known: CareMap.nodeAttributes, to: &problems) { .node(id, attribute: $0) }
    }
}
