/// Imports Network Canvas interviews: each case of an export (its CSV files, or its GraphML
/// graph) becomes one care map around the person interviewed (see `docs/imports.md`).
///
/// Network Canvas writes, per interview session, `CASE_SESSION_ego.csv` (the person
/// interviewed), `CASE_SESSION_attributeList_TYPE.csv` (the alters of one node type) and
/// `CASE_SESSION_edgeList_TYPE.csv` (the ties of one edge type between alters), or one
/// `CASE_SESSION.graphml` whose graph-level data is the ego. Files are grouped into interviews
/// by the ego's `networkCanvasEgoUUID`, so a merged export of many sessions in one set of files
/// is read too. The files are handed in as bytes (``File``); reading folders and zips is
/// ``NetCanvasArchive``'s and the command line's.
public enum NetCanvasImporter {
    /// One file of an export: its path (for messages and to tell what it holds) and its bytes.
    public struct File: Sendable {
        public var path: String
        public var bytes: [UInt8]

        public init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }
    }

    /// One interview: its case id (`case_1`), its session, and the map or its problems.
    public struct Case: Sendable {
        public var id: String
        public var sessionID: String?
        public var result: ImportResult
    }

    /// Every case found, and problems with the files as a whole (a file that is not CSV).
    public struct Result: Sendable {
        public var cases: [Case]
        public var diagnostics: [ImportDiagnostic]

        public var hasErrors: Bool { diagnostics.contains { $0.diagnostic.severity == .error } }
    }

    /// What one file of a Network Canvas export holds, told by its name.
    enum FileRole: Equatable {
        case ego
        case nodes(type: String)
        case edges(type: String)
        case graphML
    }

    /// The cases of an export's files, in the order of the first file of each.
    ///
    /// - Complexity: O(*n*) in the size of the files, plus O(*v* log *v*) for *v* variables.
    public static func importCases(_ files: [File], codebook: NetCanvasCodebook? = nil) -> Result {
        var diagnostics: [ImportDiagnostic] = []
        var interviews: [NetCanvasInterview] = []
        var tables: [(File, FileRole)] = []
        for file in files {
            switch role(of: file.path) {
            case .graphML?:
                interviews += NetCanvasGraphMLReader.interviews(file, codebook: codebook, diagnostics: &diagnostics)
            case let role?:
                tables.append((file, role))
            case nil:
                let message = "not a file of a Network Canvas export; expected CASE_SESSION_ego.csv, "
                    + "CASE_SESSION_attributeList_TYPE.csv, CASE_SESSION_edgeList_TYPE.csv or a .graphml file"
                diagnostics.append(ImportDiagnostic(file: file.path, Diagnostic(.error, at: nil, message)))
            }
        }
        interviews += NetCanvasTables.interviews(tables, codebook: codebook, diagnostics: &diagnostics)
        let order = Dictionary(files.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
        interviews = interviews.enumerated().sorted { (order[$0.element.file] ?? 0, $0.offset) < (order[$1.element.file] ?? 0, $1.offset) }.map(\.element)
        var used: Set<String> = []
        let cases = interviews.map { interview in
            Case(id: uniqueName(interview.caseName, among: &used), sessionID: interview.sessionID,
                 result: interview.map(codebook: codebook))
        }
        return Result(cases: cases, diagnostics: diagnostics)
    }

    /// Whether `path` names a file of a Network Canvas export (`…_ego.csv`,
    /// `…_attributeList_TYPE.csv`, `…_edgeList_TYPE.csv`); GraphML is told by its content, with
    /// ``isNetCanvasGraphML(_:)``.
    public static func isExportTable(_ path: String) -> Bool {
        guard let role = role(of: path) else { return false }
        return role != .graphML
    }

    /// Whether GraphML bytes were written by Network Canvas: its namespace or its type key.
    public static func isNetCanvasGraphML(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(64 * 1024), as: UTF8.self)
        return head.contains("schema.networkcanvas.com") || head.contains("\"networkCanvasType\"")
    }

    /// What `path`'s file name says the file holds, or nil when it is none of an export's.
    static func role(of path: String) -> FileRole? {
        let name = String(path.split(separator: "/").last ?? "")
        let lowered = name.lowercased()
        if lowered.hasSuffix(".graphml") { return .graphML }
        guard lowered.hasSuffix(".csv") else { return nil }
        let stem = String(name.dropLast(4))
        if stem == "ego" || stem.hasSuffix("_ego") { return .ego }
        for (marker, makeRole) in [("attributeList_", FileRole.nodes), ("edgeList_", FileRole.edges)] {
            if let range = stem.range(of: marker, options: .backwards), range.upperBound < stem.endIndex {
                return makeRole(String(stem[range.upperBound...]))
            }
        }
        return nil
    }

    /// The case and session part of a file name: `case_1_54ba…` of `case_1_54ba…_ego.csv`.
    static func prefix(of path: String) -> String {
        let name = String(path.split(separator: "/").last ?? "")
        for marker in ["_attributeList_", "_edgeList_", "_ego.csv", ".graphml"] {
            if let range = name.range(of: marker, options: .backwards) { return String(name[..<range.lowerBound]) }
        }
        return ""
    }

    /// The case id in a file-name prefix: `case_1` of `case_1_54ba71fa-808e-…`, dropping a
    /// trailing session UUID.
    static func caseID(inPrefix prefix: String) -> String? {
        guard !prefix.isEmpty else { return nil }
        guard let underscore = prefix.lastIndex(of: "_") else { return prefix }
        let tail = prefix[prefix.index(after: underscore)...]
        let isUUID = tail.count == 36 && tail.allSatisfy { $0.isHexDigit || $0 == "-" }
        return isUUID ? String(prefix[..<underscore]) : prefix
    }

    /// `name`, or `name-2`, `name-3`… when two sessions share a case id.
    private static func uniqueName(_ name: String, among used: inout Set<String>) -> String {
        var candidate = name
        var number = 2
        while used.contains(candidate) {
            candidate = "\(name)-\(number)"
            number += 1
        }
        used.insert(candidate)
        return candidate
    }
}
