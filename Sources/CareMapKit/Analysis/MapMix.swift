/// The make-up of a map: who is on it and how the ties feel.
public struct MapMix: Hashable, Sendable {
    /// Nodes (the subject left out) by sector; every sector is a key, zeros kept.
    public var sectors: [Sector: Int]
    /// Nodes (the subject left out) by kind; every kind is a key.
    public var kinds: [NodeKind: Int]
    /// Private nodes among those counted.
    public var privateNodes: Int
    /// Current ties by strength; with a subject, only the subject's own ties.
    public var strengths: [Strength: Int]
    /// Current ties with no strength given.
    public var unratedStrength: Int
    /// Current ties marked stressful (or mixed, counted apart).
    public var stressful: Int
    public var mixed: Int
    /// How many current ties were counted.
    public var ties: Int
    /// Places and groups of the community sector the subject has a current tie to: the familiar
    /// spaces where care can reach them. Empty for a community map.
    public var familiarPlaces: [NodeID]

    /// Counts for `map`; ties are `subject`'s own when there is one, else all current ties.
    ///
    /// - Complexity: O(*n* + *m*).
    static func of(_ map: CareMap, subject: NodeID?) -> MapMix {
        var sectors = Dictionary(uniqueKeysWithValues: Sector.allCases.map { ($0, 0) })
        var kinds = Dictionary(uniqueKeysWithValues: NodeKind.allCases.map { ($0, 0) })
        var hidden = 0
        for node in map.nodes.values where node.id != subject {
            if node.isPrivate { hidden += 1 }
            sectors[node.sector, default: 0] += 1
            kinds[node.kind, default: 0] += 1
        }
        let ties = map.links.filter { $0.isCurrent && $0.from != $0.to && (subject.map($0.touches) ?? true) }
        var strengths = Dictionary(uniqueKeysWithValues: Strength.allCases.map { ($0, 0) })
        for tie in ties { if let strength = tie.strength { strengths[strength, default: 0] += 1 } }
        var familiar: [NodeID] = []
        if let subject {
            // Found from the subject's few ties, in map order, rather than by testing every node.
            let near = Set(ties.compactMap { $0.otherEnd(from: subject) }).compactMap { map.nodes.index(forKey: $0) }.sorted()
            familiar = near.map { map.nodes.values[$0] }.filter { $0.kind != .person && $0.sector == .community }.map(\.id)
        }
        return MapMix(
            sectors: sectors, kinds: kinds, privateNodes: hidden, strengths: strengths,
            unratedStrength: ties.filter { $0.strength == nil }.count,
            stressful: ties.filter { $0.quality == .stressful }.count,
            mixed: ties.filter { $0.quality == .mixed }.count,
            ties: ties.count, familiarPlaces: familiar
        )
    }
}
