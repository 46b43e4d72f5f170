import CareMapKit

/// The diff as plain text for a terminal and for git: each change on its own line, marked
/// `+` added, `-` removed or `~` changed, wrapped at `width` columns; nothing at all when the
/// maps say the same thing, as diff(1) prints nothing.
enum TextDiff {
    static func render(_ document: DiffDocument, width: Int) -> String {
        var lines: [String] = []
        for section in document.sections {
            if !lines.isEmpty { lines.append("") }
            lines.append(section.title)
            for item in section.items {
                lines += TextWrap.lines(item.text, width: width, first: "  \(item.mark.sign) ", rest: "    ")
            }
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }
}

/// The diff as Markdown for notes: a heading per section and a bullet per change.
enum MarkdownDiff {
    static func render(_ document: DiffDocument) -> String {
        guard !document.sections.isEmpty else { return "" }
        var lines = ["# What changed"]
        for section in document.sections {
            lines += ["", "## " + section.title, ""]
            lines += section.items.map { "- " + $0.text }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
