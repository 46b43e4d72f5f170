/// Every sentence the analysis says, in one place (the wording of `docs/domains.md`).
extension Finding {
    /// What the finding says and the suggested next step.
    ///
    /// - Parameters:
    ///   - map: the map analysed, for action texts and owners.
    ///   - name: how to call a node: the report masks private people here and makes names safe.
    ///   - text: how to show free text from the map (an action's words), made safe by the caller.
    ///   - isHidden: whether an action's words must not be shown (it is about a private person,
    ///     or the editor's privacy curtain is down).
    ///   - inEditor: whether to name the editor's commands (`:done ID`); a report is pasted
    ///     into notes, where they mean nothing.
    public func sentence(
        in map: CareMap,
        name: (NodeID) -> String,
        text: (String) -> String,
        isHidden: (CareAction) -> Bool,
        inEditor: Bool = false
    ) -> (message: String, suggestion: String) {
        let who = map.subject.map(name) ?? "The community"
        func list(_ ids: [NodeID]) -> String { Finding.list(ids.map(name)) }
        // "Hassan (interpreter)", or "حسن (Hassan), the interpreter" when the name has brackets
        // of its own; as it is when the name already says the role, in any form of the word
        // ("Lineway telephone interpreting" is not followed by "(interpreter)").
        func described(_ id: NodeID) -> String {
            let called = name(id)
            guard let role = map.nodes[id]?.role, role.isKnown, role != .other else { return called }
            let words = role.words
            let stem = ["er", "or", "ist"].first { words.hasSuffix($0) && words.count - $0.count >= 5 }.map { String(words.dropLast($0.count)) } ?? words
            if called.localizedCaseInsensitiveContains(stem) { return called }
            return called.hasSuffix(")") ? called + ", the " + words : called + " (" + words + ")"
        }
        func lapsed(_ links: [LinkID]) -> String {
            Finding.list(links.compactMap(map.link).map { link in
                let other = link.otherEnd(from: map.subject ?? link.from) ?? link.to
                return "a \(link.status == .past ? "past" : "hoped-for") tie to \(name(other))"
            })
        }
        switch kind {
        case .noFormalCare(let notCurrent):
            let aside = notCurrent.isEmpty ? "" : " (\(lapsed(notCurrent)) \(notCurrent.count == 1 ? "is" : "are") not a route)"
            return ("\(who) has no current route to formal health care\(aside).",
                    "Help \(who) register with a GP surgery, and agree who will go with them the first time.")
        case .informalInterpreter(let interpreter, let person, let tie, let carrier):
            guard let link = map.link(tie) else { return ("", "") }
            let age = map.nodes[interpreter]?.age.map { " of \($0)" } ?? ""
            let whoIs = carrier == .child ? "\(name(interpreter)), a child\(age)" : "\(name(interpreter)), a family member"
            let what: String
            if link.via == interpreter, let service = link.otherEnd(from: person) {
                what = "\(whoIs), is the go-between for \(name(person))'s tie to \(name(service))."
            } else {
                what = "\(whoIs), interprets for \(name(person))."
            }
            return (what, "Book a professional interpreter\(Finding.interpreterWanted(map.nodes[person])) for \(name(person))'s appointments, so \(name(interpreter)) is not asked to interpret.")
        case .singlePointOfFailure(let go, let family, let routes):
            let lead = switch routes {
            case 1: "The only route to \(family.title) depends on"
            case 2: "Both routes to \(family.title) depend on"
            default: "All \(routes) routes to \(family.title) depend on"
            }
            let carrier = map.nodes[go].map(LanguageBridge.carrier)
            let advice = if carrier == .professional, map.nodes[go]?.kind != .person {
                "Ask the services for a second way to interpret (a face-to-face interpreter, a bilingual worker), so \(family.title) does not depend on \(name(go)) alone."
            } else if carrier == .professional || carrier == .bilingual {
                "Ask the services to book interpreters themselves, so \(family.title) does not depend on \(name(go)) alone."
            } else {
                "Build a second route to \(family.title) that does not depend on \(name(go)): introduce \(who) directly, or through someone else they trust."
            }
            return ("\(lead) \(described(go)).", advice)
        case .noRouteToFamily(let family, let notCurrent):
            let hoped = notCurrent.contains { map.link($0)?.status == .hopedFor }
            return ("\(who) has no current route to \(family.title): \(lapsed(notCurrent)) \(notCurrent.count == 1 ? "is" : "are") not a route.",
                    hoped ? "Chase what is hoped for until it is in place, and agree who will go with \(who) the first time."
                          : "Ask whether \(who) needs \(family.title) here, and help them find it.")
        case .noLanguageBridge(let provider, _):
            let person = map.subject.flatMap { map.nodes[$0] }
            return ("\(who) and \(name(provider)) share no language both speak well, and no interpreter, bilingual worker or peer tied to both speaks a language of each.",
                    "Book a professional interpreter\(Finding.interpreterWanted(person)) for contact with \(name(provider)), or record the language they use (lang= on the tie).")
        case .barrier(let barrier, let node, let tie):
            let place: String
            if let link = tie.flatMap(map.link) {
                place = "on the tie between \(name(link.from)) and \(name(link.to))"
            } else if let node, node != map.subject {
                place = "at \(name(node))"
            } else {
                place = "for \(node.map(name) ?? who)"
            }
            return ("A barrier \(place): \(barrier.title).", barrier.suggestion)
        case .strainedTie(let other, let tie):
            guard let link = map.link(tie) else { return ("", "") }
            var feelings: [String] = []
            if let quality = link.quality, quality != .supportive { feelings.append(quality.rawValue) }
            switch link.trust {
            case .distrusted?: feelings.append("not trusted")
            case .wary?: feelings.append("trusted only warily")
            default: break
            }
            // Where they live and where they must report are not services they can choose to
            // avoid: the advice is who can take the trouble up, not how to make contact easier.
            let advice = switch map.nodes[other]?.role {
            case .accommodation? where map.nodes[other]?.kind == .place:
                "Ask \(who) what makes \(name(other)) hard to live in, and whether their caseworker could raise it with the housing provider (environmental health, for damp or repairs)."
            case .accommodation?:
                "Ask \(who) what makes dealing with \(name(other)) hard, and whether their caseworker could take it up with them or complain on their behalf."
            case .reportingCentre?:
                "Ask \(who) what makes reporting at \(name(other)) hard, and whether a legal adviser or someone they trust could go with them."
            default:
                "Ask \(who) what makes contact with \(name(other)) hard, and whether someone they trust could go with them or raise it."
            }
            return ("\(who)'s tie to \(name(other)) is \(Finding.list(feelings)).", advice)
        case .overdueAction(let id):
            guard let action = map.actions[id] else { return ("", "") }
            let date = action.review.map { " (review \($0))" } ?? ""
            let marking = inEditor ? "mark it done (:done \(id))" : "mark it done"
            if isHidden(action) {
                let aboutPrivate = action.about.contains { map.nodes[$0]?.isPrivate == true }
                return ((aboutPrivate ? "An action about a private person" : "An action (its words hidden)") + " is past its review date\(date).",
                        "Review it in the map file, then mark it done or agree a new review date.")
            }
            let owner = action.owner.isEmpty ? "" : " with \(text(action.owner))"
            return ("Past its review date\(date): \(text(action.text)).", "Review it\(owner), then \(marking) or agree a new review date.")
        case .domainNotMet(let domain):
            return ("\(domain.title): not met; \(domain.gap).", domain.suggestion)
        case .mediatedTie(let go, let family, let routes, let dependents):
            return ("\(dependents.count) of \(routes) routes to \(family.title) \(dependents.count == 1 ? "depends" : "depend") on \(described(go)) alone: \(list(dependents)).",
                    "Ask whether \(list(dependents)) could also be reached another way, so care does not stop when \(name(go)) is away.")
        case .noHealthTie(let component):
            let many = component.count > 1
            return ("\(Finding.limited(component.map(name))) \(many ? "have" : "has") no current tie to any health service.",
                    "Ask who \(many ? "they trust" : "they trust") (a community leader, a peer, a link worker) and invite a health service to meet them where they already go.")
        case .organisationCut(let organisation, let groups):
            return ("If \(name(organisation)) closed, \(Finding.limited(groups.map(name))) would lose every tie to health services.",
                    "Build a second link between \(Finding.limited(groups.map(name))) and a health service that does not rest on \(name(organisation)).")
        case .unreachedLanguage(let language, let speakers):
            return ("\(Finding.limited(speakers.map(name))) \(speakers.count == 1 ? "speaks" : "speak") \(language.name) but no language of the health services well, and no interpreter or bilingual worker who speaks it reaches them.",
                    "Find an interpreting service or a bilingual worker in \(language.name), and tie them to the services these people use.")
        case .unreachedService(let service):
            let tied = map.links.contains { $0.isCurrent && $0.from != $0.to && $0.touches(service) }
            return ("No one \(tied ? "but other services " : "on the map ")has a current tie to \(name(service)).",
                    "Ask who could introduce the community to \(name(service)), or whether it belongs on the map.")
        }
    }

