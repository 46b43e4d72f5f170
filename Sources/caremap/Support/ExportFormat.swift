import ArgumentParser
import CareMapCanvas
import CareMapKit

/// The formats `caremap export` and the editor's `:export` write.
enum ExportFormat: String, CaseIterable, ExpressibleByArgument {
    case dot, json, graphml, csv, mermaid, markdown, svg, png, pdf

    /// One file an export writes: `suffix` is added to the output path (minus a `.csv`
    /// extension) for formats that write more than one file.
    struct Output {
        var suffix: String?
        var bytes: [UInt8]
    }

    /// The files `map` exports to. SVG, PNG and PDF are pictures (see ``picture(_:format:layout:)``);
    /// Markdown is `caremap report --format markdown`, review dates judged against `today`.
    func export(_ map: CareMap, today: CalendarDate = .today(), layout: LayoutStyle? = nil) throws(ExportFailure) -> [Output] {
        switch self {
        case .dot: [Output(text: DOTExporter.export(map))]
        case .json: [Output(text: JSONExporter.export(map))]
        case .graphml: [Output(text: GraphMLExporter.export(map))]
        case .mermaid: [Output(text: MermaidExporter.export(map))]
        case .markdown: [Output(text: ReportWriter.write(map, options: ReportOptions(format: .markdown, today: today)))]
        case .csv: [
            Output(suffix: "-nodes.csv", bytes: Array(CSVExporter.nodes(map).utf8)),
            Output(suffix: "-links.csv", bytes: Array(CSVExporter.links(map).utf8)),
            Output(suffix: "-actions.csv", bytes: Array(CSVExporter.actions(map).utf8)),
        ]
        case .svg, .png, .pdf: [Output(suffix: nil, bytes: try Self.picture(map, format: rawValue, layout: layout))]
        }
    }

    /// A picture laid out as on screen: caremap's rings around a map's subject (or its force
    /// layout for a community map, or `layout` when given), drawn by `neato -n` at exactly those
    /// positions, with the rings faint behind an ego map.
    static func picture(_ map: CareMap, format: String, layout: LayoutStyle?) throws(ExportFailure) -> [UInt8] {
        let shown = map.withoutPrivateNodes()
        let placed = Layouter.layout(shown, style: layout ?? (shown.subject == nil ? .force : .rings))
        let dot = DOTExporter.export(
            shown, positions: PicturePlacement.positions(shown, layout: placed), backdrop: PicturePlacement.rings(shown, layout: placed)
        )
        return try Graphviz.render(dot, to: format, engine: "neato", arguments: ["-n"])
    }

    /// Whether the export is more than one file, so it needs an output path to name them.
    var writesSeveralFiles: Bool { self == .csv }

    /// Whether the export is binary, and must not be written to a terminal.
    var isBinary: Bool { self == .png || self == .pdf }

    /// Where each output goes when the export is written to `path`: `map.csv` (or `map`) gives
    /// `map-nodes.csv`, `map-links.csv` and `map-actions.csv` for CSV.
    static func path(_ path: String, suffix: String?) -> String {
        guard let suffix else { return path }
        return (path.hasSuffix(".csv") ? String(path.dropLast(4)) : path) + suffix
    }
}

extension ExportFormat.Output {
    init(text: String) { self.init(suffix: nil, bytes: Array(text.utf8)) }
}

/// Why an export could not be made, in words for the person at the keyboard.
struct ExportFailure: Error, CustomStringConvertible {
    var description: String
}
