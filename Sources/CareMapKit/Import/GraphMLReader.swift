import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The `XMLParser` delegate that turns GraphML elements into ``ImportedRecord``s. A class
/// because `XMLParser` calls back into an object.
final class GraphMLReader: GraphMLParserDelegate {
    struct Key {
        var domain: String
        var name: String
        var yfiles: Bool
        var defaultValue: String?
    }

    let file: String
    var builder = MapBuilder()
    var sawGraph = false

    private var keys: [String: Key] = [:]
    private var keyOrder: [String] = []
    private var currentKey: String?
    private var graphDepth = 0
    private var edgeDefault = LinkDirection.none
    private var record: ImportedRecord?
    private var isEdge = false
    private var given: Set<String> = []
    /// The `<data>` being read: its key, where it starts, and its text so far.
    private var data: (key: String, location: SourceLocation, text: String)?
    /// Text of a yEd label being read, and the first label found in the current element.
    private var yedLabel: String?
    private var firstYEdLabel: String?
    private var depthInsideData = 0

    init(file: String) {
        self.file = file
    }

    override func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if data != nil {
            depthInsideData += 1
            if name == "NodeLabel" || name == "EdgeLabel" { yedLabel = "" }
            return
        }
        switch name {
        case "key":
            guard let id = attributes["id"] else { return fail(parser, "a <key> without an id") }
            let domain = attributes["for"] ?? "all"
            keys[id] = Key(domain: domain, name: attributes["attr.name"] ?? id, yfiles: attributes["yfiles.type"] != nil)
            keyOrder.append(id)
            currentKey = id
        case "default":
            data = (currentKey ?? "", location(parser), "")
        case "graph":
            graphDepth += 1
            guard graphDepth == 1, !sawGraph else { return fail(parser, "a nested or second <graph>; caremap imports one graph per file") }
            sawGraph = true
            edgeDefault = attributes["edgedefault"] == "undirected" ? .none : .forward
        case "node", "edge":
            guard record == nil else { return fail(parser, "a <\(name)> inside another node or edge; nested graphs are not supported") }
            isEdge = name == "edge"
            var newRecord = ImportedRecord(file: file, location: location(parser))
            let here = location(parser)
            if isEdge {
                for (attribute, field) in [("source", "from"), ("target", "to")] {
                    if let value = attributes[attribute] {
                        newRecord.fields.append(.init(name: field, value: value, location: here, isKnown: true, original: attribute))
                    }
                }
                newRecord.defaultDirection = attributes["directed"].map { $0 == "true" ? .forward : .none } ?? edgeDefault
            } else if let id = attributes["id"] {
                newRecord.fields.append(.init(name: "id", value: id, location: here, isKnown: true, original: "id"))
            }
            record = newRecord
            given = []
            firstYEdLabel = nil
        case "hyperedge":
            fail(parser, "a <hyperedge>; caremap links join two nodes, so hyperedges cannot be imported")
        case "data":
            guard let key = attributes["key"] else { return fail(parser, "a <data> without a key") }
            guard keys[key] != nil else { return fail(parser, "<data> for key '\(key)', which no <key> declares") }
            data = (key, location(parser), "")
            depthInsideData = 0
        default:
            break
        }
    }

    override func parser(_ parser: XMLParser, foundCharacters string: String) {
        if yedLabel != nil { yedLabel! += string } else if depthInsideData == 0 { data?.text += string }
    }

    override func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if depthInsideData > 0 {
            depthInsideData -= 1
            if name == "NodeLabel" || name == "EdgeLabel", let label = yedLabel {
                if firstYEdLabel == nil { firstYEdLabel = label.trimmingCharacters(in: .whitespacesAndNewlines) }
                yedLabel = nil
            }
            return
        }
        switch name {
        case "default":
            if let data, keys[data.key] != nil { keys[data.key]!.defaultValue = Self.value(data.text) }
            data = nil
        case "key":
            currentKey = nil
        case "data":
            guard let data else { return }
            self.data = nil
            guard let key = keys[data.key], !key.yfiles else { return }
            let value = Self.value(data.text)
            if record != nil {
                given.insert(data.key)
                add(key, value: value, at: data.location)
            } else if graphDepth == 1 {
                graphData(key, text: data.text, at: data.location)
            }
        case "node", "edge":
            finishRecord(parser)
        case "graph":
            graphDepth -= 1
        default:
            break
        }
    }

    private func add(_ key: Key, value: String, at location: SourceLocation) {
        let table = isEdge ? ImportFieldNames.link : ImportFieldNames.node
        let field = ImportFieldNames.field(for: key.name, in: table)
        let usable = field.map { !["id", "from", "to"].contains($0) } ?? false
        record?.fields.append(.init(name: usable ? field! : key.name, value: value, location: location, isKnown: usable, original: key.name))
    }

    /// A graph-level value. An action line is read with its `\u{HEX}` escapes as they stand: the
    /// file parser reads that notation itself, and undoing it first would turn an escaped
    /// control character back into a raw one the parser rightly refuses.
    private func graphData(_ key: Key, text: String, at location: SourceLocation) {
        let value = Self.value(text)
        switch ImportFieldNames.folded(key.name) {
        case "title", "label", "name":
            builder.title = value
            builder.checkLength(ofGraph: "title", value, file: file, location: location)
        case "subject": builder.subjectKey = (file, value, location)
        case "notes", "note", "description":
            builder.notes.append(value)
            builder.checkLength(ofGraph: "note", value, file: file, location: location)
        case "action": builder.addAction(line: Self.trimmed(text), file: file, location: location)
        default: break
        }
    }

    private func finishRecord(_ parser: XMLParser) {
        guard var finished = record else { return }
        record = nil
        let domain = isEdge ? "edge" : "node"
        for id in keyOrder where !given.contains(id) {
            guard let key = keys[id], let value = key.defaultValue, key.domain == domain || key.domain == "all" else { continue }
            record = finished
            add(key, value: value, at: finished.location)
            finished = record!
            record = nil
        }
        if let label = firstYEdLabel, !label.isEmpty {
            let field = isEdge ? "label" : "name"
            if finished.field(field) == nil {
                finished.fields.append(.init(name: field, value: label, location: finished.location, isKnown: true, original: "label"))
            }
        }
        if isEdge { builder.addLink(finished) } else { builder.addNode(finished) }
    }

    /// A `<data>` value: pretty-printers put a line break and indentation around values, so a
    /// leading or trailing run of white space that holds a line break is removed (caremap's own
    /// export writes such a line break as `\u{A}`), then ``GraphMLText/unescaped(_:)`` applies.
    static func value(_ text: String) -> String {
        GraphMLText.unescaped(trimmed(text))
    }

    /// `text` without a leading or trailing run of white space that holds a line break.
    static func trimmed(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        let isSpace = { (scalar: Unicode.Scalar) in scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" }
        let leading = scalars.prefix(while: isSpace)
        if leading.contains("\n") { scalars.removeFirst(leading.count) }
        let trailing = scalars.reversed().prefix(while: isSpace)
        if trailing.contains("\n") { scalars.removeLast(trailing.count) }
        return String(String.UnicodeScalarView(scalars))
    }
}
