/// Reads the CSV files of a Network Canvas export into interviews: the ego file's rows, the
/// attribute lists' alters and the edge lists' ties, grouped by `networkCanvasEgoUUID` (or by
/// the file names' case and session when a file has no such column).
enum NetCanvasTables {
    /// Columns that say where a row belongs rather than anything about the person or tie.
    static let structural: Set<String> = [
        "networkcanvasegouuid", "networkcanvasuuid", "networkcanvascaseid", "networkcanvassessionid",
        "networkcanvasprotocolname", "networkcanvassourceuuid", "networkcanvastargetuuid", "nodeid", "edgeid",
        "from", "to", "null", "networkcanvastype",
    ]
    /// The ego file's columns of when the session ran, kept in the map's note.
    static let sessionTimes = ["sessionstart": "started", "sessionfinish": "finished", "sessionexported": "exported"]

    /// One row: its cells by folded column name, its other cells as values, and where it starts.
    private struct Row {
        var cells: [String: CSVReader.Field] = [:]
        var values: [NetCanvasInterview.Value] = []
        var location: SourceLocation

        func cell(_ name: String) -> String? {
            cells[name].map(\.text).flatMap { $0.isEmpty ? nil : $0 }
        }
    }

    static func interviews(
        _ tables: [(NetCanvasImporter.File, NetCanvasImporter.FileRole)], codebook: NetCanvasCodebook?,
        diagnostics: inout [ImportDiagnostic]
    ) -> [NetCanvasInterview] {
        var interviews: [NetCanvasInterview] = []
        var index: [String: Int] = [:]
        /// Node ids (`nodeID`) → references, per interview, for edge lists without UUID columns.
        var nodeIDs: [String: [String: String]] = [:]
        func interview(for row: Row, file: String) -> Int {
            let prefix = NetCanvasImporter.prefix(of: file)
            let key = row.cell("networkcanvasegouuid") ?? prefix
            if let found = index[key] { return found }
            index[key] = interviews.count
            interviews.append(NetCanvasInterview(key: key, caseID: NetCanvasImporter.caseID(inPrefix: prefix), file: file))
            return interviews.count - 1
        }
        let ordered = tables.sorted { rank($0.1) < rank($1.1) }
        for (file, role) in ordered {
            guard let rows = rows(of: file, diagnostics: &diagnostics) else { continue }
            for row in rows {
                let at = interview(for: row, file: file.path)
                switch role {
                case .ego:
                    if let caseID = row.cell("networkcanvascaseid") { interviews[at].caseID = caseID }
                    interviews[at].sessionID = row.cell("networkcanvassessionid")
                    interviews[at].protocolName = row.cell("networkcanvasprotocolname")
                    let times = row.values.filter { sessionTimes[ImportFieldNames.folded($0.name)] != nil }
                    interviews[at].times = times.compactMap { value in
                        value.value.isEmpty ? nil : (sessionTimes[ImportFieldNames.folded(value.name)]!, value.value)
                    }
                    interviews[at].ego = NetCanvasInterview.Entity(
                        reference: row.cell("networkcanvasegouuid") ?? "", uuid: row.cell("networkcanvasegouuid"), type: "ego",
                        values: row.values.filter { sessionTimes[ImportFieldNames.folded($0.name)] == nil },
                        file: file.path, location: row.location
                    )
                case .nodes(let type):
                    guard let reference = row.cell("networkcanvasuuid") ?? row.cell("nodeid") else {
                        report(&diagnostics, file.path, row.location, "this alter has no 'networkCanvasUUID' or 'nodeID'; every row of an attribute list needs one")
                        continue
                    }
                    if let nodeID = row.cell("nodeid") { nodeIDs[interviews[at].key, default: [:]][nodeID] = reference }
                    interviews[at].nodes.append(NetCanvasInterview.Entity(
                        reference: reference, uuid: row.cell("networkcanvasuuid"), type: codebook?.typeName(type) ?? type,
                        values: row.values, file: file.path, location: row.location
                    ))
                case .edges(let type):
                    let ids = nodeIDs[interviews[at].key] ?? [:]
                    let ends = [("networkcanvassourceuuid", "from"), ("networkcanvastargetuuid", "to")].map { uuid, nodeID in
                        row.cells[uuid].flatMap { $0.text.isEmpty ? nil : $0 }
                            ?? row.cells[nodeID].map { CSVReader.Field(text: ids[$0.text] ?? $0.text, location: $0.location) }
                    }
                    guard let source = ends[0], let target = ends[1] else {
                        report(&diagnostics, file.path, row.location, "this tie has no ends; an edge list needs 'networkCanvasSourceUUID' and 'networkCanvasTargetUUID', or 'from' and 'to'")
                        continue
                    }
                    let entity = NetCanvasInterview.Entity(
                        reference: row.cell("networkcanvasuuid") ?? "", uuid: nil, type: codebook?.typeName(type) ?? type,
                        values: row.values, file: file.path, location: row.location
                    )
                    interviews[at].edges.append(NetCanvasInterview.Edge(
                        entity: entity, source: .init(name: "from", value: source.text, location: source.location),
                        target: .init(name: "to", value: target.text, location: target.location), isDirected: false
                    ))
                case .graphML:
                    break
                }
            }
        }
        return interviews
    }

    /// Ego files first (they name the cases), then attribute lists (edges refer to their
    /// alters), then edge lists; the order of the files within each.
    private static func rank(_ role: NetCanvasImporter.FileRole) -> Int {
        switch role {
        case .ego: 0
        case .nodes: 1
        case .edges, .graphML: 2
        }
    }

    /// The rows of one file, or nil once its problem is reported.
    private static func rows(of file: NetCanvasImporter.File, diagnostics: inout [ImportDiagnostic]) -> [Row]? {
        let records: [[CSVReader.Field]]
        do throws(CSVReader.Failure) {
            records = try CSVReader.records(file.bytes)
        } catch {
            report(&diagnostics, file.path, error.location, error.message)
            return nil
        }
        guard let header = records.first else { return [] }
        let names = header.map { CSVImporter.unmarked($0.text) }
        var rows: [Row] = []
        for record in records.dropFirst() {
            guard record.count == header.count else {
                report(&diagnostics, file.path, record[0].location, "this row has \(record.count) fields; the header has \(header.count)")
                continue
            }
            var row = Row(location: record[0].location)
            for (name, cell) in zip(names, record) {
                let folded = ImportFieldNames.folded(name)
                let field = CSVReader.Field(text: CSVImporter.unmarked(cell.text), location: cell.location)
                if structural.contains(folded) {
                    row.cells[folded] = field
                } else {
                    row.values.append(.init(name: name, value: field.text, location: field.location))
                }
            }
            rows.append(row)
        }
        return rows
    }

    static func report(_ diagnostics: inout [ImportDiagnostic], _ file: String, _ location: SourceLocation?, _ message: String) {
        diagnostics.append(ImportDiagnostic(file: file, Diagnostic(.error, at: location, message)))
    }
}
