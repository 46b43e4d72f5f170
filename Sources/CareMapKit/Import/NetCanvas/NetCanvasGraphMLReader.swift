import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads a Network Canvas GraphML file into interviews, one per `<graph>` (an export of one
/// session has one; a merged export has one per session): graph-level `<data>` is the ego, the
/// `nc:caseId`, `nc:sessionUUID` and `nc:protocolName` attributes of `<graph>` say which case
/// it is, `networkCanvasType` gives each node's and edge's type, and every other `<data>` is a
/// variable named by its key's `attr.name`.
///
/// The same guards as ``GraphMLImporter`` (``GraphMLParserDelegate``): bytes that are not UTF-8
/// and entity declarations are refused before the parser sees them. A class because `XMLParser`
/// calls back into an object.
final class NetCanvasGraphMLReader: GraphMLParserDelegate {
    private struct Key {
        var domain: String
        var name: String
        var defaultValue: String?
    }

    /// Attributes of `<graph>` (namespace prefix dropped) and what each tells.
    private static let graphAttributes = ["caseid", "sessionuuid", "protocolname", "sessionstarttime", "sessionfinishtime", "sessionexporttime"]

    private let file: String
    private let codebook: NetCanvasCodebook?
    private(set) var interviews: [NetCanvasInterview] = []
    private var keys: [String: Key] = [:]
    private var keyOrder: [String] = []
    private var currentKey: String?
    private var interview: NetCanvasInterview?
    /// The graph's `edgedefault`, and the edge being read's own `directed` or that default.
    private var isDirected = false
    private var isDirectedEdge = false
    private var entity: NetCanvasInterview.Entity?
    private var ends: (source: NetCanvasInterview.Value, target: NetCanvasInterview.Value)?
    private var given: Set<String> = []
    private var data: (key: String, location: SourceLocation, text: String)?
    private var depthInsideData = 0

    private init(file: String, codebook: NetCanvasCodebook?) {
        self.file = file
        self.codebook = codebook
    }

    /// The interviews in one GraphML file; problems are appended to `diagnostics`.
    static func interviews(_ source: NetCanvasImporter.File, codebook: NetCanvasCodebook?, diagnostics: inout [ImportDiagnostic]) -> [NetCanvasInterview] {
        func refuse(_ location: SourceLocation?, _ message: String) -> [NetCanvasInterview] {
            diagnostics.append(ImportDiagnostic(file: source.path, Diagnostic(.error, at: location, message)))
            return []
        }
        let reader = NetCanvasGraphMLReader(file: source.path, codebook: codebook)
        if let failure = reader.parse(source.bytes) { return refuse(failure.location, failure.message) }
        guard !reader.interviews.isEmpty else { return refuse(nil, "no <graph> element; is this a GraphML file?") }
        return reader.interviews
    }

    override func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if data != nil {
            depthInsideData += 1
            return
        }
        let here = location(parser)
        switch name {
        case "key":
            guard let id = attributes["id"] else { return fail(parser, "a <key> without an id") }
            keys[id] = Key(domain: attributes["for"] ?? "all", name: attributes["attr.name"] ?? id)
            keyOrder.append(id)
            currentKey = id
        case "default":
            data = (currentKey ?? "", here, "")
        case "graph":
            guard interview == nil else { return fail(parser, "a <graph> inside another; each interview is one <graph>") }
            var found: [String: String] = [:]
            for (attribute, value) in attributes {
                let local = ImportFieldNames.folded(String(attribute.split(separator: ":").last ?? ""))
                if Self.graphAttributes.contains(local), !value.isEmpty { found[local] = value }
            }
            var new = NetCanvasInterview(key: found["sessionuuid"] ?? "\(file)#\(interviews.count + 1)", file: file)
            new.caseID = found["caseid"] ?? NetCanvasImporter.caseID(inPrefix: NetCanvasImporter.prefix(of: file))
            new.sessionID = found["sessionuuid"]
            new.protocolName = found["protocolname"]
            new.times = [("sessionstarttime", "started"), ("sessionfinishtime", "finished"), ("sessionexporttime", "exported")]
                .compactMap { key, word in found[key].map { (word, $0) } }
            new.ego = NetCanvasInterview.Entity(reference: "", type: "ego", file: file, location: here)
            interview = new
            isDirected = attributes["edgedefault"] == "directed"
        case "node", "edge":
            guard interview != nil else { return fail(parser, "a <\(name)> outside a <graph>") }
            guard entity == nil else { return fail(parser, "a <\(name)> inside another node or edge; nested graphs are not supported") }
            entity = NetCanvasInterview.Entity(reference: attributes["id"] ?? "", type: "", file: file, location: here)
            given = []
            if name == "edge" {
                guard let source = attributes["source"], let target = attributes["target"] else {
                    return fail(parser, "an <edge> needs both a source and a target")
                }
                ends = (.init(name: "source", value: source, location: here), .init(name: "target", value: target, location: here))
                isDirectedEdge = attributes["directed"].map { $0 == "true" } ?? isDirected
            } else {
                guard attributes["id"] != nil else { return fail(parser, "a <node> without an id") }
                ends = nil
            }
        case "hyperedge":
            fail(parser, "a <hyperedge>; caremap links join two nodes, so hyperedges cannot be imported")
        case "data":
            guard let key = attributes["key"] else { return fail(parser, "a <data> without a key") }
            guard keys[key] != nil else { return fail(parser, "<data> for key '\(key)', which no <key> declares") }
            data = (key, here, "")
            depthInsideData = 0
        default:
            break
        }
    }

    override func parser(_ parser: XMLParser, foundCharacters string: String) {
        if depthInsideData == 0 { data?.text += string }
    }

    override func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if depthInsideData > 0 {
            depthInsideData -= 1
            return
        }
        switch name {
        case "default":
            if let data, keys[data.key] != nil { keys[data.key]!.defaultValue = GraphMLReader.value(data.text) }
            data = nil
        case "key":
            currentKey = nil
        case "data":
            guard let data, let key = keys[data.key] else { return }
            self.data = nil
            let value = NetCanvasInterview.Value(name: key.name, value: GraphMLReader.value(data.text), location: data.location)
            if entity != nil {
                given.insert(data.key)
                add(value, to: &entity!)
            } else if interview != nil {
                add(value, to: &interview!.ego!)
            }
        case "node", "edge":
            finishEntity(isEdge: name == "edge")
        case "graph":
            if let interview { interviews.append(interview) }
            interview = nil
        default:
            break
        }
    }

    /// A value onto its node, edge or ego: the type and the UUIDs are Network Canvas's own; the
    /// rest, the label among them, are variables.
    private func add(_ value: NetCanvasInterview.Value, to entity: inout NetCanvasInterview.Entity) {
        switch ImportFieldNames.folded(value.name) {
        case "networkcanvastype": entity.type = codebook?.typeName(value.value) ?? value.value
        case "networkcanvasuuid":
            entity.uuid = value.value
            if entity.type == "ego" { entity.reference = value.value }
        case "networkcanvassourceuuid", "networkcanvastargetuuid", "networkcanvasegouuid": break
        default: entity.values.append(value)
        }
    }

    private func finishEntity(isEdge: Bool) {
        guard var finished = entity else { return }
        entity = nil
        for id in keyOrder where !given.contains(id) {
            guard let key = keys[id], let value = key.defaultValue, key.domain == (isEdge ? "edge" : "node") || key.domain == "all" else { continue }
            add(.init(name: key.name, value: value, location: finished.location), to: &finished)
        }
        if isEdge, let ends {
            interview?.edges.append(NetCanvasInterview.Edge(entity: finished, source: ends.source, target: ends.target, isDirected: isDirectedEdge))
        } else {
            interview?.nodes.append(finished)
        }
    }
}
