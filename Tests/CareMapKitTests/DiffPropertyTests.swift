import CareMapKit
import PropertyBased
import Testing

/// The semantic diff over random maps: a map against itself (or its order shuffled) is no
/// change, and a random set of edits is named exactly, each under the key it was made to.
@Suite struct DiffPropertyTests {
    @Test func aMapAgainstItselfIsTheSame() async {
        await propertyCheck(count: 200, input: Gen.uint64(in: 0 ... .max)) { seed in
            let map = RandomMap.make(seed: seed)
            #expect(MapDiff(map, map).isEmpty, "seed \(seed)")
            let reread = CareMapFile.parse(CareMapFile.print(map)).map
            #expect(reread.map { MapDiff(map, $0).isEmpty } == true, "seed \(seed): a map read back from its file differs")
            var random = SeededRandom(seed: seed)
            var shuffled = map
            shuffled.nodes = .init(uniqueKeysWithValues: map.nodes.elements.shuffled(using: &random))
            shuffled.actions = .init(uniqueKeysWithValues: map.actions.elements.shuffled(using: &random))
            #expect(MapDiff(map, shuffled).isEmpty, "seed \(seed): the order of declarations is no change")
        }
    }

    @Test func theDiffNamesExactlyTheEdits() async {
        await propertyCheck(count: 300, input: Gen.uint64(in: 0 ... .max), Gen.uint64(in: 0 ... .max)) { seed, editSeed in
            let old = RandomMap.make(seed: seed)
            var random = SeededRandom(seed: editSeed)
            let edited = Self.edit(old, using: &random)
            let diff = MapDiff(old, edited.map)
            #expect(Set(diff.added) == edited.added, "seed \(seed), edits \(editSeed)")
            #expect(Set(diff.removed) == edited.removed, "seed \(seed), edits \(editSeed)")
            let changed = Dictionary(uniqueKeysWithValues: diff.changed.map { ($0.key, Set($0.fields.map(\.field))) })
            #expect(changed == edited.changed, "seed \(seed), edits \(editSeed)")
        }
    }

    /// Up to five edits to different declarations, each made where the map allows it, and what
    /// each should show in the diff: a person added, a tie removed, a node's ring, a tie's
    /// strength and an action's status changed.
    static func edit(
        _ old: CareMap, using random: inout SeededRandom
    ) -> (map: CareMap, added: Set<DeclarationKey>, removed: Set<DeclarationKey>, changed: [DeclarationKey: Set<String>]) {
        var map = old
        var added: Set<DeclarationKey> = []
        var removed: Set<DeclarationKey> = []
        var changed: [DeclarationKey: Set<String>] = [:]
        if Bool.random(using: &random) {
            map.nodes[NodeID("added-person")] = Node(id: NodeID("added-person"), kind: .person, name: "Farah", ring: 2)
            added.insert(.node(NodeID("added-person")))
        }
        if let node = map.nodes.values.randomElement(using: &random), node.id != NodeID("added-person") {
            map.nodes[node.id]!.ring = node.ring == 1 ? 2 : 1
            changed[.node(node.id)] = ["ring"]
        }
        // Ties whose ends and label no other tie shares, so removing one renumbers none.
        let keys = old.tieKeys()
        let counts = Dictionary(keys.map { (TieKey(first: $0.first, second: $0.second, label: $0.label, ordinal: 0), 1) }, uniquingKeysWith: +)
        let single = keys.indices.filter { counts[keys[$0]] == 1 }.shuffled(using: &random)
        if let index = single.first {
            map.links[index].strength = old.links[index].strength == .strong ? .tenuous : .strong
            changed[.tie(keys[index])] = ["strength"]
        }
        if single.count > 1, Bool.random(using: &random) {
            map.links.remove(at: single[1])
            removed.insert(.tie(keys[single[1]]))
        }
        if let action = map.actions.values.randomElement(using: &random) {
            map.actions[action.id]!.status = action.status == .done ? .open : .done
            changed[.action(action.id)] = ["status"]
        }
        return (map, added, removed, changed)
    }
}
