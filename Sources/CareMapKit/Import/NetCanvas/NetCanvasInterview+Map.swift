/// One interview as a care map: the person interviewed is the subject, tied to every alter;
/// each edge between alters is a tie labelled with its edge type; node types become kinds;
/// the sociogram becomes pinned positions around the subject; a closeness variable becomes
/// rings; every other variable is kept as an `x-` attribute (`docs/imports.md`).
extension NetCanvasInterview {
    /// Cells across and down that the sociogram (0–1 each way) spans on the map: terminal cells
    /// are about twice as tall as wide, so a square sociogram is 2.5 times as wide as tall here.
    static let sociogramSize = (width: 100.0, height: 40.0)
    /// The screen Network Canvas scales positions to when its export asks for screen
    /// coordinates (its default), with y growing upwards.
    static let screenSize = (width: 1920.0, height: 1080.0)
    /// Words in an edge type's name that say which support a tie gives.
    static let supportWords: [(SupportType, [String])] = [
        (.emotional, ["emotional"]), (.practical, ["practical"]), (.informational, ["informational", "information", "advice"]),
        (.health, ["health", "medical"]), (.interpreting, ["interpreting", "interpreter", "interprets"]),
    ]
    /// The attribute key that keeps each node's Network Canvas UUID, so results can be joined back.
    static let uuidKey = CareMap.keptPrefix + "network-canvas-uuid"
    /// The attribute key that keeps a node type that is not a kind (`Relative`).
    static let typeKey = CareMap.keptPrefix + "network-canvas-type"
    /// Columns of an attribute list that describe the tie to the person interviewed
    /// (`egoTie_label`), as caremap's own `netcanvas-csv` export writes them.
    static let egoTiePrefix = "egotie"

    /// The map, or every problem found.
    ///
    /// - Complexity: O(*n* + *m*) for *n* alters and *m* edges, with O(*v*) per entity of *v* variables.
    func map(codebook: NetCanvasCodebook?) -> ImportResult {
        var builder = MapBuilder()
        var map = CareMap()
        let egoEntity = ego ?? Entity(reference: "", type: "ego", file: file, location: SourceLocation(line: 1, column: 1))
        let egoVariables = NetCanvasVariables(egoEntity, codebook: codebook)
        map.title = (egoVariables.name.map { "\($0): " } ?? "") + "Network Canvas interview \(caseName)"
        let session = [sessionID.map { "session \($0)" }, protocolName.map { "protocol \($0)" }].compactMap { $0 }
            + times.map { "\($0.name) \($0.value)" }
        if !session.isEmpty { map.notes = ["Network Canvas " + session.joined(separator: "; ")] }
        builder.checkLength(ofGraph: "title", map.title, file: file, location: SourceLocation(line: 1, column: 1))

        var subject = Node(id: map.freshID(for: egoVariables.name ?? caseName, kind: .person), kind: .person, name: egoVariables.name ?? caseName)
        if let uuid = ego?.uuid { subject.extra[Self.uuidKey] = uuid }
        keep(egoVariables.values, on: &subject)
        map.subject = subject.id
        map.nodes[subject.id] = subject
        builder.nodePlaces[subject.id] = (egoEntity.file, egoEntity.location)

        var references: [String: NodeID] = [:]
        var egoTies: [Link] = []
        var linkPlaces: [(file: String, location: SourceLocation)] = []
        let alters = nodes.map { ($0, NetCanvasVariables($0, codebook: codebook)) }
        let scale = Self.positionScale(alters.compactMap { $0.1.position })
        for (entity, variables) in alters {
            guard map.nodes.count < CareMapFile.maximumNodes else {
                builder.report(entity.file, entity.location, CareMapFile.tooManyNodes())
                break
            }
            let kind = Self.kind(entity.type)
            let name = variables.name ?? entity.type
            var node = Node(id: map.freshID(for: name, kind: kind ?? .person), kind: kind ?? .person, name: name)
            node.ring = variables.ring
            if let position = variables.position { node.position = scale(position.x, position.y) }
            if let uuid = entity.uuid { node.extra[Self.uuidKey] = uuid }
            if kind == nil { node.extra[Self.typeKey] = entity.type }
            var tie = Link(from: subject.id, to: node.id)
            let (tieValues, otherValues) = Self.split(variables.values)
            keep(otherValues, on: &node)
            keep(tieValues, on: &tie)
            if references[entity.reference] != nil {
                builder.report(entity.file, entity.location, "a second alter with the id '\(entity.reference)'; each alter of an interview has its own")
                continue
            }
            references[entity.reference] = node.id
            map.nodes[node.id] = node
            builder.nodePlaces[node.id] = (entity.file, entity.location)
            egoTies.append(tie)
            linkPlaces.append((entity.file, entity.location))
        }
        if map.nodes.count > 1, map.nodes.values.dropFirst().contains(where: { $0.position != nil }) {
            map.nodes[subject.id]!.position = MapPoint(x: 0, y: 0)
        }
        for tie in egoTies { map.appendLink(tie) }
        for edge in edges {
            let ends = [edge.source, edge.target].map { end -> NodeID? in
                guard let id = references[end.value] else {
                    builder.report(edge.entity.file, end.location, "'\(end.value)' is not an alter of this interview; an edge's ends must be rows of its attribute lists")
                    return nil
                }
                return id
            }
            guard let from = ends[0], let to = ends[1] else { continue }
            // A `label` column (caremap's own export writes one) gives the label whole, even an
            // empty one; otherwise the edge type is the label.
            let label = edge.entity.values.first { ImportFieldNames.folded($0.name) == "label" }?.value ?? edge.entity.type
            var link = Link(from: from, to: to, direction: edge.isDirected ? .forward : .none, label: label)
            link.support = Self.support(edge.entity.type)
            keep(NetCanvasVariables(edge.entity, codebook: codebook).values, on: &link)
            map.appendLink(link)
            linkPlaces.append((edge.entity.file, edge.entity.location))
        }
        builder.map = map
        builder.checkFileLimits(linkPlaces: linkPlaces, actionPlaces: [:])
        if ego == nil {
            let message = "no ego file for case '\(caseName)' (CASE_SESSION_ego.csv); the person interviewed is named by the case and has no variables"
            builder.diagnostics.append(ImportDiagnostic(file: file, Diagnostic(.warning, at: nil, message)))
        }
        let hasErrors = builder.diagnostics.contains { $0.diagnostic.severity == .error }
        return ImportResult(map: hasErrors ? nil : map, diagnostics: MapBuilder.sorted(builder.diagnostics, files: [file]))
    }

