/// Splits one line of a `.caremap` file into tokens: words, quoted strings, `key=value`
/// attributes and a trailing comment, each with the column it starts at.
///
/// Written by hand rather than with a parser library: the grammar is one line deep, and the
/// lexer must point at the exact column of every mistake and never allocate per character.
struct LineLexer {
    struct Token {
        enum Kind {
            /// A run of characters that is not a string, an attribute or a comment: a keyword,
            /// an id, an arrow or a bare value.
            case word(String)
            case string(String)
            case attribute(key: String, value: String, valueColumn: Int)
        }

        var kind: Kind
        var column: Int

        /// The token as it was written, for messages.
        var text: String {
            switch kind {
            case .word(let word): word
            case .string(let string): QuotedString.encode(string)
            case .attribute(let key, let value, _): key + "=" + QuotedString.value(value)
            }
        }

        var word: String? {
            if case .word(let word) = kind { word } else { nil }
        }
    }

    struct Line {
        var tokens: [Token] = []
        /// The comment's text after `#` and one space, or nil when the line has none.
        var comment: String?
    }

    struct Failure: Error {
        var column: Int
        var message: String
    }

    private let scalars: [Unicode.Scalar]
    private var index = 0

    /// Lexes `scalars`, a line without its line end.
    static func lex(_ scalars: [Unicode.Scalar]) -> Result<Line, Failure> {
        var lexer = LineLexer(scalars: scalars)
        do throws(Failure) {
            return .success(try lexer.lexLine())
        } catch {
            return .failure(error)
        }
    }

    private init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    private var column: Int { index + 1 }
    private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }

    private mutating func lexLine() throws(Failure) -> Line {
        var line = Line()
        while let scalar = current {
            if Self.isSpace(scalar) {
                index += 1
            } else if scalar == "#" {
                var text = String(String.UnicodeScalarView(scalars[(index + 1)...]))
                if text.hasPrefix(" ") { text.removeFirst() }
                line.comment = text
                break
            } else if scalar == "\"" {
                let start = column
                line.tokens.append(Token(kind: .string(try string()), column: start))
                try expectSeparator(after: "the closing quote")
            } else {
                line.tokens.append(try wordOrAttribute())
            }
        }
        return line
    }

    /// After a token: a space, a comment or the end of the line.
    private func expectSeparator(after what: String) throws(Failure) {
        guard let scalar = current, !Self.isSpace(scalar), scalar != "#" else { return }
        throw Failure(column: column, message: "missing space after \(what)")
    }

    private mutating func wordOrAttribute() throws(Failure) -> Token {
        let start = column
        let word = run { !Self.isSpace($0) && $0 != "\"" && $0 != "#" && $0 != "=" }
        guard current == "=" else {
            if word.isEmpty { throw Failure(column: column, message: "unexpected '\(current.map(String.init) ?? "")'") }
            try expectSeparator(after: "'\(word)'")
            return Token(kind: .word(word), column: start)
        }
        guard !word.isEmpty else {
            throw Failure(column: start, message: "'=' without an attribute name; write key=value")
        }
        guard word.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || $0 == "-" }) else {
            throw Failure(column: start, message: "malformed attribute name '\(word)'; names use lowercase letters and '-'")
        }
        index += 1
        let valueColumn = column
        let value: String
        if current == "\"" {
            value = try string()
            try expectSeparator(after: "the closing quote")
        } else {
            value = run { !Self.isSpace($0) && $0 != "#" }
            guard !value.isEmpty else {
                throw Failure(column: valueColumn, message: "missing value after '\(word)='; write \(word)=\"\" for an empty one")
            }
            if let bad = value.unicodeScalars.firstIndex(where: { !$0.isASCII || !QuotedString.isBareByte(UInt8($0.value)) }) {
                let offset = value.unicodeScalars.distance(from: value.unicodeScalars.startIndex, to: bad)
                throw Failure(
                    column: valueColumn + offset,
                    message: "unexpected '\(value.unicodeScalars[bad])' in a value; put the value in double quotes: \(word)=\(QuotedString.encode(value))"
                )
            }
        }
        return Token(kind: .attribute(key: word, value: value, valueColumn: valueColumn), column: start)
    }

    /// The scalars from here while `condition` holds.
    private mutating func run(while condition: (Unicode.Scalar) -> Bool) -> String {
        let start = index
        while let scalar = current, condition(scalar) { index += 1 }
        return String(String.UnicodeScalarView(scalars[start..<index]))
    }

    /// A double-quoted string starting here, with its escapes decoded.
    private mutating func string() throws(Failure) -> String {
        let start = column
        index += 1
        var result = String.UnicodeScalarView()
        while true {
            guard let scalar = current else {
                throw Failure(column: start, message: "unterminated string; end it with '\"' on the same line")
            }
            switch scalar {
            case "\"":
                index += 1
                return String(result)
            case "\\":
                result.append(try escape())
            case "\t":
                throw Failure(column: column, message: "a tab inside a string; write it as \\t")
            default:
                result.append(scalar)
                index += 1
            }
        }
    }

    /// The escape starting at the backslash here.
    private mutating func escape() throws(Failure) -> Unicode.Scalar {
        let start = column
        index += 1
        guard let letter = current else {
            throw Failure(column: start, message: "unterminated string; end it with '\"' on the same line")
        }
        index += 1
        switch letter {
        case "\"": return "\""
        case "\\": return "\\"
        case "n": return "\n"
        case "t": return "\t"
        case "u":
            let malformed = Failure(column: start, message: "malformed escape; write \\u{…} with one to six hex digits naming a Unicode scalar, e.g. \\u{202E}")
            guard current == "{" else { throw malformed }
            index += 1
            let digits = run { $0.properties.isASCIIHexDigit }
            guard current == "}", (1...6).contains(digits.unicodeScalars.count),
                  let value = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(value)
            else { throw malformed }
            index += 1
            return scalar
        default:
            throw Failure(column: start, message: "unknown escape '\\\(letter)'; use \\\", \\\\, \\n, \\t or \\u{…}")
        }
    }
}
