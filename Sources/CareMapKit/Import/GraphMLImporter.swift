import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Imports a care map from GraphML: the files ``GraphMLExporter`` writes, and those Gephi, yEd,
/// Cytoscape, networkx and Network Canvas write (see `docs/imports.md`).
///
/// XML is read by Foundation's `XMLParser` (libxml2) through ``GraphMLParserDelegate``; a
/// document that is not UTF-8 or that declares entities is refused before it reaches the
/// parser. Each `<data>`
/// is matched to its `<key>`, whose `attr.name` ``ImportFieldNames`` maps onto a caremap field;
/// `<default>` values apply where a node or edge has no `<data>` of its own. yEd keeps labels
/// in its own elements (`<y:NodeLabel>`, `<y:EdgeLabel>` inside `yfiles.type` data): those become
/// the name and label when nothing else gives one. Other attributes are kept as extra
/// attributes. An edge's direction is its `direction` attribute, else its `directed` attribute,
/// else the graph's `edgedefault`.
public enum GraphMLImporter {
    /// The map the document describes, or every problem with its line and column.
    ///
    /// - Complexity: O(*n*) in the size of the document.
    public static func importMap(file: String, bytes: [UInt8]) -> ImportResult {
        let reader = GraphMLReader(file: file)
        if let failure = reader.parse(bytes) {
            return ImportResult(map: nil, diagnostics: [ImportDiagnostic(file: file, Diagnostic(.error, at: failure.location, failure.message))])
        }
        guard reader.sawGraph else {
            return ImportResult(map: nil, diagnostics: [ImportDiagnostic(file: file, Diagnostic(.error, at: nil, "no <graph> element; is this a GraphML file?"))])
        }
        var result = reader.builder.finish()
        result.diagnostics = MapBuilder.sorted(result.diagnostics, files: [file])
        return result
    }
}

extension GraphMLImporter {
    /// Where the first `<!ENTITY` is. GraphML never needs entity declarations, and refusing them
    /// before parsing rules out entity expansion and external entities (a local file's contents
    /// pulled into a name) whatever the XML library would allow; Foundation on Linux does not
    /// report declarations to the delegate, so the bytes are searched.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    static func entityDeclaration(in bytes: [UInt8]) -> SourceLocation? {
        let pattern = Array("<!ENTITY".utf8)
        var line = 1, lineStart = 0
        for index in bytes.indices {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            } else if bytes[index] == pattern[0], bytes[index...].starts(with: pattern) {
                let column = bytes[lineStart..<index].filter { $0 & 0xC0 != 0x80 }.count + 1
                return SourceLocation(line: line, column: column)
            }
        }
        return nil
    }
}
