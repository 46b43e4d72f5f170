/// Exports a care map as one Network Canvas interview in its CSV layout, so that the readers
/// researchers use for Network Canvas data (ideanet's `nc_read`, egor with Network Canvas's
/// column names) load it, and `caremap import` reads it back (`docs/exports.md`).
///
/// The map's subject is the ego (`CASE_ego.csv`); every other node is an alter, in one
/// attribute list per node type (`CASE_attributeList_Person.csv`, `…_Place.csv`,
/// `…_Group.csv`, or the type an import kept); ties between alters go in one edge list per
/// label (`CASE_edgeList_TYPE.csv`, the label without its spaces and punctuation, as Network
/// Canvas names files; the `label` column keeps it whole). The case is the subject's id. In
/// Network Canvas every alter is tied to the person interviewed and that tie has no record of
/// its own, so the first tie between the subject and each alter is written on the alter's row
/// (`egoTie_label`, `egoTie_strength`, …; the direction as seen from the subject). Pinned
/// positions become the sociogram's `Layout_x` and `Layout_y`, 0–1 with the subject at the
/// centre. Caremap's own fields are columns named as in the file format; unknown attributes
/// follow, sorted. Private nodes never appear; cells are written as ``CSVExporter`` writes them.
public enum NetCanvasExporter {
    /// One file of the export: its name inside the output folder, and its text (CRLF line ends).
    public struct File: Sendable, Equatable {
        public var name: String
        public var text: String
    }

    /// The node types files are named by, for the kinds that have no type of their own.
    static let typeNames: [NodeKind: String] = [.person: "Person", .place: "Place", .group: "Group"]
    /// The type of ties with no label.
    static let unlabelled = "Tie"
    /// Columns that carry the sociogram position.
    static let layoutColumns = ["Layout_x", "Layout_y"]

    /// The files of the interview, or nil when the map has no (public) subject to be the ego:
    /// a community map is no interview.
    ///
    /// - Complexity: O((*n* + *m*) · *k*) for *n* nodes, *m* links and *k* columns.
    public static func files(_ map: CareMap) -> [File]? {
        let map = map.withoutPrivateNodes()
        guard let subjectID = map.subject, let subject = map.nodes[subjectID] else { return nil }
        let caseID = subjectID.rawValue
        let egoUUID = uuid(of: subject)
        let alters = map.nodes.values.filter { $0.id != subjectID }
        var nodeIDs: [NodeID: Int] = [:]
        for (index, node) in alters.enumerated() { nodeIDs[node.id] = index + 1 }
        var egoTies: [NodeID: Link] = [:]
        var edges: [Link] = []
        for link in map.links {
            if let other = link.otherEnd(from: subjectID), other != subjectID {
                if egoTies[other] == nil { egoTies[other] = link }
            } else if !link.touches(subjectID) {
                edges.append(link)
            }
        }
        var files = [File(name: "\(caseID)_ego.csv", text: egoTable(subject, caseID: caseID, uuid: egoUUID, map: map))]
        let layout = SociogramScale(map, subject: subject)
        var types: [String] = []
        var byType: [String: [Node]] = [:]
        for node in alters {
            let type = node.extra[NetCanvasInterview.typeKey] ?? typeNames[node.kind]!
            if byType[type] == nil { types.append(type) }
            byType[type, default: []].append(node)
        }
        for type in types {
            let rows = byType[type]!.map { node in
                AlterRow(node: node, nodeID: nodeIDs[node.id]!, tie: egoTies[node.id].map { Self.fromSubject($0, subjectID) }, map: map)
            }
            files.append(File(name: "\(caseID)_attributeList_\(fileWord(type)).csv", text: alterTable(rows, egoUUID: egoUUID, layout: layout)))
        }
        var labels: [String] = []
        var byLabel: [String: [Link]] = [:]
        for link in edges {
            let label = link.label.isEmpty ? unlabelled : link.label
            if byLabel[fileWord(label)] == nil { labels.append(fileWord(label)) }
            byLabel[fileWord(label), default: []].append(link)
        }
        var edgeNumber = 0
        for type in labels {
            let links = byLabel[type]!
            let first = edgeNumber
            edgeNumber += links.count
            files.append(File(name: "\(caseID)_edgeList_\(type).csv", text: edgeTable(links, firstID: first, nodeIDs: nodeIDs, map: map, egoUUID: egoUUID)))
        }
        return files
    }

    /// The id Network Canvas knew a node by (kept by an import), or its caremap id.
    static func uuid(of node: Node) -> String {
        node.extra[NetCanvasInterview.uuidKey] ?? node.id.rawValue
    }

    /// A type or label as Network Canvas puts it in a file name: its letters, digits and `_`.
    static func fileWord(_ text: String) -> String {
        let word = String(text.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }.map(Character.init))
        return word.isEmpty ? unlabelled : word
    }

    /// `link` turned, when it runs from the alter, so that its direction reads from the subject.
    static func fromSubject(_ link: Link, _ subject: NodeID) -> Link {
        guard link.from != subject else { return link }
        var turned = link
        (turned.from, turned.to) = (link.to, link.from)
        turned.direction = switch link.direction {
        case .forward: .backward
        case .backward: .forward
        default: link.direction
        }
        return turned
    }
}
