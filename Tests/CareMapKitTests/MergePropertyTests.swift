import CareMapKit
import PropertyBased
import Testing

/// The three-way merge over random maps: edits to different things merge to both, without
/// conflict; the merge is the same whichever side is ours, but for conflicts; and whatever the
/// two sides did, the merged map checks and reads back from its file unchanged.
@Suite struct MergePropertyTests {
    /// One edit to one declaration, made by key, so edits commute.
    enum Edit {
        case ring(NodeID)
        case notes(NodeID)
        case strength(TieKey)
        case removeTie(TieKey)
        case addTie(NodeID, NodeID, label: String)
        case addNode(NodeID)
        case status(ActionID)
        case title

        func apply(to map: inout CareMap) {
            func index(_ key: TieKey) -> Int { map.tieKeys().firstIndex(of: key)! }
            switch self {
            case .ring(let id): map.nodes[id]!.ring = map.nodes[id]!.ring == 1 ? 2 : 1
            case .notes(let id): map.nodes[id]!.notes += " (seen again)"
            case .strength(let key): map.links[index(key)].strength = map.links[index(key)].strength == .strong ? .tenuous : .strong
            case .removeTie(let key): map.links.remove(at: index(key))
            case .addTie(let from, let to, let label): map.appendLink(Link(from: from, to: to, direction: .forward, label: label, strength: .moderate))
            case .addNode(let id): map.nodes[id] = Node(id: id, kind: .person, name: "Farah " + id.rawValue, ring: 2)
            case .status(let id): map.actions[id]!.status = map.actions[id]!.status == .done ? .open : .done
            case .title: map.title += " (reviewed)"
            }
        }
    }

    /// Edits to distinct declarations of `map`, or distinct fields of one node (its ring and its
    /// notes), each given to one side at random.
    static func disjointEdits(of map: CareMap, using random: inout SeededRandom) -> (ours: [Edit], theirs: [Edit]) {
        var edits: [Edit] = [.title, .addNode(NodeID("added-one")), .addNode(NodeID("added-two"))]
        let nodes = map.nodes.keys.shuffled(using: &random)
        edits += nodes.prefix(3).map(Edit.ring)
        edits += nodes.prefix(1).map(Edit.notes)
        let keys = map.tieKeys()
        let counts = Dictionary(keys.map { (TieKey(first: $0.first, second: $0.second, label: $0.label, ordinal: 0), 1) }, uniquingKeysWith: +)
        let single = keys.filter { counts[$0] == 1 }.shuffled(using: &random)
        edits += single.prefix(2).map(Edit.strength)
        edits += single.dropFirst(2).prefix(2).map(Edit.removeTie)
        if nodes.count > 1 {
            edits += [.addTie(nodes[0], nodes[1], label: "met at the merge one"), .addTie(nodes[1], nodes[0], label: "met at the merge two")]
        }
        edits += map.actions.keys.shuffled(using: &random).prefix(2).map(Edit.status)
        var ours: [Edit] = []
        var theirs: [Edit] = []
        for edit in edits where Int.random(in: 0..<3, using: &random) > 0 {
            if Bool.random(using: &random) { ours.append(edit) } else { theirs.append(edit) }
        }
        return (ours, theirs)
    }

    static func checks(_ map: CareMap) -> Bool {
        map.problems().allSatisfy { $0.severity != .error } && CareMapFile.parse(CareMapFile.print(map)).map == map
    }

    static func fieldConflicts(_ merge: MapMerge) -> Set<[String]> {
        Set(merge.conflicts.compactMap { conflict in
            guard case .field(let key, let field, _, _, _) = conflict else { return nil }
            return [key.description, field]
        })
    }

    @Test func editsToDifferentThingsMergeToBoth() async throws {
        await propertyCheck(count: 300, input: Gen.uint64(in: 0 ... .max), Gen.uint64(in: 0 ... .max)) { seed, editSeed in
            let base = RandomMap.make(seed: seed)
            guard Self.checks(base) else { return }
            var random = SeededRandom(seed: editSeed)
            let (mine, other) = Self.disjointEdits(of: base, using: &random)
            var ours = base, theirs = base, both = base
            for edit in mine { edit.apply(to: &ours) }
            for edit in other { edit.apply(to: &theirs) }
            for edit in mine + other { edit.apply(to: &both) }
            do {
                let merge = try MapMerge(base: base, ours: ours, theirs: theirs)
                #expect(merge.conflicts == [], "seed \(seed), edits \(editSeed)")
                #expect(MapDiff(both, merge.map).isEmpty, "seed \(seed), edits \(editSeed): \(MapDiff(both, merge.map))")
                #expect(Self.checks(merge.map), "seed \(seed), edits \(editSeed)")
            } catch {
                Issue.record("seed \(seed), edits \(editSeed): \(error)")
            }
        }
    }

