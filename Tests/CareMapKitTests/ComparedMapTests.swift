@testable import CareMapKit
import PropertyBased
import Testing

/// A map drawn against an earlier version: what it lost put back, every change marked, and
/// the ids of the map's own ties untouched.
@Suite struct ComparedMapTests {
    static let old = CareMap(
        subject: "amira",
        nodes: [
            Node(id: "amira", kind: .person, name: "Amira"),
            Node(id: "hassan", kind: .person, name: "Hassan", role: .interpreter, ring: 2),
            Node(id: "mrs-patel", kind: .person, name: "Mrs Patel", role: .teacher, ring: 3),
            Node(id: "gp", kind: .place, name: "Riverside GP", ring: 2),
        ],
        links: [
            Link(from: "hassan", to: "amira", direction: .forward, label: "interprets for", strength: .moderate),
            Link(from: "mrs-patel", to: "amira", label: "parents' evening"),
            Link(from: "amira", to: "gp", label: "registered with"),
        ]
    )

    /// Hassan's tie stronger, Mrs Patel gone with her tie, Leila new with a tie, the GP renamed.
    static var new: CareMap {
        var map = old
        map.nodes.removeValue(forKey: "mrs-patel")
        map.links.removeAll { $0.from == "mrs-patel" }
        map.links[0].strength = .strong
        map.nodes["gp"]!.name = "Riverside GP surgery"
        map.nodes["leila"] = Node(id: "leila", kind: .person, name: "Leila", role: .interpreter, ring: 2)
        map.appendLink(Link(from: "leila", to: "amira", direction: .forward, label: "interprets at the clinic"))
        return map
    }

    @Test func whatWasLostIsPutBackAndEveryChangeMarked() throws {
        let new = Self.new
        let compared = ComparedMap(old: Self.old, new: new)
        #expect(compared.marks.nodes == ["leila": .added, "gp": .changed, "mrs-patel": .removed])
        #expect(Array(compared.shown.nodes.keys) == Array(new.nodes.keys) + ["mrs-patel"])
        #expect(compared.shown.nodes["mrs-patel"] == Self.old.nodes["mrs-patel"])
        let lost = try #require(compared.shown.links.last)
        #expect(lost.from == "mrs-patel" && lost.label == "parents' evening")
        #expect(!new.links.map(\.id).contains(lost.id), "a tie put back takes an id no tie of the map has")
        #expect(Array(compared.shown.links.prefix(new.links.count)).map(\.id) == new.links.map(\.id), "the map's own ties keep their ids")
        let leila = try #require(new.links.first { $0.from == "leila" })
        #expect(compared.marks.links == [new.links[0].id: .changed, leila.id: .added, lost.id: .removed])
        let lostKey = TieKey(first: "amira", second: "mrs-patel", label: "parents' evening", ordinal: 0)
        #expect(compared.links[lostKey] == lost.id)
    }

    /// Three ties alike (same ends, no label) were all but the first numbered #2, which
    /// crashed every diff of such a map.
    @Test func threeTiesAlikeAreToldApartByOrder() {
        let tie = Link(from: "amira", to: "hassan")
        let map = CareMap(nodes: [Node(id: "amira", kind: .person, name: "Amira"), Node(id: "hassan", kind: .person, name: "Hassan")],
                          links: [tie, tie, tie])
        #expect(map.tieKeys().map(\.ordinal) == [0, 1, 2])
        var fewer = map
        fewer.links.removeLast()
        let diff = MapDiff(map, fewer)
        #expect(diff.removed == [.tie(TieKey(first: "amira", second: "hassan", label: "", ordinal: 2))])
        #expect(ComparedMap(old: map, new: fewer).marks.links.values.sorted { "\($0)" < "\($1)" } == [.removed])
    }

