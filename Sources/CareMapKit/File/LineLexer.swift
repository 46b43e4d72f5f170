/// Splits one line of a `.caremap` file into tokens: words, quoted strings, `key=value`
/// attributes and a trailing comment, each with the column it starts at.
///
/// Written by hand rather than with a parser library: the grammar is one line deep, and the
/// lexer must point at the exact column of every mistake and never allocate per character.
/// It scans UTF-8 bytes, not scalars or `Character`s: every delimiter is ASCII and a UTF-8
/// continuation byte never equals an ASCII byte, so words and strings are cut out of the bytes
/// and decoded once each. Columns still count Unicode scalars; on an all-ASCII line (nearly
/// every line) that is the byte offset, otherwise the scalars before the byte are counted.
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

    private let bytes: ArraySlice<UInt8>
    private var index: Int
    private let isASCII: Bool

    /// Lexes `bytes`, a line of valid UTF-8 without its line end.
    static func lex(_ bytes: ArraySlice<UInt8>) -> Result<Line, Failure> {
        var lexer = LineLexer(bytes: bytes)
        do throws(Failure) {
            return .success(try lexer.lexLine())
        } catch {
            return .failure(error)
        }
    }

    /// The last column worked out on a line that is not all ASCII, and the byte it is for.
    private var known: (offset: Int, column: Int)

    private init(bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        index = bytes.startIndex
        isASCII = bytes.allSatisfy { $0 < 0x80 }
        known = (bytes.startIndex, 1)
    }

    /// The column of the byte at `offset`: one more than the scalars before it. The lexer asks
    /// from left to right, so counting on from the last answer costs one pass over the line in
    /// all, not one per token or escape (which made a line of many `\"` after an accent quadratic).
    private mutating func column(at offset: Int) -> Int {
        if isASCII { return offset - bytes.startIndex + 1 }
        if offset < known.offset { known = (bytes.startIndex, 1) }
        let column = bytes[known.offset..<offset].reduce(known.column) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        known = (offset, column)
        return column
    }

    private var column: Int { mutating get { column(at: index) } }
    private var current: UInt8? { index < bytes.endIndex ? bytes[index] : nil }

    /// The scalar starting at `offset`, for messages that quote it.
    private func scalar(at offset: Int) -> Unicode.Scalar? {
        var iterator = bytes[offset...].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    private static func text(_ bytes: some Collection<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    private mutating func lexLine() throws(Failure) -> Line {
        var line = Line()
        // Room for a typical declaration's tokens, so the array is not regrown on every line.
        line.tokens.reserveCapacity(8)
        while let byte = current {
            if Self.isSpace(byte) {
                index += 1
            } else if byte == UInt8(ascii: "#") {
                var text = bytes[(index + 1)...]
                if text.first == UInt8(ascii: " ") { text = text.dropFirst() }
                line.comment = Self.text(text)
                break
            } else if byte == UInt8(ascii: "\"") {
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
    private mutating func expectSeparator(after what: @autoclosure () -> String) throws(Failure) {
        guard let byte = current, !Self.isSpace(byte), byte != UInt8(ascii: "#") else { return }
        throw Failure(column: column, message: "missing space after \(what())")
    }

    private mutating func wordOrAttribute() throws(Failure) -> Token {
        let start = column
        let wordBytes = run { !Self.isSpace($0) && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "#") && $0 != UInt8(ascii: "=") }
        let word = Self.text(wordBytes)
        guard current == UInt8(ascii: "=") else {
            if word.isEmpty { throw Failure(column: column, message: "unexpected '\(scalar(at: index).map(String.init) ?? "")'") }
            try expectSeparator(after: "'\(word)'")
            return Token(kind: .word(word), column: start)
        }
        guard !word.isEmpty else {
            throw Failure(column: start, message: "'=' without an attribute name; write key=value")
        }
        guard wordBytes.allSatisfy({ (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || $0 == UInt8(ascii: "-") }) else {
            throw Failure(column: start, message: "malformed attribute name '\(word)'; names use lowercase letters and '-'")
        }
        index += 1
        let valueColumn = column
        let value: String
        if current == UInt8(ascii: "\"") {
            value = try string()
            try expectSeparator(after: "the closing quote")
        } else {
            let valueBytes = run { !Self.isSpace($0) && $0 != UInt8(ascii: "#") }
            value = Self.text(valueBytes)
            guard !value.isEmpty else {
                throw Failure(column: valueColumn, message: "missing value after '\(word)='; write \(word)=\"\" for an empty one")
            }
            // Bytes before the first bad one are ASCII, so its offset in bytes is its offset in scalars.
            if let bad = valueBytes.firstIndex(where: { $0 >= 0x80 || !QuotedString.isBareByte($0) }) {
                throw Failure(
                    column: valueColumn + (bad - valueBytes.startIndex),
                    message: "unexpected '\(scalar(at: bad).map(String.init) ?? "")' in a value; put the value in double quotes: \(word)=\(QuotedString.encode(value))"
                )
            }
        }
        return Token(kind: .attribute(key: word, value: value, valueColumn: valueColumn), column: start)
    }

    /// The bytes from here while `condition` holds; stops only at ASCII bytes, so never inside a scalar.
    private mutating func run(while condition: (UInt8) -> Bool) -> ArraySlice<UInt8> {
        let start = index
        while let byte = current, condition(byte) { index += 1 }
        return bytes[start..<index]
    }

    /// A double-quoted string starting here, with its escapes decoded.
    private mutating func string() throws(Failure) -> String {
        let start = column
        index += 1
        var result: [UInt8] = []
        while true {
            let plain = run { $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") && $0 != UInt8(ascii: "\t") }
            guard let byte = current else {
                throw Failure(column: start, message: "unterminated string; end it with '\"' on the same line")
            }
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                // Most strings hold no escape: decoded straight from the line, without a copy.
                return result.isEmpty ? Self.text(plain) : Self.text(result + plain)
            case UInt8(ascii: "\\"):
                result += plain
                result += try escape().utf8
            default:
                throw Failure(column: column, message: "a tab inside a string; write it as \\t")
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
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let malformed = Failure(column: start, message: "malformed escape; write \\u{…} with one to six hex digits naming a Unicode scalar, e.g. \\u{202E}")
            guard current == UInt8(ascii: "{") else { throw malformed }
            index += 1
            let digits = run { Unicode.Scalar($0).properties.isASCIIHexDigit }
            guard current == UInt8(ascii: "}"), (1...6).contains(digits.count),
                  let value = UInt32(Self.text(digits), radix: 16), let scalar = Unicode.Scalar(value)
            else { throw malformed }
            index += 1
            return scalar
        default:
            throw Failure(column: start, message: "unknown escape '\\\(scalar(at: index - 1).map(String.init) ?? "")'; use \\\", \\\\, \\n, \\t or \\u{…}")
        }
    }
}
