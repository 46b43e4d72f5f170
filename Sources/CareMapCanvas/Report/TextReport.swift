import CareMapKit

/// The report as plain text for a terminal: every line at most `width` columns.
enum TextReport {
    static func render(_ document: ReportDocument, width: Int) -> String {
        var lines = wrap(document.title, width: width) + wrap(document.subtitle, width: width) + [""]
        lines.append(document.findings.isEmpty ? "What to act on: nothing found." : "What to act on (\(document.findings.count))")
        for (number, finding) in document.findings.enumerated() {
            let label = "  \(number + 1). "
            lines += wrap(finding.text, width: width, first: label, rest: String(repeating: " ", count: label.count))
            for detail in finding.detail {
                lines += wrap(detail, width: width, first: String(repeating: " ", count: label.count), rest: String(repeating: " ", count: label.count + 2))
            }
        }
        for section in document.sections {
            lines += ["", section.title]
            for item in section.items { lines += wrap(item.text, width: width, first: "  - ", rest: "    ") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` broken into lines of at most `width` columns at spaces, the first line starting
    /// with `first` and the others with `rest`; a word wider than a line is cut across lines.
    ///
    /// Hand-written because no package here wraps by terminal columns; widths are
    /// ``DisplayWidth``'s, so wide scripts and combining marks wrap where they are drawn.
    ///
    /// - Complexity: O(*n*) for *n* grapheme clusters.
    static func wrap(_ text: String, width: Int, first: String = "", rest: String = "") -> [String] {
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
