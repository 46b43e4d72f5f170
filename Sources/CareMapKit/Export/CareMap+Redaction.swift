extension CareMap {
    /// The map as it may be shared for supervision or research without identifying anyone:
    /// private nodes removed (``withoutPrivateNodes()``), every name replaced by its
    /// ``pseudonyms()`` stand-in ("Service user", "Interpreter 1", "Person 4"), ids rewritten from
    /// those stand-ins (`service-user`, `interpreter-1`, `person-4`), and all free text removed:
    /// the title, map notes, node and link notes, link labels, reported-by, comments and unknown
    /// (``Node/extra``, ``Link/extra``, ``CareAction/extra``) attributes, and each action's
    /// owner and notes. An action's text becomes "Action 1", "Action 2"… in map order and its id
    /// `action-1`…, since the words agreed ("Ask Karim's school…") may name anyone.
    ///
    /// Kept, because supervision and research need them and none is free text: kinds, known
    /// roles, sectors, well-formed language tags and levels, rings, domains, pinned positions,
    /// barriers, whether someone needs an interpreter and whom they ask for, whether someone is
    /// a child (as `minor=yes`: an exact age could identify them), every link's direction,
    /// strength, quality, status, support, modes, language, trust, barriers and go-between, and
    /// every action's status, review date, domains and the nodes it is about (their new ids).
    /// An unknown role is dropped (it is free text from the file and could name someone), as is
    /// a malformed language tag; a link whose end or go-between is not a node of the map is
    /// dropped or loses its go-between, and an action about a node that is not in the map is
    /// dropped, since such an id could not be rewritten without repeating it.
    ///
    /// Pseudonyms number people per role in map order, so they match what the editor shows when
    /// names are hidden, and the same map always gives the same redacted map.
    ///
    /// - Complexity: O(*n* + *m* + *a*) for *n* nodes, *m* links and *a* actions (counting each
    ///   node an action is about).
    public func redacted() -> CareMap {
        let shared = withoutPrivateNodes()
        let names = shared.pseudonyms()
        var ids: [NodeID: NodeID] = [:]
        for id in shared.nodes.keys { ids[id] = CareMap.redactedID(names[id]!) }
        let nodes = shared.nodes.values.map { node in
            Node(
                id: ids[node.id]!, kind: node.kind, name: names[node.id]!,
                role: node.role.flatMap { $0.isKnown ? $0 : nil }, sectorOverride: node.sectorOverride,
                languages: node.languages.filter(\.isWellFormed), ring: node.ring, domains: node.domains,
                position: node.position, isMinor: node.isChild,
                languageLevels: node.languageLevels.filter { $0.key.isWellFormed }, needsInterpreter: node.needsInterpreter,
                interpreterGender: node.interpreterGender,
                interpreterLanguage: node.interpreterLanguage.flatMap { $0.isWellFormed ? $0 : nil }, barriers: node.barriers
            )
        }
        let links = shared.links.compactMap { link -> Link? in
            guard let from = ids[link.from], let to = ids[link.to] else { return nil }
            return Link(
                from: from, to: to, direction: link.direction, strength: link.strength, quality: link.quality,
                status: link.status, support: link.support, modes: link.modes,
                language: link.language.flatMap { $0.isWellFormed ? $0 : nil }, via: link.via.flatMap { ids[$0] },
                domains: link.domains, trust: link.trust, barriers: link.barriers
            )
        }
        let actions = shared.actions.values.compactMap { action -> CareAction? in
            let about = action.about.compactMap { ids[$0] }
            return about.count == action.about.count ? action : nil
        }.enumerated().map { index, action in
            CareAction(
                id: ActionID("action-\(index + 1)"), text: "Action \(index + 1)", about: action.about.map { ids[$0]! },
                review: action.review, status: action.status, domains: action.domains
            )
        }
        return CareMap(subject: shared.subject.flatMap { ids[$0] }, nodes: nodes, links: links, actions: actions)
    }

    /// A pseudonym as an id: "Interpreter 1" → `interpreter-1`. Pseudonyms are unique and made of
    /// ASCII letters, digits and spaces, so their ids are unique and well formed.
    private static func redactedID(_ pseudonym: String) -> NodeID {
        NodeID(pseudonym.lowercased().split(separator: " ").joined(separator: "-"))
    }
}
