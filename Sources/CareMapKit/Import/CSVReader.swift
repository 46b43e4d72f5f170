/// Reads CSV as RFC 4180 describes it: fields separated by commas, records by CRLF (LF or a
/// lone CR too, as other tools write), fields in double quotes may hold commas, line breaks and
/// quotes written twice.
///
/// Hand-written because no CSV package is available to caremap (the package list has none and
/// Foundation has no CSV reader). It decodes UTF-8 itself so that an invalid byte is reported at
/// its line and column, skips a leading byte-order mark (Excel writes one), and records where
/// each field starts so an importer can point at the very cell.
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
        var reader = CSVReader(bytes)
        return try reader.readAll()
    }

    private var scalars: [Unicode.Scalar] = []
    private var places: [SourceLocation] = []
    private var index = 0

    private init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    private let bytes: [UInt8]

    private mutating func decode() throws(Failure) {
        var decoder = UTF8()
        let hasByteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        var iterator = bytes.dropFirst(hasByteOrderMark ? 3 : 0).makeIterator()
        var line = 1
        var column = 1
        var previousWasCR = false
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
                places.append(SourceLocation(line: line, column: column))
                if scalar == "\n" {
                    if !previousWasCR { line += 1 }
                    column = 1
                } else if scalar == "\r" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                previousWasCR = scalar == "\r"
            case .emptyInput:
                return
            case .error:
                throw Failure(location: SourceLocation(line: line, column: column), message: "invalid UTF-8; save the file as UTF-8")
            }
        }
    }

    private mutating func readAll() throws(Failure) -> [[Field]] {
        try decode()
        var records: [[Field]] = []
        while index < scalars.count {
            var record: [Field] = []
            while true {
                record.append(try field())
                if index < scalars.count, scalars[index] == "," {
                    index += 1
                    continue
                }
                skipLineBreak()
                break
            }
            if record.count == 1, record[0].text.isEmpty { continue }
            records.append(record)
        }
        return records
    }

    private var here: SourceLocation {
        index < places.count ? places[index] : places.last.map { SourceLocation(line: $0.line, column: $0.column + 1) } ?? SourceLocation(line: 1, column: 1)
    }

    private mutating func field() throws(Failure) -> Field {
        let start = here
        var text = String.UnicodeScalarView()
        guard index < scalars.count, scalars[index] == "\"" else {
            while index < scalars.count, !["," as Unicode.Scalar, "\n", "\r"].contains(scalars[index]) {
                text.append(scalars[index])
                index += 1
            }
            return Field(text: String(text), location: start)
        }
        index += 1
        while true {
            guard index < scalars.count else {
                throw Failure(location: start, message: "a quoted field is never closed; end it with '\"'")
            }
            let scalar = scalars[index]
            index += 1
            if scalar == "\"" {
                if index < scalars.count, scalars[index] == "\"" {
                    text.append("\"")
                    index += 1
                    continue
                }
                if index < scalars.count, ![",", "\n", "\r"].contains(scalars[index]) {
                    throw Failure(location: here, message: "unexpected '\(scalars[index])' after a closing quote; write a quote inside a quoted field as \"\"")
                }
                return Field(text: String(text), location: start)
            }
            text.append(scalar)
        }
    }

    private mutating func skipLineBreak() {
        if index < scalars.count, scalars[index] == "\r" { index += 1 }
        if index < scalars.count, scalars[index] == "\n" { index += 1 }
    }
}
