/// Reads CSV as RFC 4180 describes it: fields separated by commas, records by CRLF (LF or a
/// lone CR too, as other tools write), fields in double quotes may hold commas, line breaks and
/// quotes written twice.
///
/// Hand-written because no CSV package is available to caremap (the package list has none and
/// Foundation has no CSV reader). It works on the UTF-8 bytes, which is safe because the bytes of
/// `,`, `"`, CR and LF never occur inside a multi-byte character, so a 64 MiB file costs little
/// more than its fields. It checks the UTF-8 first so that an invalid byte is reported at its
/// line and column, skips a leading byte-order mark (Excel writes one), and records where each
/// field starts (columns count characters, as the file parser's do) so an importer can point at
/// the very cell.
struct CSVReader {
    struct Field: Equatable {
        var text: String
        var location: SourceLocation
    }

    /// Why the bytes are not CSV, and where.
    struct Failure: Error, Equatable {
        var location: SourceLocation
        var message: String
    }

    /// Every record, each a list of fields; blank lines are skipped.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    static func records(_ bytes: [UInt8]) throws(Failure) -> [[Field]] {
        var reader = CSVReader(bytes: bytes)
        try reader.validate()
        return try reader.readAll()
    }

    private let bytes: [UInt8]
    private var index: Int
    /// The line and column of `bytes[index]`.
    private var line = 1
    private var column = 1

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    private static let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

    /// Throws at the first byte that is not UTF-8, with its line and column.
    private func validate() throws(Failure) {
        if let location = InvalidUTF8.firstLocation(in: bytes[index...]) {
            throw Failure(location: location, message: "invalid UTF-8; save the file as UTF-8")
        }
    }

    private var here: SourceLocation { SourceLocation(line: line, column: column) }

    /// Moves past one byte, keeping ``line`` and ``column`` on the byte now current. A column
    /// counts characters, so the continuation bytes of a character do not move it.
    private mutating func advance() {
        let byte = bytes[index]
        index += 1
        if byte == Self.cr || (byte == Self.lf && (index < 2 || bytes[index - 2] != Self.cr)) {
            line += 1
            column = 1
        } else if byte == Self.lf {
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    private mutating func readAll() throws(Failure) -> [[Field]] {
        var records: [[Field]] = []
        while index < bytes.count {
            var record: [Field] = []
            while true {
                record.append(try field())
                if index < bytes.count, bytes[index] == Self.comma {
                    advance()
                    continue
                }
                if index < bytes.count, bytes[index] == Self.cr { advance() }
                if index < bytes.count, bytes[index] == Self.lf { advance() }
                break
            }
            if record.count == 1, record[0].text.isEmpty { continue }
            records.append(record)
        }
        return records
    }

    private mutating func field() throws(Failure) -> Field {
        let start = here
        var text: [UInt8] = []
        guard index < bytes.count, bytes[index] == Self.quote else {
            while index < bytes.count, ![Self.comma, Self.cr, Self.lf].contains(bytes[index]) {
                text.append(bytes[index])
                advance()
            }
            return Field(text: String(decoding: text, as: UTF8.self), location: start)
        }
        advance()
        while true {
            guard index < bytes.count else {
                throw Failure(location: start, message: "a quoted field is never closed; end it with '\"'")
            }
            let byte = bytes[index]
            advance()
            guard byte == Self.quote else {
                text.append(byte)
                continue
            }
            if index < bytes.count, bytes[index] == Self.quote {
                text.append(Self.quote)
                advance()
            } else if index < bytes.count, ![Self.comma, Self.cr, Self.lf].contains(bytes[index]) {
                let rest = bytes[index...].prefix(4)
                let next = String(decoding: rest, as: UTF8.self).unicodeScalars.first.map(String.init) ?? ""
                throw Failure(location: here, message: "unexpected '\(next)' after a closing quote; write a quote inside a quoted field as \"\"")
            } else {
                return Field(text: String(decoding: text, as: UTF8.self), location: start)
            }
        }
    }
}
