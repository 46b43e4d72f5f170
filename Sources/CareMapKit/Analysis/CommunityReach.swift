/// What a community map's findings and its domain tests both ask: which connected part each
/// node is in, whether that part holds a health service, and who speaks a language that no
/// interpreter or bilingual worker carries to the services. Found once and shared by both,
/// because the editor analyses the map again after every edit.
struct CommunityReach {
    /// The map's nodes in map order, read by index as the graph numbers them.
    let nodes: [Node]
    let isHealth: [Bool]
    let components: [[Int]]
    /// Whether each node's connected part holds a health service: whether any path of current
    /// ties leads from it to formal care at all.
    let reachesHealth: [Bool]
    /// Those who speak no language of the health services well, and whom no interpreter or
    /// bilingual worker who speaks their first language and a language of the services is
    /// connected to, grouped by that language in order of its first speaker.
    let unreachedLanguages: [(tag: LanguageTag, speakers: [NodeID])]

    /// - Complexity: O(*n* + *m*).
    init(_ map: CareMap, graph: CareGraph) {
        let nodes = Array(map.nodes.values)
        let isHealth = nodes.map { $0.sector == .formalHealth }
        let components = graph.components()
        var componentOf = [Int](repeating: 0, count: graph.count)
        var reachesHealth = [Bool](repeating: false, count: graph.count)
        for (number, component) in components.enumerated() {
            let holdsHealth = component.contains { isHealth[$0] }
            for v in component {
                componentOf[v] = number
                reachesHealth[v] = holdsHealth
            }
        }
        self.nodes = nodes
        self.isHealth = isHealth
        self.components = components
        self.reachesHealth = reachesHealth
        unreachedLanguages = Self.unreached(nodes, isHealth: isHealth, componentOf: componentOf)
    }

    /// Groups and places count as speakers as people do: a congregation or a Saturday school
    /// that speaks only Ukrainian is as far from an English-speaking surgery as its members.
    private static func unreached(_ nodes: [Node], isHealth: [Bool], componentOf: [Int]) -> [(tag: LanguageTag, speakers: [NodeID])] {
        // One tag per language the services speak well: a handful, searched by ``LanguageTag/matches(_:)``
        // so a service that speaks `ar` serves someone who speaks `apc`.
        var seen = Set<String>()
        var servicesSpeak: [LanguageTag] = []
        for (v, node) in nodes.enumerated() where isHealth[v] {
            for tag in node.fluentLanguages where seen.insert(tag.matchKey).inserted { servicesSpeak.append(tag) }
        }
        func servicesUnderstand(_ tag: LanguageTag) -> Bool { servicesSpeak.contains { $0.matches(tag) } }
        var carriers: [Int: [LanguageTag]] = [:]
        // A carrier must also speak a language the services speak, or they carry nothing to them.
        for (v, node) in nodes.enumerated() where node.role.map(LanguageBridge.bridgingRoles.contains) ?? false
            && node.fluentLanguages.contains(where: servicesUnderstand) {
            carriers[componentOf[v], default: []] += node.fluentLanguages
        }
        var unreached: [String: (tag: LanguageTag, speakers: [NodeID])] = [:]
        var order: [String] = []
        for (v, node) in nodes.enumerated() where !isHealth[v] && LanguageBridge.carrier(node) != .professional {
            guard let first = node.languages.first, !node.fluentLanguages.contains(where: servicesUnderstand),
                  !(carriers[componentOf[v]] ?? []).contains(where: { $0.matches(first) }) else { continue }
            if unreached[first.matchKey] == nil { order.append(first.matchKey) }
            unreached[first.matchKey, default: (first, [])].speakers.append(node.id)
        }
        return order.map { unreached[$0]! }
    }
}
