import CareMapApp
import CareMapCanvas
import CareMapKit

/// A small map for driving the editor: Amira at the centre, four people and places around her.
func sampleMap() -> CareMap {
    CareMap(
        title: "Amira's network of care",
        subject: "amira",
        nodes: [
            Node(id: "amira", kind: .person, name: "أميرة (Amira)", role: .serviceUser, languages: [LanguageTag("ar"), LanguageTag("en")]),
            Node(id: "hassan", kind: .person, name: "Hassan", role: .interpreter, languages: [LanguageTag("ar"), LanguageTag("en")], ring: 2),
            Node(id: "riverside-gp", kind: .place, name: "Riverside GP surgery", role: .gpSurgery, ring: 2),
            Node(id: "karim", kind: .person, name: "كريم (Karim)", role: .family, languages: [LanguageTag("ar")], ring: 1, isPrivate: true),
            Node(id: "mosque", kind: .place, name: "Al-Noor mosque", role: .placeOfWorship, ring: 3),
        ],
        links: [
            Link(from: "amira", to: "riverside-gp", direction: .forward, label: "registered with", strength: .moderate, via: "hassan"),
            Link(from: "hassan", to: "amira", direction: .forward, label: "interprets for", strength: .strong),
            Link(from: "amira", to: "karim", strength: .strong, quality: .mixed),
            Link(from: "amira", to: "mosque", strength: .tenuous),
        ]
    )
}

/// Nodes pinned where a test wants them, for navigation that does not depend on a layout.
func gridMap() -> CareMap {
    func node(_ id: NodeID, _ x: Int, _ y: Int) -> Node { Node(id: id, kind: .person, name: id.rawValue.capitalized, position: MapPoint(x: x, y: y)) }
    return CareMap(nodes: [node("centre", 0, 0), node("east", 30, 1), node("far-east", 60, 0), node("north", 2, -10),
                           node("south", -3, 12), node("west", -30, -2), node("north-east", 20, -12)])
}

extension Editor {
    /// An editor on `map` at `width` × `height`.
    static func on(_ map: CareMap, path: String? = "amira.caremap", width: Int = 100, height: Int = 30) -> Editor {
        Editor(map: map, path: path, width: width, height: height)
    }

    /// Presses keys one after another at time `now`, returning every effect.
    @discardableResult
    mutating func press(_ keys: Key..., at now: Double = 0) -> [Effect] {
        keys.flatMap { update(.input(.key($0), now: now)) }
    }

    /// Types text one character at a time.
    @discardableResult
    mutating func type(_ text: String, at now: Double = 0) -> [Effect] {
        text.flatMap { update(.input(.key(.character($0)), now: now)) }
    }

    /// What the run loop sends when no key came within its wait: the findings settle.
    @discardableResult
    mutating func idle(at now: Double = 0) -> [Effect] {
        update(.input(.idle, now: now))
    }

    /// The bottom row of the frame, trailing spaces dropped.
    var bottomLine: String { view().text.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? "" }

    /// The status-bar row of the frame.
    var statusLine: String { view().rows[screen.height - 2] }
}

extension Editor {
    /// Types `:` and a command line, then Enter, returning the effects.
    @discardableResult
    mutating func command(_ line: String, at now: Double = 0) -> [Effect] {
        press(.character(":"), at: now)
        type(line, at: now)
        return press(.enter, at: now)
    }

    /// What Tab puts on the command line after typing `line`, pressing Tab `times` times.
    mutating func complete(_ line: String, times: Int = 1) -> String {
        press(.character(":"))
        type(line)
        for _ in 0..<times { press(.tab) }
        defer { press(.escape) }
        guard case .commandLine(let state) = mode else { return "" }
        return state.line.text
    }
}
