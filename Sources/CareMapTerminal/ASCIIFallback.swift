import CareMapCanvas

/// What a terminal that is not UTF-8 is sent instead of the characters it cannot show.
///
/// In a locale whose character set is not UTF-8 (`LANG=C`, an old serial console), UTF-8 box
/// drawing arrives as runs of accented Latin letters. Lines and corners become `-`, `|` and `+`,
/// arrows and marks their nearest ASCII look-alike, and anything else a `?` for each column it
/// took, so every cell stays where the canvas put it.
enum ASCIIFallback {
    /// `text` with every character outside ASCII replaced, keeping its width in columns.
    static func text(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        var result = ""
        for character in text {
            if character.isASCII {
                result.append(character)
            } else {
                result += replacement(for: character)
            }
        }
        return result
    }

    private static let horizontal: Set<Character> = ["─", "━", "═", "╌", "╍", "┄", "┅", "┈", "┉", "╴", "╶", "╸", "╺", "╼", "╾"]
    private static let vertical: Set<Character> = ["│", "┃", "║", "╎", "╏", "┆", "┇", "┊", "┋", "╵", "╷", "╹", "╻", "╽", "╿"]
    private static let lookAlikes: [Character: String] = [
        "→": ">", "←": "<", "↑": "^", "↓": "v", "⇄": "=", "↔": "=", "▸": ">", "▶": ">", "◂": "<", "◀": "<",
        "▴": "^", "▲": "^", "▾": "v", "▼": "v", "—": "-", "–": "-", "·": ".", "•": "*", "…": ".", "×": "x",
        "●": "o", "○": "o", "◆": "*", "◇": "*", "■": "#", "□": "#", "░": ":", "▒": "#", "▓": "#", "█": "#",
        "“": "\"", "”": "\"", "‘": "'", "’": "'", "✓": "v", "✗": "x",
    ]

    private static func replacement(for character: Character) -> String {
        if horizontal.contains(character) { return "-" }
        if vertical.contains(character) { return "|" }
        if let scalar = character.unicodeScalars.first, (0x2500...0x257F).contains(scalar.value) { return "+" }
        if let lookAlike = lookAlikes[character] { return lookAlike }
        return String(repeating: "?", count: DisplayWidth.columns(of: character))
    }
}
