/// A position in a `.caremap` file: line and column, both from 1. Columns count Unicode scalars,
/// which is what editors that show "column" for non-Latin text mostly count too.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (left: SourceLocation, right: SourceLocation) -> Bool {
        (left.line, left.column) < (right.line, right.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// One problem found in a file, an error or a warning, with where it is.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable { case error, warning }

    public var severity: Severity
    /// Where the problem is; nil for problems with the file as a whole (its size).
    public var location: SourceLocation?
    public var message: String

    public init(_ severity: Severity, at location: SourceLocation?, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// The conventional `path:line:column: message` line, with `warning: ` before warnings, so
    /// editors and terminals can jump to the spot.
    public func formatted(path: String) -> String {
        let place = location.map { "\(path):\($0.line):\($0.column)" } ?? path
        return place + ": " + (severity == .warning ? "warning: " : "") + message
    }

    public var description: String { formatted(path: "<input>") }
}

/// What parsing a file gives: the map when there were no errors, and every problem found.
public struct ParseResult: Sendable {
    /// The map, or nil when any error was found: a half-understood map is never handed on.
    public var map: CareMap?
    /// Errors and warnings, sorted by position.
    public var diagnostics: [Diagnostic]

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
