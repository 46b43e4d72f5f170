/// Why an attribute value was refused, in words a facilitator can act on.
///
/// The file parser, the editor's form and its `:set` command all show these same words. Where
/// validation already words a problem (a ring of 7, a malformed language tag or id), the
/// refusal uses ``MapProblem``'s sentence so the two never drift apart.
public struct AttributeError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        /// A key the node or link does not have, with the keys it does have.
        case unknownAttribute(String, keys: [String])
        /// A word outside a closed vocabulary: `what` names the vocabulary ("strength").
        case unknownWord(what: String, word: String, vocabulary: [String])
        /// A `ring=` that is not a whole number.
        case ringNotANumber(String)
        /// An `at=` that is not two whole numbers within ``AttributeCodec/positionLimit``.
        case malformedPosition(String)
        /// An `age=` that is not a whole number of years from 0 to ``AttributeCodec/ageLimit``.
        case malformedAge(String)
        /// A link's `lang=` naming more than one language.
        case oneLanguagePerLink(String, count: Int)
        /// An `interpreter-lang=` naming more than one language.
        case oneInterpreterLanguage(String, count: Int)
        /// A date that is not a real day written `YYYY-MM-DD`.
        case malformedDate(String)
        /// A problem validation also reports; worded by ``MapProblem``.
        case problem(MapProblem.Kind)
    }

    public var kind: Kind

    public init(_ kind: Kind) { self.kind = kind }

    public var description: String {
        switch kind {
        case .unknownAttribute(let key, let keys):
            "unknown attribute '\(key)'" + AttributeError.hint(for: key, among: keys)
        case .unknownWord(let what, let word, let vocabulary):
            "unknown \(what) '\(word)'" + AttributeError.hint(for: word, among: vocabulary)
        case .ringNotANumber(let value):
            "ring '\(value)' is not a number; use 1 (closest), 2 or 3"
        case .malformedPosition(let value):
            "malformed position '\(value)'; write at=X,Y in whole character cells, e.g. at=40,-12"
        case .malformedAge(let value):
            "age '\(value)' is not a whole number of years from 0 to \(AttributeCodec.ageLimit); write age=12, or minor=yes when only that is known"
        case .oneLanguagePerLink(let value, let count):
            "lang '\(value)' names \(count) languages; a tie has one, the language the two use together"
        case .oneInterpreterLanguage(let value, let count):
            "interpreter-lang '\(value)' names \(count) languages; give the one language or dialect to interpret"
        case .malformedDate(let value):
            "malformed date '\(value)'; write a real day as YYYY-MM-DD, e.g. review=2026-12-15"
        case .problem(let problem):
            MapProblem(problem, at: .subject).description
        }
    }

    /// "; did you mean 'strong'?" when a word is close, else the whole list to choose from.
    private static func hint(for word: String, among words: [String]) -> String {
        Suggestion.closest(to: word, in: words).map { "; did you mean '\($0)'?" }
            ?? "; use one of " + words.joined(separator: ", ")
    }
}
