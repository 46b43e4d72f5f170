extension CareMap {
    /// An unused id for a new node: the name's ASCII letters and digits as a slug (`Hassan Ali`
    /// → `hassan-ali`), or the kind when the name has none (`أميرة` → `person`), with `-2`,
    /// `-3`… added until it is unused. Slugs are cut at 32 characters to keep files readable.
    ///
    /// Names in other scripts are not transliterated: any scheme would guess at spellings a
    /// person may not use, and an id is only a handle, never shown in place of the name.
    ///
    /// - Complexity: O(*k* + *d*) for a name of length *k* and *d* ids already taken by the slug.
    public func freshID(for name: String, kind: NodeKind) -> NodeID {
        var slug = ""
        for scalar in name.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        var base = slug.isEmpty ? kind.rawValue : String(slug.prefix(32))
        while base.hasSuffix("-") { base.removeLast() }
        var candidate = NodeID(base)
        var number = 2
        while nodes[candidate] != nil {
            candidate = NodeID("\(base)-\(number)")
            number += 1
        }
        return candidate
    }
}
