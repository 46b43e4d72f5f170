import CareMapKit

/// Turns a ``CareAnalysis`` into a report a clinician can act on: findings first, each with its
/// suggested next step, then the detail behind them.
///
/// A report is output that may be shared (pasted into notes, sent to a supervisor), so private
/// nodes are shown only as "Private": never their name, id or notes, and actions about them
/// only by their dates. Names are made safe for the medium: no control characters in text,
/// Markdown's special characters escaped in Markdown, and JSON escaped by its encoder.
///
/// The one entry point takes a map and options, so the caller decides which map is reported
/// (a redacted copy, say) and the writer never needs to know.
public enum ReportWriter {
    /// The report on `map`, in the options' format, ending with a new line; with `since`, the
    /// comparison of an earlier version with this one, it begins with what changed since
    /// that review, named as a diff names things (`redacted` as ``DiffWriter`` does).
    ///
    /// - Complexity: that of ``CareAnalysis/init(_:today:)`` plus the length of the report (and
    ///   of drawing the map, for Markdown).
    public static func write(_ map: CareMap, options: ReportOptions, since: MapComparison? = nil, redacted: Bool = false) -> String {
        let analysis = CareAnalysis(map, today: options.today)
        func document(_ escape: @escaping (String) -> String) -> ReportDocument {
            var document = ReportDocument(map, analysis, names: ReportNames(map, escape: escape))
            if let since {
                let diff = DiffDocument(since, names: DiffNames(since, redact: redacted, escape: escape))
                document.sections.insert(contentsOf: ReportDocument.sinceLastReview(diff), at: 0)
            }
            return document
        }
        switch options.format {
        case .text:
            return TextReport.render(document(SafeText.visible), width: options.width)
        case .markdown:
            return MarkdownReport.render(document { MarkdownText.escape(SafeText.visible($0)) }, map: map, width: options.width)
        case .json:
            return JSONReport.render(map, analysis, since: since.map { JSONDiff.Document($0, DiffNames($0, redact: redacted, quotes: false, escape: { $0 })) })
        }
    }
}

/// How a report calls nodes: private ones "Private", others by name, people with their role
/// when the name does not already carry words in brackets ("Grace Mensah (caseworker)"; a
/// place's name says what it is), every string through the medium's escape.
struct ReportNames {
    let map: CareMap
    let escape: (String) -> String

    init(_ map: CareMap, escape: @escaping (String) -> String) {
        self.map = map
        self.escape = escape
    }

    static let privateName = "Private"

    func name(_ id: NodeID) -> String {
        guard let node = map.nodes[id] else { return escape(id.rawValue) }
        guard !node.isPrivate else { return Self.privateName }
        let name = escape(node.displayName)
        guard node.kind == .person, let role = node.role, role.isKnown, role != .other, role != .serviceUser, !node.name.contains("(") else { return name }
        return name + " (" + role.words + ")"
    }

    /// Whether an action must be shown only by its dates: it is about a private person.
    func isHidden(_ action: CareAction) -> Bool {
        action.about.contains { map.nodes[$0]?.isPrivate == true }
    }
}
