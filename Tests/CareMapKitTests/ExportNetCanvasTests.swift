@testable import CareMapKit
import PropertyBased
import Testing

/// `netcanvas-csv`: the files Network Canvas writes, in the shape ideanet's `nc_read` and egor
/// read, and back through the importer to the same people and ties.
@Suite struct ExportNetCanvasTests {
    static let small: CareMap = {
        var map = CareMap(title: "Amira's network", subject: "amira")
        map.nodes["amira"] = Node(id: "amira", kind: .person, name: "Amira", languages: [LanguageTag("ar")], position: MapPoint(x: 0, y: 0))
        map.nodes["hassan"] = Node(id: "hassan", kind: .person, name: "Hassan", role: .interpreter, ring: 2, position: MapPoint(x: 10, y: -4), extra: ["x-contact-freq": "Daily"])
        map.nodes["gp"] = Node(id: "gp", kind: .place, name: "=Riverside GP", role: .gpSurgery)
        map.nodes["karim"] = Node(id: "karim", kind: .person, name: "Karim", isPrivate: true)
        _ = map.appendLink(Link(from: "hassan", to: "amira", direction: .forward, label: "interprets for", strength: .strong))
        _ = map.appendLink(Link(from: "amira", to: "gp", label: "registered with"))
        _ = map.appendLink(Link(from: "hassan", to: "gp", direction: .forward, label: "books for"))
        _ = map.appendLink(Link(from: "hassan", to: "gp", label: ""))
        _ = map.appendLink(Link(from: "amira", to: "karim"))
        return map
    }()

