/// One word of a command line: a bare word, a quoted string, or a `key=value` attribute.
///
/// The quoting follows the `.caremap` file format, so a line from a file can be pasted after `:`:
/// double quotes with the escapes `\"`, `\\`, `\n`, `\t` and `\u{HEX}`. Outside quotes anything
/// but a space is part of the word, so paths and arrows (`->`) need no quoting.
struct CommandToken: Hashable, Sendable {
    /// The text with quotes removed and escapes decoded; for an attribute, its value.
    var text: String
    /// For `key=value` (a lowercase key, no spaces around `=`): the key. A word that starts
    /// with a quote is never an attribute, so `"a=b"` can be a name.
    var key: String?
    /// Whether any of the word was quoted: a quoted `->` is a label, not an arrow.
    var isQuoted = false

    /// Splits a line into tokens.
    static func tokens(of line: String) throws(LineCommandError) -> [CommandToken] {
        var scanner = Scanner(characters: Array(line))
        var tokens: [CommandToken] = []
        while let token = try scanner.next() { tokens.append(token) }
        return tokens
    }

    /// Where the last word of `line` starts (its end when the line ends in a space), so Tab
    /// can complete it; a word still inside an open quote counts as one word.
    static func lastWordStart(in line: String) -> String.Index {
        var start = line.endIndex
        var quoted = false, escaped = false, inWord = false
        for index in line.indices {
            let character = line[index]
            if escaped {
                escaped = false
            } else if quoted {
                if character == "\\" { escaped = true } else if character == "\"" { quoted = false }
            } else if character == " " || character == "\t" {
                inWord = false
                start = line.endIndex
            } else {
                if !inWord { start = index }
                inWord = true
                if character == "\"" { quoted = true }
            }
        }
        return start
    }

    private struct Scanner {
        var characters: [Character]
        var position = 0

        mutating func next() throws(LineCommandError) -> CommandToken? {
            while position < characters.count, characters[position] == " " || characters[position] == "\t" { position += 1 }
            guard position < characters.count else { return nil }
            var token = CommandToken(text: "")
            let startsQuoted = characters[position] == "\""
            while position < characters.count, characters[position] != " ", characters[position] != "\t" {
                let character = characters[position]
                position += 1
                if character == "\"" {
                    token.isQuoted = true
                    token.text += try quoted()
                } else if character == "=", token.key == nil, !startsQuoted, !token.isQuoted, CommandToken.isKey(token.text) {
                    token.key = token.text
                    token.text = ""
                } else {
                    token.text.append(character)
                }
            }
            return token
        }

        /// The rest of a string after its opening quote, decoded, up to the closing quote.
        mutating func quoted() throws(LineCommandError) -> String {
            var text = ""
            while position < characters.count {
                let character = characters[position]
                position += 1
                switch character {
                case "\"": return text
                case "\\": text.append(contentsOf: try escape())
                default: text.append(character)
                }
            }
            throw .unterminatedString
        }

        /// The character an escape after `\` stands for.
        mutating func escape() throws(LineCommandError) -> String {
            guard position < characters.count else { throw .unterminatedString }
            let character = characters[position]
            position += 1
            switch character {
            case "\"", "\\": return String(character)
            case "n": return "\n"
            case "t": return "\t"
            case "u":
                var hex = ""
                if position < characters.count, characters[position] == "{" {
                    position += 1
                    while position < characters.count, characters[position] != "}", hex.count <= 6 {
                        hex.append(characters[position])
                        position += 1
                    }
                    if position < characters.count, characters[position] == "}", (1...6).contains(hex.count),
                       let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                        position += 1
                        return String(Character(scalar))
                    }
                }
                throw .badEscape("\\u{" + hex)
            default:
                throw .badEscape("\\" + String(character))
            }
        }
    }

    /// An attribute key: lowercase ASCII letters and `-`, starting with a letter.
    static func isKey(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || $0 == "-" }
    }
}
