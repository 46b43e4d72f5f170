extension DisplayWidth {
    /// The text cut to at most `columns` terminal columns, ending in `…` when anything was cut.
    ///
    /// Cuts fall between grapheme clusters, so a base letter never loses its combining marks and
    /// a wide character is never split; right-to-left text is cut in logical (reading) order,
    /// which keeps the start of the name. Apply ``SafeText/visible(_:)`` first so escapes are
    /// counted at the width they are drawn.
    ///
    /// - Complexity: O(*n*) for *n* grapheme clusters.
    public static func truncate(_ text: String, toColumns columns: Int) -> String {
        guard columns > 0 else { return "" }
        guard self.columns(of: text) > columns else { return text }
        var result = ""
        var used = 0
        for character in text {
            let width = self.columns(of: character)
            if used + width > columns - 1 { break }
            result.append(character)
            used += width
        }
        return result + "…"
    }
}
