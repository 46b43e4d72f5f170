extension DisplayWidth {
    /// The grapheme cluster as caremap draws it on a terminal: itself, or, for an emoji sequence
    /// that terminals draw at different widths, its first scalar alone.
    ///
    /// A cluster is one character to Swift (Unicode's extended grapheme clusters, UAX #29), but
    /// terminals give emoji sequences different widths. Under tmux 3.3a (the editor's tests), xterm
    /// (`wcwidth` scalar by scalar) and grapheme-aware terminals (kitty, WezTerm, foot):
    /// - a zero-width-joiner sequence, 👨‍👩‍👧: 2 columns in tmux and kitty, 6 in xterm;
    /// - a skin-tone modifier, 👋🏽: 4 in tmux and xterm, 2 in kitty;
    /// - a text-default base with VS16, ❤️ or the keycap 1️⃣: 1 in tmux and xterm, 2 in kitty.
    /// Any cluster measured narrower than a terminal draws it pushes the rest of its row right,
    /// over a box's border and into the legend. The first scalar alone (👨, 👋, ❤, 1) is one
    /// every terminal measures alike, so names stay inside their boxes everywhere; the map, the
    /// exports and the report keep the whole sequence.
    ///
    /// - Complexity: O(*k*) in the scalars of the cluster.
    public static func drawable(_ character: Character) -> Character {
        let scalars = character.unicodeScalars
        guard scalars.count > 1, let first = scalars.first, scalars.contains(where: isEmojiSequencePart) else { return character }
        return Character(first)
    }

    /// The scalars that make a cluster an emoji sequence terminals disagree on: the zero-width
    /// joiner, the variation selectors VS15 and VS16, the combining keycap, the five skin-tone
    /// modifiers and the tag characters of subdivision flags (Unicode TS #51, "Unicode Emoji").
    static func isEmojiSequencePart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200D, 0xFE0E, 0xFE0F, 0x20E3, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F: true
        default: false
        }
    }
}
