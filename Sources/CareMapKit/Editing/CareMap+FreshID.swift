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
        let base = CareMap.slug(name, orElse: kind.rawValue)
        var candidate = NodeID(base)
        var number = 2
        while nodes[candidate] != nil {
            candidate = NodeID("\(base)-\(number)")
            number += 1
        }
        return candidate
    }

    /// An unused id for a new action, made from its text as ``freshID(for:kind:)`` makes one from
    /// a name (`Book an interpreter` → `book-an-interpreter`), or `action` when the text has no
    /// ASCII letters or digits.
    ///
    /// - Complexity: O(*k* + *d*) for a text of length *k* and *d* ids already taken by the slug.
    public func freshActionID(for text: String) -> ActionID {
        let base = CareMap.slug(text, orElse: "action")
        var candidate = ActionID(base)
        var number = 2
        while actions[candidate] != nil {
            candidate = ActionID("\(base)-\(number)")
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