    /// A node type as a kind: `Person`, `Venue` → place, `Organisation` → group; nil for any
    /// other type, which is kept as an attribute of a person.
    static func kind(_ type: String) -> NodeKind? {
        if let kind = MapBuilder.kind(type) { return kind }
        let folded = ImportFieldNames.folded(type)
        if ["place", "venue", "location", "site", "building"].contains(where: folded.contains) { return .place }
        if ["group", "organisation", "organization", "service", "agency", "team", "charity"].contains(where: folded.contains) { return .group }
        return nil
    }

    /// The support an edge type's name says clearly (`Emotional support`, `Health advice`).
    static func support(_ type: String) -> Set<SupportType> {
        let folded = ImportFieldNames.folded(type)
        return Set(supportWords.filter { $0.1.contains(where: folded.contains) }.map(\.0))
    }

    /// How a sociogram position becomes cells around the subject at 0,0. Positions are 0–1
    /// across and down when every coordinate of the interview is; otherwise they are screen
    /// pixels with y upwards, as Network Canvas's screen-coordinate export writes them.
    private static func positionScale(_ all: [(x: Double, y: Double, location: SourceLocation)]) -> (Double, Double) -> MapPoint {
        let isUnit = all.allSatisfy { (0...1).contains($0.x) && (0...1).contains($0.y) }
        return { x, y in
            let (unitX, unitY) = isUnit ? (x, y) : (x / Self.screenSize.width, 1 - y / Self.screenSize.height)
            let cellX = ((unitX - 0.5) * Self.sociogramSize.width).rounded()
            let cellY = ((unitY - 0.5) * Self.sociogramSize.height).rounded()
            return MapPoint(x: Int(exactly: cellX) ?? 0, y: Int(exactly: cellY) ?? 0)
        }
    }

    /// Values describing the tie to the person interviewed (`egoTie_label`), by the field they
    /// name, and the rest.
    private static func split(_ values: [Value]) -> (tie: [Value], other: [Value]) {
        var tie: [Value] = [], other: [Value] = []
        for value in values {
            let folded = ImportFieldNames.folded(value.name)
            if folded.hasPrefix(egoTiePrefix), folded.count > egoTiePrefix.count, let underscore = value.name.firstIndex(of: "_") {
                tie.append(Value(name: String(value.name[value.name.index(after: underscore)...]), value: value.value, location: value.location))
            } else {
                other.append(value)
            }
        }
        return (tie, other)
    }
}
