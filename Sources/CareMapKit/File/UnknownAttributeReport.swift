/// Turns the map's problems into diagnostics, reporting unknown attributes once per key rather
/// than once per use.
///
/// An imported interview keeps a dozen foreign fields on every node; one warning per field per
/// line buried any real problem under a hundred lines. So each key is reported once, at its
/// first use, with how many nodes, links and actions use it; and when several keys have no
/// likely known key to suggest (fields kept on purpose, not typos), they are summed up in one
/// line that says how to mark them (`x-`, ``CareMap/keptPrefix``). A key that looks like a typo
/// of a known one keeps its own line with the suggestion. Every other problem is one line, as
/// before. The words of these lines are written here and nowhere else.
enum UnknownAttributeReport {
    /// How many keys the summary line names as examples.
    static let exampleCount = 3

    /// One diagnostic per problem, but one per unknown key, and one line for all unknown keys
    /// without a suggestion when there are two or more of them.
    ///
    /// - Complexity: O(*p* log *p*) for *p* problems.
    static func diagnostics(_ located: [(problem: MapProblem, location: SourceLocation?)]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var keys: [String] = []
        var uses: [String: Uses] = [:]
        for (problem, location) in located {
            guard case .unknownAttribute(let key, let suggestion) = problem.kind else {
                let severity: Diagnostic.Severity = problem.severity == .error ? .error : .warning
                diagnostics.append(Diagnostic(severity, at: location, problem.description))
                continue
            }
            if uses[key] == nil {
                keys.append(key)
                uses[key] = Uses(suggestion: suggestion)
            }
            uses[key]!.count(problem.location, at: location)
        }
        let kept = keys.filter { uses[$0]!.suggestion == nil }
        for key in keys where kept.count < 2 || uses[key]!.suggestion != nil {
            let use = uses[key]!
            diagnostics.append(Diagnostic(.warning, at: use.first, message(key, use)))
        }
        if kept.count >= 2 {
            let first = kept.compactMap { uses[$0]!.first }.min()
            diagnostics.append(Diagnostic(.warning, at: first, summary(kept, uses)))
        }
        return diagnostics
    }

    /// Where and how often one key is used.
    struct Uses {
        var suggestion: String?
        var nodes = 0, links = 0, actions = 0
        var first: SourceLocation?

        mutating func count(_ place: MapProblem.Location, at location: SourceLocation?) {
            switch place {
            case .node: nodes += 1
            case .link: links += 1
            case .action: actions += 1
            case .subject: break
            }
            if let location, first.map({ location < $0 }) ?? true { first = location }
        }

        var total: Int { nodes + links + actions }

        /// `9 nodes`, `1 node and 2 links`.
        var words: String {
            let parts = [(nodes, "node"), (links, "link"), (actions, "action")].filter { $0.0 > 0 }
                .map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }
            return parts.count > 1 ? parts.dropLast().joined(separator: ", ") + " and " + parts.last! : parts.joined()
        }
    }

    /// `unknown attribute 'since'; it is kept as written`, with where it is used when more than once.
    static func message(_ key: String, _ use: Uses) -> String {
        let count = use.total > 1 ? " on \(use.words)" : ""
        let hint = use.suggestion.map { "; did you mean '\($0)'?" } ?? "; it is kept as written"
        return "unknown attribute '\(key)'\(count)\(hint)"
    }

    /// `13 unknown attributes kept as written, e.g. communication-freq (9 nodes), …`: the keys
    /// used most first, then in the order of their first use.
    static func summary(_ keys: [String], _ uses: [String: Uses]) -> String {
        let order = keys.enumerated().sorted { (uses[$0.element]!.total, $1.offset) > (uses[$1.element]!.total, $0.offset) }
        let examples = order.prefix(exampleCount).map { "\($0.element) (\(uses[$0.element]!.words))" }
        return "\(keys.count) unknown attributes kept as written, e.g. \(examples.joined(separator: ", "))"
            + "; write a key as x-KEY to keep it without a warning"
    }
}
