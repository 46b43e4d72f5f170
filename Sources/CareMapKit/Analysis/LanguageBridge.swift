/// Whether the subject and a provider they are tied to can understand each other.
public struct LanguageBridge: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// The tie records the language the two use (`lang=` on the link).
        case tieLanguage(LanguageTag)
        /// Both ends list this language.
        case sharedLanguage(LanguageTag)
        /// A go-between (the tie's `via`, or an interpreter, bilingual worker or peer tied to
        /// both) speaks a language of each.
        case goBetween(NodeID)
        /// Neither the provider's languages nor the tie's are recorded, and no go-between
        /// speaks the subject's: the map cannot say (a place where they live, say).
        case unrecorded
        /// None of these, though both ends' languages are known: the tie has no bridge.
        case none
    }

    /// The link, by index in ``CareMap/links``.
    public var link: Int
    public var provider: NodeID
    public var kind: Kind

    public init(link: Int, provider: NodeID, kind: Kind) {
        self.link = link
        self.provider = provider
        self.kind = kind
    }

    /// The roles whose people carry communication between two others.
    public static let bridgingRoles: Set<Role> = [.interpreter, .bilingualWorker, .peer]

    /// A bridge for each current tie between the subject and a provider (a node outside the
    /// personal sector), in map order.
    ///
    /// Languages are compared by primary subtag, case-insensitively, so `en-GB` and `en` meet.
    /// A go-between who speaks one of the subject's languages bridges to a provider whose
    /// languages are not recorded; without one, such a tie is ``Kind/unrecorded``, not a gap:
    /// the map does not say, and a report should ask rather than assert.
    ///
    /// - Complexity: O(*m* · *d*) for *m* links and the largest number *d* of ties at the subject
    ///   or a provider.
    static func bridges(in map: CareMap, graph: CareGraph, subject place: Int) -> [LanguageBridge] {
        let subject = graph.ids[place]
        guard let person = map.nodes[subject] else { return [] }
        // The subject's ties and their go-betweens' are found through the graph's edges (each
        // names its link, so a `via` tie is still read as the direct tie it is) rather than by
        // scanning every link of the map: on a town's map that scan, run after every edit,
        // cost more than the rest of the analysis.
        let own = graph.links(at: place).filter { map.links[$0].touches(subject) }
        let goBetweens = Set(own.compactMap { map.links[$0].otherEnd(from: subject) }.filter { other in
            other != subject && (map.nodes[other]?.role.map(bridgingRoles.contains) ?? false)
        })
        var ties: [NodeID: Set<NodeID>] = [:]
        for go in goBetweens {
            guard let at = graph.index[go] else { continue }
            ties[go] = Set(graph.links(at: at).compactMap { map.links[$0].otherEnd(from: go) })
        }
        func speaks(_ node: Node, any of: [LanguageTag]) -> LanguageTag? {
            let theirs = Set(node.languages.map(\.primaryLanguage))
            return of.first { theirs.contains($0.primaryLanguage) }
        }
        func bridges(_ go: Node, to provider: Node) -> Bool {
            guard speaks(go, any: person.languages) != nil else { return false }
            return provider.languages.isEmpty || speaks(go, any: provider.languages) != nil
        }
        var result: [LanguageBridge] = []
        for index in own {
            let link = map.links[index]
            guard let other = link.otherEnd(from: subject), other != subject, let provider = map.nodes[other],
                  provider.sector != .personal else { continue }
            let kind: Kind
            if let tag = link.language {
                kind = .tieLanguage(tag)
            } else if let shared = speaks(provider, any: person.languages) {
                kind = .sharedLanguage(shared)
            } else if let via = link.via.flatMap({ map.nodes[$0] }), bridges(via, to: provider) {
                kind = .goBetween(via.id)
            } else if let go = goBetweens.filter({ ties[$0]?.contains(other) == true })
                .compactMap({ map.nodes[$0] }).sorted(by: { $0.id < $1.id }).first(where: { bridges($0, to: provider) }) {
                kind = .goBetween(go.id)
            } else {
                kind = provider.languages.isEmpty || person.languages.isEmpty ? .unrecorded : .none
            }
            result.append(LanguageBridge(link: index, provider: other, kind: kind))
        }
        return result
    }
}