    /// Why the finding matters, in the review's words (see `docs/domains.md`).
    public var why: String {
        switch kind {
        case .noFormalCare, .noRouteToFamily: Domain.network.why
        case .singlePointOfFailure, .mediatedTie: "care that rests on one go-between stops when they are away"
        case .informalInterpreter, .noLanguageBridge, .unreachedLanguage: Domain.communication.why
        case .barrier: "social and political structures can diminish the best care"
        case .strainedTie: "care works when it is delivered by people they trust, in spaces that feel safe"
        case .overdueAction: "a next step agreed with them has not been reviewed"
        case .domainNotMet(let domain): domain.why
        case .noHealthTie, .organisationCut, .unreachedService: Domain.community.why
        }
    }

    /// " in Dari (a woman, as they ask)": what to book, from what the person's node records.
    static func interpreterWanted(_ person: Node?) -> String {
        guard let person else { return "" }
        let language = person.interpreterLanguage ?? person.fluentLanguages.first ?? person.languages.first
        var text = language.map { " in \($0.name)" } ?? ""
        if let gender = person.interpreterGender { text += " (a \(gender.rawValue), as they ask)" }
        return text
    }

    /// At most six names, then "and N more".
    static func limited(_ names: [String]) -> String {
        names.count <= 6 ? list(names) : names.prefix(6).joined(separator: ", ") + " and \(names.count - 6) more"
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
