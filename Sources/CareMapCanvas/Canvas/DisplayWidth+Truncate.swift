extension DisplayWidth {
    /// The text cut to at most `columns` terminal columns, ending in `…` when anything was cut.
    ///
    /// Cuts fall between grapheme clusters, so a base letter never loses its combining marks and
    /// a wide character is never split; right-to-left text is cut in logical (reading) order,
    /// which keeps the start of the name. Apply ``SafeText/visible(_:)`` first so escapes are
    /// counted at the width they are drawn.
    ///
    /// - Complexity: O(*c*) for the first *c* ≤ `columns` + 1 grapheme clusters.
    public static func truncate(_ text: String, toColumns columns: Int) -> String {
        guard columns > 0 else { return "" }
        return Cuts(text, upTo: columns).text(cutTo: columns)
    }

    /// Text measured once, cluster by cluster, so that it can be cut to many widths in turn (as a
    /// tie label is, trying narrower and narrower gaps) without measuring it again each time.
    /// Only as much of the text is measured as the widest cut needs.
    struct Cuts {
        private let characters: [Character]
        /// `prefix[k]` is the columns of the first *k* clusters.
        private let prefix: [Int]
        /// Whether the whole text fits in the `upTo` columns it was measured for.
        private let fitsWhole: Bool

        init(_ text: String, upTo limit: Int) {
            var characters: [Character] = []
            var prefix = [0]
            var fitsWhole = true
            for character in text {
                let used = prefix[prefix.count - 1] + DisplayWidth.columns(of: character)
                if used > limit {
                    fitsWhole = false
                    break
                }
                characters.append(character)
                prefix.append(used)
            }
            (self.characters, self.prefix, self.fitsWhole) = (characters, prefix, fitsWhole)
        }

        /// How many clusters a cut to `columns` keeps before its `…`, or nil when the whole text
        /// fits and is kept as it is.
        private func kept(cutTo columns: Int) -> Int? {
            if fitsWhole, prefix[prefix.count - 1] <= columns { return nil }
            return prefix.lastIndex { $0 <= columns - 1 } ?? 0
        }

        /// Columns of ``text(cutTo:)``, without building it.
        func columns(cutTo columns: Int) -> Int {
            guard columns > 0 else { return 0 }
            return kept(cutTo: columns).map { prefix[$0] + 1 } ?? prefix[prefix.count - 1]
        }

        /// The text cut as ``DisplayWidth/truncate(_:toColumns:)`` cuts it; `columns` must be
        /// no more than the `upTo` it was measured for.
        func text(cutTo columns: Int) -> String {
            guard columns > 0 else { return "" }
            guard let kept = kept(cutTo: columns) else { return String(characters) }
            return String(characters[..<kept]) + "…"
        }
    }
}