    @Test func anyTwoEditSequencesMergeToAMapThatChecksWhicheverSideIsOurs() async throws {
        let codes = Gen.int(in: 0...999_999).array(of: 0...12)
        await propertyCheck(count: 300, input: Gen.uint64(in: 0 ... .max), codes, codes) { seed, mine, other in
            let base = RandomMap.make(seed: seed)
            guard Self.checks(base) else { return }
            var ours = base, theirs = base
            for code in mine { try? EditingPropertyTests.edit(&ours, code: code) }
            for code in other { try? EditingPropertyTests.edit(&theirs, code: code) }
            do {
                let merge = try MapMerge(base: base, ours: ours, theirs: theirs)
                let swapped = try MapMerge(base: base, ours: theirs, theirs: ours)
                #expect(Self.checks(merge.map), "seed \(seed), \(mine) / \(other)")
                // Which value a conflict keeps decides which nodes the merged map still names,
                // so only the fields in conflict, not what was kept, are the same either way.
                #expect(Self.fieldConflicts(merge) == Self.fieldConflicts(swapped), "seed \(seed), \(mine) / \(other)")
                #expect(merge.conflicts.isEmpty == swapped.conflicts.isEmpty, "seed \(seed), \(mine) / \(other)")
                if merge.conflicts.isEmpty {
                    #expect(MapDiff(merge.map, swapped.map).isEmpty, "seed \(seed), \(mine) / \(other)")
                }
            } catch {
                Issue.record("seed \(seed), \(mine) / \(other): \(error)")
            }
        }
    }

    /// Found by the property above: ours made the clinic the subject (a person), theirs made it
    /// a group. The merge kept a person both ways, but called it a field conflict one way and
    /// the subject's conflict the other.
    @Test func aSubjectOnOneSideAndAGroupOnTheOtherIsOneConflictEitherWay() throws {
        let base = try #require(CareMapFile.parse("caremap 1\nsubject amira\nperson amira\nplace clinic\n").map)
        var ours = base, theirs = base
        ours.subject = NodeID("clinic")
        ours.nodes[NodeID("clinic")]!.kind = .person
        theirs.nodes[NodeID("clinic")]!.kind = .group
        let merge = try MapMerge(base: base, ours: ours, theirs: theirs)
        let swapped = try MapMerge(base: base, ours: theirs, theirs: ours)
        #expect(merge.conflicts == [.subjectNotAPerson(NodeID("clinic"), kind: "group", inOurs: false)])
        #expect(swapped.conflicts == [.subjectNotAPerson(NodeID("clinic"), kind: "group", inOurs: true)])
        #expect(merge.map.nodes[NodeID("clinic")]?.kind == .person && swapped.map.nodes[NodeID("clinic")]?.kind == .person)
        #expect(merge.map.subject == NodeID("clinic") && swapped.map.subject == NodeID("clinic"))
    }

    /// Unknown attributes kept as written whose keys are the names of a declaration's own
    /// fields (`name=`, `comments=`): the diff saw no change to them, and the merge dropped them
    /// or turned `comments=` into a comment line.
    @Test func attributesNamedLikeADeclarationsOwnFieldsAreKeptAndCompared() throws {
        let text = "caremap 1\nperson a \"A\" comments=c direction=d kind=bar name=foo text=t\nperson b \"B\"\n\nlink a -- b direction=z\n"
        let base = try #require(CareMapFile.parse(text).map)
        let theirs = try #require(CareMapFile.parse(text.replacingOccurrences(of: "name=foo", with: "name=changed")).map)
        let diff = MapDiff(base, theirs)
        #expect(diff.changed.map(\.fields) == [[MapDiff.FieldChange(field: "name=", old: "foo", new: "changed")]])
        let merge = try MapMerge(base: base, ours: base, theirs: theirs)
        #expect(merge.conflicts.isEmpty)
        #expect(merge.map == theirs, "\(CareMapFile.print(merge.map))")
    }

    @Test func aFieldChangedTwoWaysIsAConflictNotedAboveTheDeclaration() throws {
        let base = try #require(CareMapFile.parse("caremap 1\nperson amira\nperson hassan ring=2\nlink hassan -> amira \"interprets for\" strength=moderate\n").map)
        var ours = base, theirs = base
        ours.nodes[NodeID("hassan")]!.ring = 1
        theirs.nodes[NodeID("hassan")]!.ring = 3
        ours.links[0].strength = .strong
        theirs.links[0].quality = .supportive
        let merge = try MapMerge(base: base, ours: ours, theirs: theirs)
        #expect(merge.conflicts == [.field(.node(NodeID("hassan")), "ring", base: "2", ours: "1", theirs: "3")])
        #expect(CareMapFile.print(merge.map) == """
            caremap 1

            person amira

            # caremap merge conflict: ring is 1 in ours and 3 in theirs (was 2); kept 1
            person hassan ring=1

            link hassan -> amira "interprets for" strength=strong quality=supportive

            """)
    }

    @Test func aNodeRemovedOnOneSideButTiedOnTheOtherIsKept() throws {
        let base = try #require(CareMapFile.parse("caremap 1\nperson amira\nperson karim\n").map)
        var ours = base, theirs = base
        try ours.removeNode(NodeID("karim"))
        try theirs.addLink(Link(from: NodeID("amira"), to: NodeID("karim"), label: "brother"))
        let merge = try MapMerge(base: base, ours: ours, theirs: theirs)
        #expect(merge.conflicts == [.removedButNamed(NodeID("karim"), removedInOurs: true)])
        #expect(CareMapFile.print(merge.map) == """
            caremap 1

            person amira

            # caremap merge conflict: removed in ours, but the merged map still names it; kept
            person karim

            link amira -- karim "brother"

            """)
    }
}
