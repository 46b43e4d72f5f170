import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What the GraphML readers share (``GraphMLReader`` for maps, ``NetCanvasGraphMLReader`` for
/// interviews): the guards before any byte reaches the XML parser, the parse itself, and where
/// and why it stopped.
///
/// A document that is not UTF-8 or that declares entities is refused first: Foundation's
/// `XMLParser` on Linux traps on an entity reference whose name is not UTF-8, and refusing
/// declarations rules out entity expansion and external entities whatever libxml2 would allow.
class GraphMLParserDelegate: NSObject, XMLParserDelegate {
    /// The first problem met, where it was, once parsing has been stopped for it.
    private(set) var failure: (location: SourceLocation, message: String)?

    /// Where the parser is: the end of the start tag being read, as libxml2 reports it.
    func location(_ parser: XMLParser) -> SourceLocation {
        SourceLocation(line: max(1, parser.lineNumber), column: max(1, parser.columnNumber))
    }

    /// Stops parsing for `message`, keeping the first problem only.
    func fail(_ parser: XMLParser, _ message: String) {
        guard failure == nil else { return }
        failure = (location(parser), message)
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        guard failure == nil else { return }
        failure = (location(parser), "the file is not well-formed XML; check the tags near here")
    }

    // The callbacks the readers override. They must be declared here: the conformance to
    // `XMLParserDelegate` is this class's, so on Linux, where the protocol's optional methods
    // are default implementations, a subclass's own methods would never be called.

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {}

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {}

    func parser(_ parser: XMLParser, foundCharacters string: String) {}

    /// CDATA is text like any other.
    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        self.parser(parser, foundCharacters: String(decoding: block, as: UTF8.self))
    }

    /// Parses `bytes` with this delegate: nil when the document was read to its end, otherwise
    /// the problem that stopped it, at its line and column.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    func parse(_ bytes: [UInt8]) -> (location: SourceLocation, message: String)? {
        if let location = InvalidUTF8.firstLocation(in: bytes[...]) {
            return (location, "invalid UTF-8; save the file as UTF-8")
        }
        if let declaration = GraphMLImporter.entityDeclaration(in: bytes) {
            return (declaration, "an entity declaration; GraphML does not need them, so caremap does not read them")
        }
        // Through a stream: on Linux, `XMLParser(data:)` fails on documents over about 10 MB
        // (libxml2's limit on one pushed chunk), which a community map can reach.
        let parser = XMLParser(stream: InputStream(data: Data(bytes)))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = self
        let parsed = parser.parse()
        guard !parsed || failure != nil else { return nil }
        return failure ?? (location(parser), "the file is not well-formed XML; check the tags near here")
    }
}
