/// One node or link as an importer read it, before it is checked: each value with the field it
/// maps to (see ``ImportFieldNames``) and where it was in the input, so every problem can be
/// reported at its row or line.
struct ImportedRecord {
    struct Field {
        /// A caremap field (`name`, `lang`, `from`) or, for anything else, the input's own name.
        var name: String
        var value: String
        var location: SourceLocation
        /// Whether ``name`` is a caremap field rather than a foreign attribute to keep as extra.
        var isKnown: Bool
        /// The name the input used, for a value kept as an extra attribute after all.
        var original: String
    }

    /// The input file, as named to the importer.
    var file: String
    /// Where the record starts: the CSV row or the GraphML element.
    var location: SourceLocation
    var fields: [Field] = []
    /// The direction of a link with no `direction` field: GraphML's `edgedefault` or `directed`.
    var defaultDirection: LinkDirection = .none

    /// The first value given for `name`, with where it was; empty values say nothing.
    func field(_ name: String) -> Field? {
        fields.first { $0.isKnown && $0.name == name && !$0.value.isEmpty }
    }
}

/// A problem found while importing, with the file it is in: a CSV import reads two files. An
/// error too, for what stops an import before any record is read (a protocol that cannot be read).
public struct ImportDiagnostic: Hashable, Sendable, CustomStringConvertible, Error {
    public var file: String
    public var diagnostic: Diagnostic

    public init(file: String, _ diagnostic: Diagnostic) {
        self.file = file
        self.diagnostic = diagnostic
    }

    /// `file:line:column: message`, as the file parser's diagnostics read.
    public var description: String { diagnostic.formatted(path: file) }
}

/// What an import gives: the map when there were no errors, and every problem found.
public struct ImportResult: Sendable {
    /// The map, or nil when any error was found: nothing half-imported is handed on.
    public var map: CareMap?
    /// Errors and warnings, in file order.
    public var diagnostics: [ImportDiagnostic]

    public var hasErrors: Bool { diagnostics.contains { $0.diagnostic.severity == .error } }
}
