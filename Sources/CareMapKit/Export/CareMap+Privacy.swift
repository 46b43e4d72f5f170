extension CareMap {
    /// The map as it may leave the machine: private nodes removed, with every link that touches
    /// one, every `via` that names one (the link stays, it just loses its go-between) and the
    /// subject when the subject itself is private, and every action about one: an action's text,
    /// owner and notes are free words that may well name the private person ("ask Karim's
    /// school…"), so an action that names a private node goes whole, not just its id.
    ///
    /// Every exporter starts from this value, so the rule lives in one place and no exporter can
    /// forget a path by which a private node's name, id, notes or languages could leak.
    ///
    /// - Complexity: O(*n* + *m* + *a*) for *n* nodes, *m* links and *a* actions (counting each
    ///   node an action is about).
    public func withoutPrivateNodes() -> CareMap {
        let hidden = Set(nodes.values.lazy.filter(\.isPrivate).map(\.id))
        guard !hidden.isEmpty else { return self }
        var result = self
        result.nodes.removeAll { hidden.contains($0.key) }
        result.links.removeAll { hidden.contains($0.from) || hidden.contains($0.to) }
        for index in result.links.indices {
            if let via = result.links[index].via, hidden.contains(via) { result.links[index].via = nil }
        }
        result.actions.removeAll { $0.value.about.contains(where: hidden.contains) }
        if let subject, hidden.contains(subject) { result.subject = nil }
        return result
    }
}
