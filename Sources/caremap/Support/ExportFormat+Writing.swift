import ArgumentParser
import CareMapApp
import CareMapCanvas
import CareMapKit
import Foundation

extension ExportFormat: ExpressibleByArgument {}

/// How each format is written: the exporters of CareMapKit, the report writer, and Graphviz.
extension ExportFormat {
    /// The UTF-8 byte order mark `--bom` puts before each CSV file: without it Excel reads a
    /// CSV file in the system's legacy code page, and Arabic or Dari names come out as mojibake.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

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
        case .netcanvasCSV: try Self.netCanvas(map)
        }
    }

    /// Network Canvas's files for the interview around the map's subject, each inside the folder.
    static func netCanvas(_ map: CareMap) throws(ExportFailure) -> [Output] {
        guard let files = NetCanvasExporter.files(map) else {
            throw ExportFailure(description: "netcanvas-csv writes one interview around the person at the centre, and this map has no subject (or a private one); name one with 'subject ID'")
        }
        return files.map { Output(suffix: "/" + $0.name, bytes: Array($0.text.utf8)) }
    }

    /// Writes `outputs` to `path` (each file mode 0600, atomically), `prefix` before each file's
    /// bytes; for a format that writes a folder, the folder is made first (mode 0700) when it
    /// is not there.
    func write(_ outputs: [Output], to path: String, prefix: [UInt8] = []) throws {
        if writesFolder {
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw ExportFailure(description: "cannot make the folder '\(path)': \(error.localizedDescription)")
            }
        }
        for output in outputs {
            try CareMapFile.write(prefix + output.bytes, to: URL(fileURLWithPath: Self.path(path, suffix: output.suffix)))
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
}

extension ExportFormat.Output {
    init(text: String) { self.init(suffix: nil, bytes: Array(text.utf8)) }
}

/// Why an export could not be made, in words for the person at the keyboard.
struct ExportFailure: Error, CustomStringConvertible {
    var description: String
}
