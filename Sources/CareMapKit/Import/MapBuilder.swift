import OrderedCollections

/// Builds a care map from the records an importer read, checking every value the way the file
/// parser does (through ``AttributeCodec``) and reporting each problem at its row or line. An
/// empty value of a caremap field says nothing; an unknown attribute is kept even when empty,
/// as a `.caremap` file keeps `x=""`.
///
/// Shared by the CSV and GraphML importers, so a value means the same in both and in a
/// `.caremap` file. Foreign ids that are not valid caremap ids become valid ones with
/// ``CareMap/freshID(for:kind:)``, in input order, so the result is deterministic and unique.
struct MapBuilder {
    var title = ""
    var notes: [String] = []
    /// A subject named by the whole file (GraphML's graph-level `subject`), as a foreign id.
    var subjectKey: (file: String, key: String, location: SourceLocation)?

    var map = CareMap()
    var diagnostics: [ImportDiagnostic] = []
    /// Whether a node past ``CareMapFile/maximumNodes`` was read and reported.
    var isOverNodeLimit = false
    /// Foreign ids (or names, for a file without ids) → caremap ids, with where each was read.
    var ids: [String: (id: NodeID, location: SourceLocation)] = [:]
    var nodePlaces: [NodeID: (file: String, location: SourceLocation)] = [:]
    private var subjectPlace: (file: String, location: SourceLocation)?
    private var linkRecords: [ImportedRecord] = []
    /// Actions read but not yet checked, kept until every node is read (see
    /// `MapBuilder+Actions.swift`).
    var pendingActions: [PendingAction] = []

    /// Reads one node; problems are kept for ``finish()``.
    mutating func addNode(_ record: ImportedRecord) {
        guard map.nodes.count < CareMapFile.maximumNodes else { return refuseNodeOverLimit(record) }
        var node = Node(id: NodeID(""), kind: .person)
        if let kind = record.field("kind") {
            if let parsed = Self.kind(kind.value) {
                node.kind = parsed
            } else if ImportFieldNames.folded(kind.original) == "kind" {
                let error = AttributeError(.unknownWord(what: "kind", word: kind.value, vocabulary: NodeKind.allCases.map(\.rawValue)))
                report(record.file, kind.location, error.description)
            } else {
                node.extra[ImportFieldNames.extraKey(kind.original, known: CareMap.nodeAttributes)] = kind.value
            }
        }
        guard let key = record.field("id") ?? record.field("name") else {
            return report(record.file, record.location, "a node needs an id or a name")
        }
        if let first = ids[key.value] {
            return report(record.file, key.location, "duplicate id '\(key.value)'; it was first used on line \(first.location.line)")
        }
        node.id = NodeID(key.value).isWellFormed && map.nodes[NodeID(key.value)] == nil
            ? NodeID(key.value) : map.freshID(for: key.value, kind: node.kind)
        node.name = record.field("name")?.value ?? ""
        var position: [String: ImportedRecord.Field] = [:]
        for field in record.fields where !field.value.isEmpty || !field.isKnown {
            guard field.isKnown else {
                node.extra[ImportFieldNames.extraKey(field.name, known: CareMap.nodeAttributes)] = field.value
                continue
            }
            switch field.name {
            case "id", "name", "kind": break
            case "subject":
                guard Self.isYes(field.value) else { continue }
                if let subjectPlace {
                    report(record.file, field.location, "a second subject; the subject was already given on line \(subjectPlace.location.line)")
                } else {
                    map.subject = node.id
                    subjectPlace = (record.file, field.location)
                }
            case "x", "y": position[field.name] = field
            case "role": node.role = Self.role(field.value)
            default: set(field, on: &node, file: record.file)
            }
        }
        if let sector = node.sectorOverride {
            node.sectorOverride = nil
            if node.sector != sector { node.sectorOverride = sector }
        }
        setPosition(position, on: &node, record: record)
        ids[key.value] = (node.id, key.location)
        nodePlaces[node.id] = (record.file, record.location)
        map.nodes[node.id] = node
    }

    /// Keeps a link until every node is read, because GraphML may give edges before nodes.
    mutating func addLink(_ record: ImportedRecord) {
        linkRecords.append(record)
    }

