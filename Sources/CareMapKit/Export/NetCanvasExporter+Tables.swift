import Foundation

/// The tables of ``NetCanvasExporter``: the ego file, the attribute lists and the edge lists,
/// each with Network Canvas's own columns first and then only the caremap fields some row uses.
extension NetCanvasExporter {
    /// Node fields the structure of the files already says (the id, the name, the kind, who the
    /// subject is, the position) or that are worked out again on import (the sector).
    static let nodeFields = InterchangeFields.node.filter { !["id", "name", "kind", "subject", "x", "y"].contains($0) }
    /// Link fields of a tie: its ends are the row or the `from` and `to` columns, and `via` names
    /// a node the files cannot point at.
    static let linkFields = InterchangeFields.link.filter { !["from", "to", "label", "via"].contains($0) }
    /// Attributes an import keeps to remember Network Canvas's ids and types, written back as
    /// those columns rather than as attributes.
    static let structuralKeys: Set<String> = [NetCanvasInterview.uuidKey, NetCanvasInterview.typeKey]

    /// The ego file: one row, the subject.
    static func egoTable(_ subject: Node, caseID: String, uuid: String, map: CareMap) -> String {
        let fields = fieldValues(subject, map: map)
        let used = nodeFields.filter { fields[$0] != nil }
        let extras = extraKeys([subject])
        let header = ["networkCanvasEgoUUID", "networkCanvasCaseID", "networkCanvasSessionID", "networkCanvasProtocolName",
                      "sessionStart", "sessionFinish", "sessionExported", "name"] + used + extras
        let row = [uuid, caseID, "", "", "", "", "", subject.name].map { CSVExporter.cell($0, field: "") }
            + used.map { CSVExporter.cell(fields[$0]!, field: $0) } + extras.map { CSVExporter.cell(subject.extra[$0]!, field: "") }
        return CSVExporter.table(header, [row])
    }

    /// One alter with what its row says: its fields and its tie to the subject.
    struct AlterRow {
        var node: Node
        var nodeID: Int
        var fields: [String: String]
        var tie: [String: String]

        init(node: Node, nodeID: Int, tie: Link?, map: CareMap) {
            self.node = node
            self.nodeID = nodeID
            fields = NetCanvasExporter.fieldValues(node, map: map)
            self.tie = tie.map { link in
                var values = InterchangeFields.values(of: link).filter { !["from", "to", "via"].contains($0.key) }
                if link.direction == .none { values["direction"] = nil }
                return values
            } ?? [:]
        }
    }

    /// One attribute list: the alters of one type.
    static func alterTable(_ rows: [AlterRow], egoUUID: String, layout: SociogramScale) -> String {
        let used = nodeFields.filter { field in rows.contains { $0.fields[field] != nil } }
        let hasLayout = rows.contains { $0.node.position != nil }
        let tieFields = (["label"] + linkFields).filter { field in rows.contains { $0.tie[field] != nil } }
        let extras = extraKeys(rows.map(\.node))
        let header = ["nodeID", "networkCanvasEgoUUID", "networkCanvasUUID", "name"] + used
            + (hasLayout ? layoutColumns : []) + tieFields.map { "egoTie_" + $0 } + extras
        let table = rows.map { row in
            var cells = [String(row.nodeID), egoUUID, uuid(of: row.node), row.node.name].map { CSVExporter.cell($0, field: "") }
            cells += used.map { CSVExporter.cell(row.fields[$0] ?? "", field: $0) }
            if hasLayout {
                let position = row.node.position.map(layout.unit)
                cells += [position?.x ?? "", position?.y ?? ""]
            }
            cells += tieFields.map { CSVExporter.cell(row.tie[$0] ?? "", field: $0) }
            return cells + extras.map { CSVExporter.cell(row.node.extra[$0] ?? "", field: "") }
        }
        return CSVExporter.table(header, table)
    }

    /// One edge list: the ties of one label, numbered after those of the lists before it.
    static func edgeTable(_ links: [Link], firstID: Int, nodeIDs: [NodeID: Int], map: CareMap, egoUUID: String) -> String {
        let values = links.map { InterchangeFields.values(of: $0) }
        let used = linkFields.filter { field in values.contains { $0[field] != nil } }
        let extras = InterchangeFields.extraKeys(links, \.extra)
        let header = ["edgeID", "from", "to", "networkCanvasEgoUUID", "networkCanvasUUID", "networkCanvasSourceUUID",
                      "networkCanvasTargetUUID", "label"] + used + extras
        let rows = zip(links, values).enumerated().map { index, pair in
            let (link, fields) = pair
            let ends = [link.from, link.to].map { id in map.nodes[id].map(uuid(of:)) ?? id.rawValue }
            let edgeID = firstID + index + 1
            var cells = [String(edgeID), String(nodeIDs[link.from] ?? 0), String(nodeIDs[link.to] ?? 0), egoUUID, "tie-\(edgeID)", ends[0], ends[1], link.label]
                .map { CSVExporter.cell($0, field: "") }
            cells += used.map { CSVExporter.cell(fields[$0] ?? "", field: $0) }
            return cells + extras.map { CSVExporter.cell(link.extra[$0] ?? "", field: "") }
        }
        return CSVExporter.table(header, rows)
    }

    /// A node's fields in the file format's words; the sector only when the map overrides it.
    static func fieldValues(_ node: Node, map: CareMap) -> [String: String] {
        var values = InterchangeFields.values(of: node, in: map)
        if node.sectorOverride == nil { values["sector"] = nil }
        return values
    }

    /// The unknown attribute keys of `nodes`, sorted, without those written as Network Canvas's own columns.
    static func extraKeys(_ nodes: [Node]) -> [String] {
        InterchangeFields.extraKeys(nodes, \.extra).filter { !structuralKeys.contains($0) }
    }

    /// Pinned positions as the sociogram's 0–1 coordinates, the subject at the centre: the
    /// inverse of the import's scale (``NetCanvasInterview/sociogramSize``), shrunk when a map
    /// spreads wider than the sociogram so that every position stays inside it.
    struct SociogramScale {
        var centre: MapPoint
        var factor: Double

        init(_ map: CareMap, subject: Node) {
            centre = subject.position ?? MapPoint(x: 0, y: 0)
            let size = NetCanvasInterview.sociogramSize
            var factor = 1.0
            for node in map.nodes.values {
                guard let position = node.position else { continue }
                factor = max(factor, Double(abs(position.x - centre.x)) * 2 / size.width, Double(abs(position.y - centre.y)) * 2 / size.height)
            }
            self.factor = factor
        }

        /// The position as text, at most four decimals: `0.57`, `0.425`.
        func unit(_ point: MapPoint) -> (x: String, y: String) {
            let size = NetCanvasInterview.sociogramSize
            let x = 0.5 + Double(point.x - centre.x) / (size.width * factor)
            let y = 0.5 + Double(point.y - centre.y) / (size.height * factor)
            return (Self.decimal(x), Self.decimal(y))
        }

        private static func decimal(_ value: Double) -> String {
            var text = String(format: "%.4f", value)
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
            return text
        }
    }
}
