/// The formats `caremap export` and the editor's `:export` write.
///
/// A type of this layer, below the effects, so that `:export` names a format the run loop
/// knows how to write: a mistyped format is refused as the command is read, never carried in
/// an ``Effect`` to fail later. How each format is made lives with the run loop, in the
/// executable (`Support/ExportFormat+Writing.swift`), since SVG, PNG and PDF run Graphviz.
public enum ExportFormat: String, CaseIterable, Hashable, Sendable {
    case dot, json, graphml, csv, mermaid, markdown, svg, png, pdf
    /// Network Canvas's CSV layout, for ideanet and egor: a folder of files.
    case netcanvasCSV = "netcanvas-csv"

    /// Every format's name, for messages and help: `dot, json, graphml, …`.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Whether the export is more than one file, so it needs an output path to name them.
    public var writesSeveralFiles: Bool { self == .csv || self == .netcanvasCSV }

    /// Whether the output path names a folder the files are written into, rather than their prefix.
    public var writesFolder: Bool { self == .netcanvasCSV }

    /// Whether the export is binary, and must not be written to a terminal.
    public var isBinary: Bool { self == .png || self == .pdf }

    /// Where each output goes when the export is written to `path`: `map.csv` (or `map`) gives
    /// `map-nodes.csv`, `map-links.csv` and `map-actions.csv` for CSV; a suffix starting with
    /// `/` is a file inside the folder `path` (`netcanvas-csv`).
    public static func path(_ path: String, suffix: String?) -> String {
        guard let suffix else { return path }
        if suffix.hasPrefix("/") { return (path.hasSuffix("/") ? String(path.dropLast()) : path) + suffix }
        return (path.hasSuffix(".csv") ? String(path.dropLast(4)) : path) + suffix
    }
}
