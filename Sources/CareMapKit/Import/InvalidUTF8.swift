/// Where a document stops being UTF-8, shared by the importers.
///
/// Both importers must refuse bytes that are not UTF-8 before anything else reads them: the CSV
/// reader to report the byte at its line and column, and the GraphML importer because
/// Foundation's `XMLParser` on Linux traps (SIGILL in `_NSXMLParserGetEntity`) on an entity
/// reference whose name is not UTF-8, which would crash `caremap import` on a hostile file.
enum InvalidUTF8 {
    /// The line and column of the first character that is not UTF-8 in `bytes`, or `nil` when
    /// every byte is. Lines end at CR, LF or CR LF; a column counts characters.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    static func firstLocation(in bytes: ArraySlice<UInt8>) -> SourceLocation? {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var line = 1, column = 1, previousWasCR = false
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\r" || (scalar == "\n" && !previousWasCR) { line += 1 }
                column = scalar == "\r" || scalar == "\n" ? 1 : column + 1
                previousWasCR = scalar == "\r"
            case .emptyInput:
                return nil
            case .error:
                return SourceLocation(line: line, column: column)
            }
        }
    }
}
