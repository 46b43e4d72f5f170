import CareMapKit
import PropertyBased
import Testing

/// Random edit sequences, each edit decoded from one generated number: whatever is refused leaves
/// the map as it was, and whatever is done keeps every invariant and adds no error.
@Suite struct EditingPropertyTests {
    @Test func invariantsHoldAfterEveryEdit() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...999_999).array(of: 0...60)) { codes in
            var map = editingMap()
            for code in codes {
                let before = map
                do {
                    try Self.edit(&map, code: code)
                } catch {
                    #expect(map == before, "a refused edit changed the map: \(error)")
                }
                #expect(map.invariantViolations() == [])
                #expect(map.problems().filter { $0.severity == .error } == [])
            }
        }
    }

    @Test func editsOnRandomMapsKeepInvariantsAndSaveFaithfully() async {
        await propertyCheck(count: 150, input: Gen.uint64(in: 0 ... .max), Gen.int(in: 0...999_999).array(of: 0...30)) { seed, codes in
            var map = RandomMap.make(seed: seed)
            for code in codes {
                try? Self.edit(&map, code: code)
                #expect(map.invariantViolations() == [], "seed \(seed)")
                let saved = CareMapFile.print(map)
                #expect(CareMapFile.parse(saved).map == map, "seed \(seed): save → load changed the map after edit \(code)")
            }
        }
    }

    /// One edit: `code % 12` picks the operation (adding nodes and links twice as likely, so maps
    /// grow), the rest pick ids, names and values, ids sometimes missing or malformed so refusals
    /// are exercised too.
    static func edit(_ map: inout CareMap, code: Int) throws {
        let ids = Array(map.nodes.keys) + ["ghost", "Not An Id"]
        let rest = code / 12
        func id(_ salt: Int) -> NodeID { ids[(rest / (salt * 7 + 1)) % ids.count] }
        // One past the last id, sometimes, so a missing tie is refused too.
        func linkID(_ rest: Int, in map: CareMap) -> LinkID {
            let known = map.links.map(\.id) + [LinkID(rawValue: (map.links.map(\.id.rawValue).max() ?? -1) + 1)]
            return known[rest % known.count]
        }
        let kind = NodeKind.allCases[rest % 3]
        let name = ["Hassan", "فاطمة", "St. Mary's", "", "GP"][rest % 5]
        switch code % 12 {
        case 0, 10: try map.addNode(Node(id: map.freshID(for: name, kind: kind), kind: kind, name: name, ring: rest % 5))
        case 1: try map.addNode(Node(id: id(1), kind: kind))
        case 2: try map.renameNode(id(1), to: name)
        case 3: try map.changeID(id(1), to: rest % 2 == 0 ? id(2) : map.freshID(for: name, kind: kind))
        case 4:
            try map.updateNode(id(1)) { node in
                node.kind = kind
                node.ring = rest % 5
            }
        case 5: try map.removeNode(id(1))
        case 6, 11: try map.addLink(Link(from: id(1), to: id(2), via: rest % 3 == 0 ? id(3) : nil))
        case 7: try map.removeLink(linkID(rest, in: map))
        case 8:
            try map.updateLink(linkID(rest, in: map)) { link in
                link.strength = Strength.allCases[rest % 3]
                if rest % 4 == 0 { link.via = id(2) }
                if rest % 5 == 0 { link.to = id(3) }
            }
        default:
            if rest % 2 == 0 {
                try map.setSubject(rest % 3 == 0 ? nil : id(1))
            } else {
                try map.moveNode(id(1), to: MapPoint(x: rest % 80, y: rest % 25))
            }
        }
    }
}
