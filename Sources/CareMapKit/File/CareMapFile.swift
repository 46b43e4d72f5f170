/// The `.caremap` file format, version 1: reading, writing and storing maps.
///
/// The format is specified in `docs/file-format.md`. Reading never crashes and never trusts
/// the file: every problem becomes a ``Diagnostic`` with its line and column.
public enum CareMapFile {
    /// The largest file caremap reads: 64 MiB, far beyond any real map (100,000 nodes take
    /// about 10 MiB), small enough that a wrong file cannot exhaust memory.
    public static let maximumFileSize = 64 * 1024 * 1024
    /// The longest line caremap reads, in bytes.
    public static let maximumLineLength = 65_536
    /// How many problems are reported before the rest are summarised in one line.
    public static let maximumDiagnostics = 100
    /// The version line every file starts with.
    static let versionLine = "caremap \(CareMapKitVersion.formatVersion)"

    /// Parses a file's bytes: invalid UTF-8, NUL bytes, control characters, overlong lines,
    /// oversized files and too many nodes are reported like any other problem.
    ///
    /// - Complexity: O(*n*) in the size of the file.
    public static func parse(_ bytes: [UInt8]) -> ParseResult {
        if bytes.count <= maximumFileSize, let problem = nodeLimitProblem(in: bytes) {
            return ParseResult(map: nil, diagnostics: [problem])
        }
        var parser = FileParser()
        return parser.parse(bytes)
    }

    /// Parses text already in memory.
    public static func parse(_ text: String) -> ParseResult {
        parse(Array(text.utf8))
    }
}
