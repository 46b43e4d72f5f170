/// The formats `caremap export` and the editor's `:export` write.
///
/// A type of this layer, below the effects, so that `:export` names a format the run loop
/// knows how to write: a mistyped format is refused as the command is read, never carried in
/// an ``Effect`` to fail later. How each format is made lives with the run loop, in the
/// executable (`Support/ExportFormat+Writing.swift`), since SVG, PNG and PDF run Graphviz.
public enum ExportFormat: String, CaseIterable, Hashable, Sendable {
    case dot, json, graphml, csv, mermaid, markdown, svg, png, pdf

    /// Every format's name, for messages and help: `dot, json, graphml, …`.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Whether the export is more than one file, so it needs an output path to name them.
    public var writesSeveralFiles: Bool { self == .csv }

    /// Whether the export is binary, and must not be written to a terminal.
    public var isBinary: Bool { self == .png || self == .pdf }

    /// Where each output goes when the export is written to `path`: `map.csv` (or `map`) gives
    /// `map-nodes.csv`, `map-links.csv` and `map-actions.csv` for CSV.
    public static func path(_ path: String, suffix: String?) -> String {
        guard let suffix else { return path }
        return (path.hasSuffix(".csv") ? String(path.dropLast(4)) : path) + suffix
    }
}
