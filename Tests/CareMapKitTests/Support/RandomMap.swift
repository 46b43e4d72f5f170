import CareMapKit

/// Care maps generated from a seed: every field the format has, names and notes in several
/// scripts with quotes, backslashes, new lines and control characters, so a round trip is
/// tested on the text real files hold and on the text hostile ones do.
enum RandomMap {
    static let fragments = [
        "Amira", "أميرة", "کریم", "ትዕግስት", "张伟", "Zoë", "O'Brien", "\"Doc\"", "back\\slash",
        "two\nlines", "tab\there", "bell\u{7}", "esc\u{1B}[31m", "rtl\u{202E}txt", "é", "e\u{301}", " ", "",
    ]
    static let languages = ["ar", "prs", "ps", "ti", "en", "en-GB", "ku", "so", "fa", "apc", "ary"]
    static let roles = [
        "service-user", "family", "interpreter", "gp", "gp-surgery", "charity", "other", "shaman", "peer", "pharmacy",
        "health-visitor", "mental-health", "bilingual-worker", "caseworker", "place-of-worship",
    ]

    static func make(seed: UInt64) -> CareMap {
        var random = SeededRandom(seed: seed)
        func text(_ parts: ClosedRange<Int>) -> String {
            (0..<Int.random(in: parts, using: &random)).map { _ in fragments.randomElement(using: &random)! }.joined()
        }
        func maybe<T>(_ value: @autoclosure () -> T) -> T? { Bool.random(using: &random) ? value() : nil }
        func some<T: CaseIterable & Hashable>(_: T.Type) -> Set<T> {
            Set(T.allCases.filter { _ in Int.random(in: 0..<4, using: &random) == 0 })
        }

        let count = Int.random(in: 0...12, using: &random)
        var nodes: [Node] = []
        for index in 0..<count {
            var node = Node(id: NodeID("n\(index)-x"), kind: NodeKind.allCases.randomElement(using: &random)!, name: text(0...3))
            node.role = maybe(Role(roles.randomElement(using: &random)!))
            node.sectorOverride = maybe(Sector.allCases.randomElement(using: &random)!)
            let spoken = Int.random(in: 0...2, using: &random)
            node.languages = languages.shuffled(using: &random)[..<spoken].map { LanguageTag($0) }
            for tag in node.languages where Bool.random(using: &random) {
                node.languageLevels[tag] = LanguageLevel.allCases.randomElement(using: &random)!
            }
            node.age = maybe(Int.random(in: 0...90, using: &random))
            node.isMinor = Int.random(in: 0..<6, using: &random) == 0
            node.needsInterpreter = Bool.random(using: &random)
            node.interpreterGender = maybe(InterpreterGender.allCases.randomElement(using: &random)!)
            node.interpreterLanguage = maybe(LanguageTag(languages.randomElement(using: &random)!))
            node.barriers = some(Barrier.self)
            node.ring = maybe(Int.random(in: 1...3, using: &random))
            node.domains = some(Domain.self)
            node.notes = text(0...2)
            node.position = maybe(MapPoint(x: Int.random(in: -500...500, using: &random), y: Int.random(in: -500...500, using: &random)))
            node.isPrivate = Int.random(in: 0..<5, using: &random) == 0
            if Bool.random(using: &random) { node.extra["x-source"] = text(1...2) }
            if Bool.random(using: &random) { node.comments = ["said in workshop \(index)"] }
            nodes.append(node)
        }
        var links: [Link] = []
        if !nodes.isEmpty {
            for _ in 0..<Int.random(in: 0...20, using: &random) {
                var link = Link(
                    from: nodes.randomElement(using: &random)!.id, to: nodes.randomElement(using: &random)!.id,
                    direction: LinkDirection.allCases.randomElement(using: &random)!, label: text(0...2)
                )
                link.strength = maybe(Strength.allCases.randomElement(using: &random)!)
                link.quality = maybe(Quality.allCases.randomElement(using: &random)!)
                link.status = maybe(LinkStatus.allCases.randomElement(using: &random)!)
                link.support = some(SupportType.self)
                link.modes = some(ContactMode.self)
                link.language = maybe(LanguageTag(languages.randomElement(using: &random)!))
                link.via = maybe(nodes.randomElement(using: &random)!.id)
                link.trust = maybe(Trust.allCases.randomElement(using: &random)!)
                link.barriers = some(Barrier.self)
                link.reportedBy = text(0...1)
                link.domains = some(Domain.self)
                link.notes = text(0...2)
                if Bool.random(using: &random) { link.extra["weight"] = String(Int.random(in: 0...9, using: &random)) }
                links.append(link)
            }
        }
        var actions: [CareAction] = []
        for index in 0..<Int.random(in: 0...4, using: &random) {
            let words = text(1...3)
            var action = CareAction(id: ActionID("a\(index)-x"), text: words.isEmpty ? "call" : words)
            let about = nodes.isEmpty ? 0 : Int.random(in: 0...2, using: &random)
            action.about = Array(Set((0..<about).map { _ in nodes.randomElement(using: &random)!.id })).sorted()
            action.owner = text(0...1)
            action.review = maybe(CalendarDate(year: Int.random(in: 2020...2030, using: &random), month: Int.random(in: 1...12, using: &random), day: Int.random(in: 1...28, using: &random))!)
            action.status = ActionStatus.allCases.randomElement(using: &random)!
            action.domains = some(Domain.self)
            action.notes = text(0...2)
            if Bool.random(using: &random) { action.extra["x-priority"] = text(1...1) }
            if Bool.random(using: &random) { action.comments = ["agreed at review \(index)"] }
            actions.append(action)
        }
        let people = nodes.filter { $0.kind == .person }
        return CareMap(
            title: text(0...2),
            subject: people.isEmpty ? nil : maybe(people.randomElement(using: &random)!.id),
            notes: (0..<Int.random(in: 0...2, using: &random)).map { _ in text(0...2) },
            nodes: nodes,
            links: links,
            actions: actions,
            headerComments: maybe(["Workshop, St Aidan's hall"]) ?? [],
            trailingComments: maybe(["end of the map"]) ?? []
        )
    }
}
