/// Breaking text into lines by terminal columns: for the report, and for the editor's panels.
public enum TextWrap {
    /// `text` broken into lines of at most `width` columns at spaces, the first line starting
    /// with `first` and the others with `rest`; a word wider than a line is cut across lines.
    ///
    /// Hand-written because no package here wraps by terminal columns; widths are
    /// ``DisplayWidth``'s, so wide scripts and combining marks wrap where they are drawn.
    ///
    /// - Complexity: O(*n*) for *n* grapheme clusters.
    public static func lines(_ text: String, width: Int, first: String = "", rest: String = "") -> [String] {
        var lines: [String] = []
        var line = first
        var used = DisplayWidth.columns(of: first)
        var lineHasWord = false
        func newLine() {
            lines.append(line)
            line = rest
            used = DisplayWidth.columns(of: rest)
            lineHasWord = false
        }
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let columns = DisplayWidth.columns(of: word)
            if lineHasWord, used + 1 + columns > width { newLine() }
            if lineHasWord {
                line += " "
                used += 1
            }
            if used + columns <= width {
                line += word
                used += columns
            } else {
                for character in word {
                    let cell = DisplayWidth.columns(of: character)
                    if used + cell > width, used > DisplayWidth.columns(of: rest) { newLine() }
                    line.append(character)
                    used += cell
                }
            }
            lineHasWord = true
        }
        lines.append(line)
        return lines
    }
}
