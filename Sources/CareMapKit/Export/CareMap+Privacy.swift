extension CareMap {
    /// The map as it may leave the machine: private nodes removed, with every link that touches
    /// one, every `via` that names one (the link stays, it just loses its go-between) and the
    /// subject when the subject itself is private.
    ///
    /// Every exporter starts from this value, so the rule lives in one place and no exporter can
    /// forget a path by which a private node's name, id, notes or languages could leak.
    ///
    /// - Complexity: O(*n* + *m*) for *n* nodes and *m* links.
    public func withoutPrivateNodes() -> CareMap {
        let hidden = Set(nodes.values.lazy.filter(\.isPrivate).map(\.id))
        guard !hidden.isEmpty else { return self }
        var result = self
        result.nodes.removeAll { hidden.contains($0.key) }
        result.links.removeAll { hidden.contains($0.from) || hidden.contains($0.to) }
        for index in result.links.indices {
            if let via = result.links[index].via, hidden.contains(via) { result.links[index].via = nil }
        }
        if let subject, hidden.contains(subject) { result.subject = nil }
        return result
    }
}