    /// The diff as it was worked out before equal values were passed over: every declaration's
    /// fields written out and compared.
    static func slowDiff(_ old: CareMap, _ new: CareMap) -> MapDiff {
        let before = Declarations(old), after = Declarations(new)
        var diff = MapDiff(CareMap(), CareMap())
        diff.added = after.keys.filter { $0 != .map && before.fields[$0] == nil }
        diff.removed = before.keys.filter { $0 != .map && after.fields[$0] == nil }
        diff.changed = after.keys.compactMap { key in
            guard let was = before.fields[key], let now = after.fields[key], was != now else { return nil }
            let names = Set(now.keys).union(was.keys).sorted()
            return MapDiff.Change(key: key, fields: names.filter { was[$0] != now[$0] }.map { MapDiff.FieldChange(field: $0, old: was[$0], new: now[$0]) })
        }
        return diff
    }

    @Test func anyEditSequenceIsDiffedAsWhenEveryFieldIsWrittenOut() async {
        let codes = Gen.int(in: 0...999_999).array(of: 0...12)
        await propertyCheck(count: 300, input: Gen.uint64(in: 0 ... .max), codes) { seed, edits in
            let old = RandomMap.make(seed: seed)
            var new = old
            for code in edits { try? EditingPropertyTests.edit(&new, code: code) }
            let (diff, slow) = (MapDiff(old, new), Self.slowDiff(old, new))
            #expect(slow.added == diff.added && slow.removed == diff.removed, "seed \(seed), \(edits)")
            #expect(Self.fieldSets(slow) == Self.fieldSets(diff), "seed \(seed), \(edits)")
        }
    }

    static func fieldSets(_ diff: MapDiff) -> [DeclarationKey: Set<MapDiff.FieldChange>] {
        Dictionary(uniqueKeysWithValues: diff.changed.map { ($0.key, Set($0.fields)) })
    }

    @Test func aMapAgainstItselfIsDrawnAsItIs() async {
        await propertyCheck(count: 100, input: Gen.uint64(in: 0 ... .max)) { seed in
            let map = RandomMap.make(seed: seed)
            let compared = ComparedMap(old: map, new: map)
            #expect(compared.marks.isEmpty, "seed \(seed)")
            #expect(compared.shown == map && compared.shown.links.map(\.id) == map.links.map(\.id), "seed \(seed)")
        }
    }

    @Test func everyDeclarationTheDiffNamesIsMarkedOnce() async {
        await propertyCheck(count: 200, input: Gen.uint64(in: 0 ... .max), Gen.uint64(in: 0 ... .max)) { seed, editSeed in
            let old = RandomMap.make(seed: seed)
            var random = SeededRandom(seed: editSeed)
            let new = DiffPropertyTests.edit(old, using: &random).map
            let diff = MapDiff(old, new)
            let compared = ComparedMap(old: old, new: new)
            let nodeKeys = (diff.added + diff.removed + diff.changed.map(\.key)).filter { if case .node = $0 { true } else { false } }
            let tieKeys = (diff.added + diff.removed + diff.changed.map(\.key)).filter { if case .tie = $0 { true } else { false } }
            #expect(compared.marks.nodes.count == nodeKeys.count, "seed \(seed), edits \(editSeed)")
            #expect(compared.marks.links.count == tieKeys.count, "seed \(seed), edits \(editSeed)")
            #expect(compared.shown.nodes.count == new.nodes.count + diff.removed.filter { if case .node = $0 { true } else { false } }.count)
            #expect(Set(compared.shown.links.map(\.id)).count == compared.shown.links.count, "seed \(seed): no id names two ties")
            #expect(compared.diff == diff, "seed \(seed), edits \(editSeed): the comparison's diff is the diff")
            let slow = Self.slowDiff(old, new)
            #expect(slow.added == diff.added && slow.removed == diff.removed, "seed \(seed), edits \(editSeed)")
            #expect(Self.fieldSets(slow) == Self.fieldSets(diff), "seed \(seed), edits \(editSeed): passing over equal values loses no change")
        }
    }
}
