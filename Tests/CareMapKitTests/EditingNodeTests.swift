import CareMapKit
import Testing

/// A small map for editing: Amira, her interpreter, her GP surgery and a private brother.
func editingMap() -> CareMap {
    CareMap(
        title: "Amira's network of care",
        subject: "amira",
        nodes: [
            Node(id: "amira", kind: .person, name: "أميرة (Amira)", role: .serviceUser),
            Node(id: "hassan", kind: .person, name: "Hassan", role: .interpreter, ring: 2),
            Node(id: "riverside-gp", kind: .place, name: "Riverside GP surgery", role: .gpSurgery),
            Node(id: "karim", kind: .person, name: "كريم (Karim)", role: .family, isPrivate: true),
        ],
        links: [
            Link(from: "amira", to: "riverside-gp", direction: .forward, label: "registered with", via: "hassan"),
            Link(from: "hassan", to: "amira", direction: .forward, label: "interprets for", strength: .strong),
            Link(from: "amira", to: "karim", strength: .strong),
        ]
    )
}

/// Runs `edit` on `map` and returns the ``EditError`` it threw, checking the map was left alone.
func refusal(_ map: CareMap, _ edit: (inout CareMap) throws -> Void) -> String? {
    var edited = map
    do {
        try edit(&edited)
        return nil
    } catch {
        #expect(edited == map)
        return (error as? EditError)?.description ?? "not an EditError: \(error)"
    }
}

@Suite struct EditingNodeTests {
    @Test func addNodeAppendsIt() throws {
        var map = editingMap()
        try map.addNode(Node(id: "fatima", kind: .person, name: "فاطمة"))
        #expect(map.nodes.keys.last == "fatima")
        #expect(map["fatima"]?.name == "فاطمة")
    }

