/// Imports a care map from a nodes CSV file and, optionally, a links and an actions CSV file:
/// the layout
/// ``CSVExporter`` writes, and the tables spreadsheets, Kumu and R's egor keep (see
/// `docs/imports.md`).
///
/// The first row of each file names the columns; ``ImportFieldNames`` says which caremap field
/// each name means, and `columns` (field → header) names others. Columns no field claims are
/// kept as extra attributes. Cells are read as a spreadsheet shows them: one leading `'` (the
/// mark ``CSVExporter`` and spreadsheets put before text that looks like a formula) is removed.
/// An empty cell says nothing, so an unknown attribute with an empty value is not kept.
public enum CSVImporter {
    /// One CSV file: the name diagnostics use, and its bytes.
    public struct Source: Sendable {
        public var file: String
        public var bytes: [UInt8]

        public init(file: String, bytes: [UInt8]) {
            self.file = file
            self.bytes = bytes
        }
    }

    /// The map the tables describe, or every problem with its file, line and column.
    ///
    /// - Complexity: O(*n*) in the size of the files, plus O(*k*) per cell for *k* known names.
    public static func importMap(nodes: Source, links: Source?, actions: Source? = nil, columns: [String: String] = [:]) -> ImportResult {
        var builder = MapBuilder()
        var diagnostics: [ImportDiagnostic] = []
        for record in records(nodes, table: ImportFieldNames.node, required: [], columns: columns, diagnostics: &diagnostics) {
            builder.addNode(record)
        }
        if let links {
            for record in records(links, table: ImportFieldNames.link, required: ["from", "to"], columns: columns, diagnostics: &diagnostics) {
                builder.addLink(record)
            }
        }
        if let actions {
            for record in records(actions, table: ImportFieldNames.action, required: ["id"], columns: columns, diagnostics: &diagnostics) {
                builder.addAction(record)
            }
        }
        var result = builder.finish()
        guard !diagnostics.isEmpty || result.hasErrors else { return result }
        result.map = nil
        result.diagnostics = MapBuilder.sorted(diagnostics + result.diagnostics, files: [nodes, links, actions].compactMap { $0?.file })
        return result
    }

    /// The rows of one file as records, checking the header and the width of every row.
    private static func records(
        _ source: Source, table: [String: [String]], required: [String], columns: [String: String],
        diagnostics: inout [ImportDiagnostic]
    ) -> [ImportedRecord] {
        func report(_ location: SourceLocation?, _ message: String) {
            diagnostics.append(ImportDiagnostic(file: source.file, Diagnostic(.error, at: location, message)))
        }
        let rows: [[CSVReader.Field]]
        do throws(CSVReader.Failure) {
            rows = try CSVReader.records(source.bytes)
        } catch {
            report(error.location, error.message)
            return []
        }
        guard let header = rows.first else {
            report(nil, "the file is empty; the first row must name the columns")
            return []
        }
        let names = header.map { unmarked($0.text) }
        let fields = names.map { ImportFieldNames.field(for: $0, in: table, overrides: columns) }
        var problems = false
        for (index, field) in fields.enumerated() {
            guard let field, let first = fields.firstIndex(of: field), first < index else { continue }
            report(header[index].location, "columns '\(names[first])' and '\(names[index])' both give the \(field); keep one, or map one elsewhere with --column")
            problems = true
        }
        for field in required where !fields.contains(field) {
            let known = table[field]!.joined(separator: ", ")
            report(header[0].location, "no '\(field)' column; name one \(known), or map yours with --column \(field)=NAME")
            problems = true
        }
        guard !problems else { return [] }
        var records: [ImportedRecord] = []
        for row in rows.dropFirst() {
            guard row.count == header.count else {
                report(row[0].location, "this row has \(row.count) fields; the header has \(header.count)")
                continue
            }
            var record = ImportedRecord(file: source.file, location: row[0].location)
            for (index, cell) in row.enumerated() where fields[index] != nil || !cell.text.isEmpty {
                record.fields.append(ImportedRecord.Field(
                    name: fields[index] ?? names[index], value: unmarked(cell.text), location: cell.location,
                    isKnown: fields[index] != nil, original: names[index]
                ))
            }
            records.append(record)
        }
        return records
    }

    /// A cell without the one leading `'` that marks text in spreadsheets, and with the
    /// `\u{HEX}` the export writes for a terminal-unsafe character turned back into it.
    static func unmarked(_ text: String) -> String {
        GraphMLText.unescaped(text.hasPrefix("'") ? String(text.dropFirst()) : text)
    }
}
