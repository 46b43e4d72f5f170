/// Every sentence the analysis says, in one place (the wording of `docs/domains.md`).
extension Finding {
    /// What the finding says and the suggested next step.
    ///
    /// - Parameters:
    ///   - map: the map analysed, for action texts and owners.
    ///   - name: how to call a node: the report masks private people here and makes names safe.
    ///   - text: how to show free text from the map (an action's words), made safe by the caller.
    ///   - isHidden: whether an action must not be shown (it is about a private person).
    public func sentence(
        in map: CareMap,
        name: (NodeID) -> String,
        text: (String) -> String,
        isHidden: (CareAction) -> Bool
    ) -> (message: String, suggestion: String) {
        let who = map.subject.map(name) ?? "The community"
        func list(_ ids: [NodeID]) -> String { Finding.list(ids.map(name)) }
        switch kind {
        case .noFormalCare(let notCurrent):
            let others = notCurrent.compactMap(map.link).map { link in
                let other = link.otherEnd(from: map.subject ?? link.from) ?? link.to
                return "a \(link.status == .past ? "past" : "hoped-for") tie to \(name(other))"
            }
            let aside = others.isEmpty ? "" : " (\(Finding.list(others)) \(others.count == 1 ? "is" : "are") not a route)"
            return ("\(who) has no current route to formal health care\(aside).",
                    "Help \(who) register with a GP surgery, and agree who will go with them the first time.")
        case .singlePointOfFailure(let go, let cutOff):
            let role = map.nodes[go]?.role
            let advice = role == .interpreter
                ? "Ask the services to book interpreters themselves, so appointments do not depend on \(name(go)) alone."
                : "Build a second route that does not depend on \(name(go)): introduce \(who) to \(name(cutOff[0])) directly, or to another person who can link them."
            return ("If \(name(go)) leaves, \(who) loses every route to formal care: \(list(cutOff)).", advice)
        case .criticalTie(let a, let b, _, let cutOff):
            return ("If the tie between \(name(a)) and \(name(b)) breaks, \(who) loses every route to formal care: \(list(cutOff)).",
                    "Strengthen a second route to \(name(cutOff[0])) that does not rest on this one tie.")
        case .noLanguageBridge(let provider, _):
            let languages = map.subject.flatMap { map.nodes[$0]?.languages.map(\.rawValue) } ?? []
            let spoken = languages.isEmpty ? "their language" : languages.joined(separator: " or ")
            return ("\(who) and \(name(provider)) share no recorded language, and no interpreter, bilingual worker or peer tied to both speaks a language of each.",
                    "Book a professional interpreter in \(spoken) for contact with \(name(provider)), or record the language they use (lang= on the tie).")
        case .overdueAction(let id):
            guard let action = map.actions[id] else { return ("", "") }
            let date = action.review.map { " (review \($0))" } ?? ""
            if isHidden(action) {
                return ("An action about a private person is past its review date\(date).",
                        "Review it in the map file, then mark it done or agree a new review date.")
            }
            let owner = action.owner.isEmpty ? "" : " with \(text(action.owner))"
            return ("Past its review date\(date): \(text(action.text)).",
                    "Review it\(owner), then mark it done (:done \(id)) or agree a new review date.")
        case .domainGap(let domain):
            return ("\(domain.title): \(domain.gap).", domain.suggestion)
        case .mediatedTie(let go, let dependents):
            let count = dependents.count == 1 ? "1 route to formal care depends" : "\(dependents.count) routes to formal care depend"
            return ("\(count) on \(name(go)) alone: \(list(dependents)).",
                    "Ask whether \(list(dependents)) could also be reached another way, so care does not stop when \(name(go)) is away.")
        }
    }

    /// "A", "A and B", "A, B and C".
    public static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }
}
