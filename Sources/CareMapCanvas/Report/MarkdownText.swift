/// Markdown escaping for text from a map, so a name can never become a link, an HTML tag,
/// emphasis, code, a table cell or the start of a heading or list in someone's notes.
///
/// Hand-written because no package here writes Markdown. The rule is CommonMark's: any ASCII
/// punctuation may be escaped with a backslash. Characters that act anywhere in a line are
/// always escaped; those that act only at the start of a line (`#`, `-`, `+`, `1.`) are escaped
/// there, since a name may open a list item, and left alone elsewhere so "Al-Noor" stays readable.
enum MarkdownText {
    static let inline: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "!", "&", "~"]
    static let lineStart: Set<Character> = ["#", "-", "+", "="]

    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        let digits = text.prefix { $0.isASCII && $0.isNumber }.count
        for (offset, character) in text.enumerated() {
            let opensLine = offset == 0 && lineStart.contains(character)
            let closesNumber = digits > 0 && offset == digits && (character == "." || character == ")")
            if inline.contains(character) || opensLine || closesNumber { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// A code fence longer than any run of backticks in `content` (CommonMark's rule), so the
    /// drawing inside can never close it early.
    static func fence(for content: String) -> String {
        var longest = 0, run = 0
        for character in content {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        return String(repeating: "`", count: max(3, longest + 1))
    }
}