    @Test func addNodeRefusesDuplicateMalformedAndInvalidNodes() {
        let map = editingMap()
        #expect(refusal(map) { try $0.addNode(Node(id: "hassan", kind: .person)) } == "there is already a node with id 'hassan'")
        #expect(refusal(map) { try $0.addNode(Node(id: "Hassan Ali", kind: .person)) }
            == "malformed id 'Hassan Ali'; ids use lowercase letters, digits and '-', starting with a letter or digit")
        #expect(refusal(map) { try $0.addNode(Node(id: "ali", kind: .person, ring: 7)) }
            == "ring 7 is out of range; use 1 (closest), 2 or 3")
        #expect(refusal(map) { try $0.addNode(Node(id: "ali", kind: .person, languages: [LanguageTag("english!")])) }
            == "malformed language tag 'english!'; use a BCP 47 tag such as 'ar', 'prs' or 'en-GB'")
    }

    @Test func addNodeKeepsWarnings() throws {
        var map = editingMap()
        try map.addNode(Node(id: "imam", kind: .person, role: Role("imam")))
        #expect(map["imam"]?.role == Role("imam"))
    }

    @Test func renameKeepsTheID() throws {
        var map = editingMap()
        try map.renameNode("hassan", to: "Hassan Ali")
        #expect(map["hassan"]?.name == "Hassan Ali")
        #expect(map.links == editingMap().links)
    }

    @Test func missingNodesAreNamedWithASuggestion() {
        let map = editingMap()
        #expect(refusal(map) { try $0.renameNode("hasan", to: "H") } == "no node with id 'hasan'; did you mean 'hassan'?")
        #expect(refusal(map) { try $0.renameNode("riverside", to: "R") } == "no node with id 'riverside'; did you mean 'riverside-gp'?")
        #expect(refusal(map) { try $0.renameNode("zainab", to: "Z") } == "no node with id 'zainab'")
    }

    @Test func suggestionsPreferTyposThenHyphenatedExtensions() throws {
        var map = CareMap()
        try map.addNode(Node(id: "gp-1", kind: .person))
        try map.addNode(Node(id: "gp-2", kind: .person))
        #expect(refusal(map) { try $0.removeNode("gp") } == "no node with id 'gp'; did you mean 'gp-1'?")
        #expect(map.suggestedID(for: "gp-3") == "gp-1")
        #expect(map.suggestedID(for: "nurse") == nil)
    }

    @Test func changeIDRewritesLinksViaAndSubjectInPlace() throws {
        var map = editingMap()
        try map.changeID("hassan", to: "hassan-ali")
        try map.changeID("amira", to: "amira-k")
        #expect(Array(map.nodes.keys) == ["amira-k", "hassan-ali", "riverside-gp", "karim"])
        #expect(map["hassan-ali"]?.id == "hassan-ali")
        #expect(map.subject == "amira-k")
        #expect(map.links.map(\.from) == ["amira-k", "hassan-ali", "amira-k"])
        #expect(map.links.map(\.to) == ["riverside-gp", "amira-k", "karim"])
        #expect(map.links[0].via == "hassan-ali")
        #expect(map.invariantViolations().isEmpty)
    }

    @Test func changeIDToItselfChangesNothing() throws {
        var map = editingMap()
        try map.changeID("hassan", to: "hassan")
        #expect(map == editingMap())
    }

    @Test func changeIDRefusals() {
        let map = editingMap()
        #expect(refusal(map) { try $0.changeID("hassan", to: "karim") } == "there is already a node with id 'karim'")
        #expect(refusal(map) { try $0.changeID("hassan", to: "-h") }
            == "malformed id '-h'; ids use lowercase letters, digits and '-', starting with a letter or digit")
        #expect(refusal(map) { try $0.changeID("hasan", to: "h") } == "no node with id 'hasan'; did you mean 'hassan'?")
    }

    @Test func updateNodeChangesAttributes() throws {
        var map = editingMap()
        try map.updateNode("hassan") { node in
            node.role = .bilingualWorker
            node.ring = 3
        }
        #expect(map["hassan"]?.role == .bilingualWorker)
        #expect(map["hassan"]?.ring == 3)
    }

    @Test func updateNodeRefusesNewErrorsAndKeepsOldOnes() throws {
        let map = editingMap()
        #expect(refusal(map) { try $0.updateNode("hassan") { $0.ring = 0 } } == "ring 0 is out of range; use 1 (closest), 2 or 3")
        #expect(refusal(map) { try $0.updateNode("amira") { $0.kind = .group } }
            == "'amira' is a group; the subject must be a person")
        #expect(refusal(map) { try $0.updateNode("nobody") { $0.ring = 1 } } == "no node with id 'nobody'")

        var loaded = map
        loaded.nodes["hassan"]?.ring = 9
        try loaded.updateNode("hassan") { $0.name = "Hassan A." }
        #expect(loaded["hassan"]?.name == "Hassan A.")
    }

    @Test func updateNodePassesTheChangesOwnErrorOn() {
        struct Refused: Error {}
        var map = editingMap()
        #expect(throws: Refused.self) { try map.updateNode("hassan") { _ in throw Refused() } }
        #expect(map == editingMap())
    }

    @Test func removeNodeTakesItsLinksViaAndSubject() throws {
        var map = editingMap()
        let removed = try map.removeNode("hassan")
        #expect(removed.name == "Hassan")
        #expect(map["hassan"] == nil)
        #expect(map.links.count == 2)
        #expect(map.links[0].via == nil)
        try map.removeNode("amira")
        #expect(map.subject == nil)
        #expect(map.links.isEmpty)
        #expect(refusal(map) { try $0.removeNode("amira") } == "no node with id 'amira'")
    }

    @Test func moveNodePinsAndUnpins() throws {
        var map = editingMap()
        try map.moveNode("karim", to: MapPoint(x: 40, y: -12))
        #expect(map["karim"]?.position == MapPoint(x: 40, y: -12))
        try map.moveNode("karim", to: nil)
        #expect(map["karim"]?.position == nil)
        #expect(refusal(map) { try $0.moveNode("karin", to: nil) } == "no node with id 'karin'; did you mean 'karim'?")
    }

    @Test func subjectMustBeAPersonOfTheMap() throws {
        var map = editingMap()
        try map.setSubject("hassan")
        #expect(map.subject == "hassan")
        try map.setSubject(nil)
        #expect(map.subject == nil)
        #expect(refusal(map) { try $0.setSubject("riverside-gp") } == "'riverside-gp' is a place; the subject must be a person")
        #expect(refusal(map) { try $0.setSubject("amina") } == "no node with id 'amina'; did you mean 'amira'?")
    }

    @Test func setTitle() {
        var map = editingMap()
        map.setTitle("Hassan's network")
        #expect(map.title == "Hassan's network")
    }
}