    /// The map, or every problem found.
    mutating func finish() -> ImportResult {
        if let subjectKey {
            if let id = ids[subjectKey.key]?.id {
                map.subject = id
                subjectPlace = (subjectKey.file, subjectKey.location)
            } else {
                report(subjectKey.file, subjectKey.location, MapProblem(.missingSubject(NodeID(subjectKey.key)), at: .subject).description)
            }
        }
        var linkPlaces: [(file: String, location: SourceLocation)] = []
        for record in linkRecords {
            if let link = link(record) {
                map.appendLink(link)
                linkPlaces.append((record.file, record.location))
            }
        }
        let actions = finishActions()
        map.actions = OrderedDictionary(actions.actions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        map.title = title
        map.notes = notes
        checkFileLimits(linkPlaces: linkPlaces, actionPlaces: actions.places)
        for problem in map.problems() where problem.severity == .error {
            let place: (file: String, location: SourceLocation)? = switch problem.location {
            case .subject: subjectPlace
            case .node(let id, _): nodePlaces[id]
            case .link(let index, _): linkPlaces[index]
            case .action(let id, _): actions.places[id]
            }
            if let place { report(place.file, place.location, problem.description) }
        }
        return ImportResult(map: diagnostics.isEmpty ? map : nil, diagnostics: diagnostics)
    }

    /// `diagnostics` in the order of `files`, then by line and column; past
    /// ``CareMapFile/maximumDiagnostics``, the rest are counted in one line, as the file parser does.
    static func sorted(_ diagnostics: [ImportDiagnostic], files: [String]) -> [ImportDiagnostic] {
        let origin = SourceLocation(line: 0, column: 0)
        var sorted = diagnostics.enumerated().sorted {
            (files.firstIndex(of: $0.element.file) ?? files.count, $0.element.diagnostic.location ?? origin, $0.offset)
                < (files.firstIndex(of: $1.element.file) ?? files.count, $1.element.diagnostic.location ?? origin, $1.offset)
        }.map(\.element)
        if sorted.count > CareMapFile.maximumDiagnostics, let first = files.first {
            let more = sorted.count - CareMapFile.maximumDiagnostics
            sorted.removeLast(more)
            sorted.append(ImportDiagnostic(file: first, Diagnostic(.error, at: nil, "\(more) more problems not shown; fix these first")))
        }
        return sorted
    }

    private mutating func link(_ record: ImportedRecord) -> Link? {
        guard let fromField = record.field("from"), let toField = record.field("to") else {
            report(record.file, record.location, "a link needs both ends, 'from' and 'to'")
            return nil
        }
        let ends = (resolve(fromField, file: record.file), resolve(toField, file: record.file))
        var link = Link(from: ends.0 ?? NodeID(""), to: ends.1 ?? NodeID(""), direction: record.defaultDirection)
        var valid = ends.0 != nil && ends.1 != nil
        for field in record.fields where !field.value.isEmpty || !field.isKnown {
            guard field.isKnown else {
                link.extra[ImportFieldNames.extraKey(field.name, known: CareMap.linkAttributes)] = field.value
                continue
            }
            switch field.name {
            case "from", "to": break
            case "direction":
                guard let direction = Self.direction(field.value) else {
                    let words = ["none", "forward", "backward", "both"]
                    report(record.file, field.location, AttributeError(.unknownWord(what: "direction", word: field.value, vocabulary: words)).description)
                    valid = false
                    continue
                }
                link.direction = direction
            case "label": link.label = field.value
            case "via":
                guard let via = resolve(field, file: record.file) else { valid = false; continue }
                link.via = via
            default:
                do throws(AttributeError) {
                    try AttributeCodec.set(field.name, to: field.value, on: &link)
                } catch {
                    report(record.file, field.location, error.description)
                    valid = false
                }
            }
        }
        return valid ? link : nil
    }

    mutating func resolve(_ field: ImportedRecord.Field, file: String) -> NodeID? {
        if let id = ids[field.value]?.id { return id }
        report(file, field.location, "'\(field.value)' is not a node in this import; name a node by its id (or its name when the nodes have no ids)")
        return nil
    }

    private mutating func set(_ field: ImportedRecord.Field, on node: inout Node, file: String) {
        do throws(AttributeError) {
            try AttributeCodec.set(field.name, to: field.value, on: &node)
        } catch {
            report(file, field.location, error.description)
        }
    }

    /// `x` and `y` together; decimals (Gephi's and yEd's coordinates) are rounded to whole cells.
    /// A number too large for a whole cell (`-1e300`) is left as written, so the message about
    /// it quotes the file rather than a clamped value the file never held.
    private mutating func setPosition(_ fields: [String: ImportedRecord.Field], on node: inout Node, record: ImportedRecord) {
        guard !fields.isEmpty else { return }
        guard let x = fields["x"], let y = fields["y"] else {
            return report(record.file, (fields["x"] ?? fields["y"])!.location, "a position needs both x and y")
        }
        let whole = [x, y].map { field in Double(field.value).flatMap { Int(exactly: $0.rounded()) }.map(String.init) ?? field.value }
        set(ImportedRecord.Field(name: "at", value: whole.joined(separator: ","), location: x.location, isKnown: true, original: "at"), on: &node, file: record.file)
    }

    mutating func report(_ file: String, _ location: SourceLocation, _ message: String) {
        diagnostics.append(ImportDiagnostic(file: file, Diagnostic(.error, at: location, message)))
    }

    /// A kind in any case, with the words other tools use for places and groups.
    static func kind(_ value: String) -> NodeKind? {
        switch value.lowercased() {
        case "person", "individual", "people": .person
        case "place", "venue", "location": .place
        case "group", "organisation", "organization", "service": .group
        default: nil
        }
    }

    /// A known role however it is written (`GP`, `Faith leader`); anything else as written.
    static func role(_ value: String) -> Role {
        let role = Role(value.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" }).joined(separator: "-"))
        return role.isKnown ? role : Role(value)
    }

    static func direction(_ value: String) -> LinkDirection? {
        switch value.lowercased() {
        case "none", "--", "undirected", "false": LinkDirection.none
        case "forward", "->", "directed", "true": .forward
        case "backward", "<-": .backward
        case "both", "<->", "mutual": .both
        default: nil
        }
    }

    static func isYes(_ value: String) -> Bool {
        ["yes", "true", "1"].contains(value.lowercased())
    }
}