    @Test func theFilesAreNetworkCanvasFilesWithCaremapsFieldsAfterItsOwnColumns() throws {
        let files = try #require(NetCanvasExporter.files(Self.small))
        #expect(files.map(\.name) == [
            "amira_ego.csv", "amira_attributeList_Person.csv", "amira_attributeList_Place.csv", "amira_edgeList_booksfor.csv", "amira_edgeList_Tie.csv",
        ])
        #expect(files.map { $0.text.components(separatedBy: "\r\n") } == [
            [
                "networkCanvasEgoUUID,networkCanvasCaseID,networkCanvasSessionID,networkCanvasProtocolName,sessionStart,sessionFinish,sessionExported,name,lang",
                "amira,amira,,,,,,Amira,ar", "",
            ],
            [
                "nodeID,networkCanvasEgoUUID,networkCanvasUUID,name,role,ring,Layout_x,Layout_y,egoTie_label,egoTie_direction,egoTie_strength,x-contact-freq",
                "1,amira,hassan,Hassan,interpreter,2,0.6,0.4,interprets for,backward,strong,Daily", "",
            ],
            [
                "nodeID,networkCanvasEgoUUID,networkCanvasUUID,name,role,egoTie_label",
                "2,amira,gp,'=Riverside GP,gp-surgery,registered with", "",
            ],
            [
                "edgeID,from,to,networkCanvasEgoUUID,networkCanvasUUID,networkCanvasSourceUUID,networkCanvasTargetUUID,label,direction",
                "1,1,2,amira,tie-1,hassan,gp,books for,forward", "",
            ],
            [
                "edgeID,from,to,networkCanvasEgoUUID,networkCanvasUUID,networkCanvasSourceUUID,networkCanvasTargetUUID,label,direction",
                "2,1,2,amira,tie-2,hassan,gp,,none", "",
            ],
        ])
        #expect(!files.contains { $0.text.contains("Karim") }, "a private node is never exported")
        #expect(NetCanvasExporter.files(CareMap(title: "Town")) == nil, "a community map is no interview")
    }

    /// What ideanet's `nc_read` and `egor(…, ID.vars = list(ego = "networkCanvasEgoUUID", alter
    /// = "networkCanvasUUID", source = "networkCanvasSourceUUID", target =
    /// "networkCanvasTargetUUID"))` rely on: files told apart by `ego.csv`, `attributeList_TYPE`
    /// and `edgeList_TYPE`; each ego once; every alter of that ego; every tie between alters of it.
    @Test func theFilesHaveTheShapeIdeanetAndEgorRead() throws {
        for (name, sample) in try Interchange.samples() where sample.subject != nil {
            let files = try #require(NetCanvasExporter.files(sample), "\(name)")
            func table(_ file: NetCanvasExporter.File) throws -> [[String: String]] {
                let rows = try CSVReader.records(Array(file.text.utf8)).map { $0.map(\.text) }
                return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(rows[0], $0)) }
            }
            let egos = try files.filter { $0.name.hasSuffix("ego.csv") }.flatMap(table)
            #expect(egos.count == 1, "\(name)")
            let ego = try #require(egos.first?["networkCanvasEgoUUID"])
            #expect(egos.first?["networkCanvasCaseID"]?.isEmpty == false)
            let alters = try files.filter { $0.name.contains("_attributeList_") }.flatMap(table)
            #expect(alters.allSatisfy { $0["networkCanvasEgoUUID"] == ego && $0["nodeID"] != nil })
            #expect(Set(alters.compactMap { $0["nodeID"] }).count == alters.count, "\(name): node ids are unique")
            let alterUUIDs = Set(alters.compactMap { $0["networkCanvasUUID"] })
            let nodeIDs = Set(alters.compactMap { $0["nodeID"] })
            #expect(alterUUIDs.count == sample.withoutPrivateNodes().nodes.count - 1, "\(name): every alter once")
            for edge in try files.filter({ $0.name.contains("_edgeList_") }).flatMap(table) {
                #expect(edge["networkCanvasEgoUUID"] == ego)
                #expect(alterUUIDs.contains(edge["networkCanvasSourceUUID"] ?? "") && alterUUIDs.contains(edge["networkCanvasTargetUUID"] ?? ""))
                #expect(nodeIDs.contains(edge["from"] ?? "") && nodeIDs.contains(edge["to"] ?? ""))
                #expect(edge["edgeID"] != nil)
            }
        }
    }

    /// The people (original id, kind, name) and ties (original ids of both ends, label) a map
    /// holds as Network Canvas holds them: every alter tied to the subject (with the first tie
    /// between them, if any) and the ties between alters.
    static func peopleAndTies(ofExported map: CareMap) -> [String] {
        let map = map.withoutPrivateNodes()
        guard let subject = map.subject else { return [] }
        var people: [String] = []
        for node in map.nodes.values {
            let name = node.name.isEmpty ? (node.id == subject ? node.id.rawValue : NetCanvasExporter.typeNames[node.kind]!) : node.name
            people.append("node \(node.id) \(node.kind) \(name)")
            guard node.id != subject else { continue }
            let tie = map.links.first { $0.otherEnd(from: subject) == node.id }
            people.append("tie \(subject) \(node.id) \(tie?.label ?? "")")
        }
        for link in map.links where !link.touches(subject) { people.append("tie \(link.from) \(link.to) \(link.label)") }
        return people.sorted()
    }

    /// The same of an imported map, by the ids Network Canvas's UUID column kept.
    static func peopleAndTies(ofImported map: CareMap) -> [String] {
        let original = { (id: NodeID) in map.nodes[id]?.extra[NetCanvasInterview.uuidKey] ?? "?" }
        return (map.nodes.values.map { "node \(original($0.id)) \($0.kind) \($0.name)" }
            + map.links.map { "tie \(original($0.from)) \(original($0.to)) \($0.label)" }).sorted()
    }

    /// The map exported and imported again; nil (with an issue recorded) when either fails.
    static func throughNetCanvas(_ map: CareMap) -> ImportResult? {
        guard let files = NetCanvasExporter.files(map) else { return nil }
        let result = NetCanvasImporter.importCases(files.map { NetCanvasImporter.File(path: "out/" + $0.name, bytes: Array($0.text.utf8)) })
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.cases.count == 1)
        return result.cases.first?.result
    }

    @Test func everySampleWithASubjectComesBackWithTheSamePeopleAndTies() throws {
        for (name, sample) in try Interchange.samples() where sample.subject != nil {
            let result = try #require(Self.throughNetCanvas(sample))
            #expect(result.diagnostics.isEmpty, "\(name): \(result.diagnostics)")
            let map = try #require(result.map)
            #expect(Self.peopleAndTies(ofImported: map) == Self.peopleAndTies(ofExported: sample), "\(name)")
            // Alters are grouped by type, so nodes are compared by the ids the export kept.
            func fields(_ node: Node) -> String { "\(node.position.map(\.description) ?? "-") \(node.ring ?? 0) \(node.role?.rawValue ?? "-")" }
            let back = Dictionary(uniqueKeysWithValues: map.nodes.values.map { ($0.extra[NetCanvasInterview.uuidKey] ?? "?", fields($0)) })
            let sent = Dictionary(uniqueKeysWithValues: sample.withoutPrivateNodes().nodes.values.map { ($0.id.rawValue, fields($0)) })
            #expect(back == sent, "\(name): positions inside the sociogram, rings and roles come back")
        }
    }

    @Test func randomMapsComeBackWithTheSamePeopleAndTies() async {
        await propertyCheck(count: 200, input: Gen.uint64(in: 0 ... .max)) { seed in
            var map = RandomMap.make(seed: seed)
            if map.subject == nil || map.nodes[map.subject!]?.isPrivate == true {
                map.subject = map.nodes.values.first { $0.kind == .person && !$0.isPrivate }?.id
            }
            guard map.subject != nil else { return }
            let result = Self.throughNetCanvas(map)
            #expect(result?.hasErrors == false, "seed \(seed): \(result?.diagnostics ?? [])")
            #expect(result?.map.map(Self.peopleAndTies(ofImported:)) == Self.peopleAndTies(ofExported: map), "seed \(seed)")
        }
    }
}
