/// Why an attribute value was refused, in words a facilitator can act on. The file parser, the
/// editor's form and its `:set` command all show these same words.
public struct AttributeError: Error, Hashable, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }

    /// "unknown strength 'strng'; did you mean 'strong'?", or the whole vocabulary when nothing
    /// is close.
    static func unknown(_ what: String, _ value: String, among words: [String]) -> AttributeError {
        let hint = Suggestion.closest(to: value, in: words).map { "; did you mean '\($0)'?" }
            ?? "; use " + words.joined(separator: ", ")
        return AttributeError("unknown \(what) '\(value)'" + hint)
    }

    static func unknownAttribute(_ key: String, among keys: [String]) -> AttributeError {
        let hint = Suggestion.closest(to: key, in: keys).map { "; did you mean '\($0)'?" }
            ?? "; use " + keys.joined(separator: ", ")
        return AttributeError("unknown attribute '\(key)'" + hint)
    }
}
