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
        NodeID(CareMap.unused(CareMap.slug(name, orElse: kind.rawValue)) { nodes[NodeID($0)] != nil })
    }

    /// An unused id for a new action, made from its text as ``freshID(for:kind:)`` makes one from
    /// a name (`Book an interpreter` → `book-an-interpreter`), or `action` when the text has no
    /// ASCII letters or digits.
    ///
    /// - Complexity: O(*k* + *d*) for a text of length *k* and *d* ids already taken by the slug.
    public func freshActionID(for text: String) -> ActionID {
        ActionID(CareMap.unused(CareMap.slug(text, orElse: "action")) { actions[ActionID($0)] != nil })
    }

    /// `base`, or the first of `base-2`, `base-3`… that `isTaken` does not claim.
    private static func unused(_ base: String, isTaken: (String) -> Bool) -> String {
        var candidate = base
        var number = 2
        while isTaken(candidate) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        return candidate
    }

    /// The text's ASCII letters and digits joined by single hyphens, at most 32 characters, or
    /// `fallback` when it has none.
    private static func slug(_ text: String, orElse fallback: String) -> String {
        var slug = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        var base = slug.isEmpty ? fallback : String(slug.prefix(32))
        while base.hasSuffix("-") { base.removeLast() }
        return base
    }
}
