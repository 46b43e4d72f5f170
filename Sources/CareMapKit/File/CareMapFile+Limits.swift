/// The limits of the file format: how many nodes a file may declare, checked before the file is
/// parsed, and the words for each limit, which the importers apply too.
extension CareMapFile {
    /// The most nodes a map file may declare: 100,000, a hundred times the largest map a
    /// community workshop draws. A file declaring more (a generated or hostile one; 1,000,000
    /// one-line nodes fit in 64 MiB) is refused at once with one error, rather than being parsed,
    /// validated and laid out for minutes before anyone can see it.
    public static let maximumNodes = 100_000

    /// The error for the first node declared beyond `limit`, or nil when there are not that many.
    ///
    /// A scan of line starts for `person`, `place` or `group` followed by a space or tab, without
    /// lexing: it is a guard, so it may count a line the parser would reject, but it never misses a
    /// node (every node declaration starts that way).
    ///
    /// - Complexity: O(*n*) in the size of the file, one pass with no allocation.
    static func nodeLimitProblem(in bytes: [UInt8], limit: Int = maximumNodes) -> Diagnostic? {
        let keywords: [[UInt8]] = ["person", "place", "group"].map { Array($0.utf8) }
        return bytes.withUnsafeBufferPointer { buffer -> Diagnostic? in
            var count = 0
            var line = 1
            var start = 0
            while start < buffer.count {
                var index = start
                while index < buffer.count, buffer[index] == 0x20 || buffer[index] == 0x09 { index += 1 }
                for keyword in keywords where Self.matches(keyword, in: buffer, at: index) {
                    count += 1
                    if count > limit {
                        let column = index - start + 1
                        return Diagnostic(.error, at: SourceLocation(line: line, column: column), tooManyNodes(limit))
                    }
                }
                while index < buffer.count, buffer[index] != 0x0A { index += 1 }
                start = index + 1
                line += 1
            }
            return nil
        }
    }

    /// Why a map with more than `limit` nodes is refused, read or imported.
    static func tooManyNodes(_ limit: Int = maximumNodes) -> String {
        "more than \(limit.withThousandsSeparators) nodes, the most a map may hold; split it into smaller maps"
    }

    /// Why an import is refused that would write a line the parser refuses (`line is longer than
    /// 65,536 bytes`): a cell or attribute too long for one declaration.
    static func lineTooLong(_ what: String, bytes: Int) -> String {
        "this \(what) would be a line of \(bytes.withThousandsSeparators) bytes in the map, longer than "
            + "\(maximumLineLength.withThousandsSeparators), the most a line may hold; shorten its longest value"
    }

    /// Why an import is refused that would write a file the reader refuses.
    static func fileTooLarge(bytes: Int) -> String {
        "the map would be \(bytes.withThousandsSeparators) bytes, larger than 64 MiB, the most caremap reads; split it into smaller maps"
    }

    /// Whether `keyword` followed by a space or tab starts at `index`.
    private static func matches(_ keyword: [UInt8], in buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let end = index + keyword.count
        guard end < buffer.count, buffer[end] == 0x20 || buffer[end] == 0x09 else { return false }
        for offset in 0..<keyword.count where buffer[index + offset] != keyword[offset] { return false }
        return true
    }
}

private extension Int {
    /// The number with thousands separated by commas, as the other size messages write them
    /// ("65,536 bytes"), the same in every locale.
    var withThousandsSeparators: String {
        let digits = Array(String(self))
        return digits.enumerated().map { index, digit in
            index > 0 && (digits.count - index) % 3 == 0 ? ",\(digit)" : "\(digit)"
        }.joined()
    }
}
