import CareMapApp
import CareMapCanvas
import CareMapKit
import Testing

@Suite struct EditingTests {
    @Test func aAddsAPersonWithAnArabicNameNearTheSelection() throws {
        var editor = Editor.on(sampleMap())
        editor.press(.character("a"))
        #expect(editor.bottomLine == "Name of the new person:")
        editor.type("فاطمة")
        #expect(editor.cursor?.x == DisplayWidth.columns(of: "Name of the new person: فاطمة"))
        editor.press(.enter)
        let node = try #require(editor.map.nodes["person"])
        #expect(node.name == "فاطمة")
        #expect(node.kind == .person)
        #expect(editor.selection == .node("person"))
        #expect(editor.map.links == sampleMap().links)
        #expect(editor.layout.positions["person"] != nil)
        #expect(editor.isModified)
        #expect(editor.statusLine.contains("amira.caremap [+] │ 6 nodes · 4 ties"))
        #expect(editor.view().text.contains("فاطمة"))
    }

    @Test func addCommandAddsANodeWithAQuotedName() throws {
        var editor = Editor.on(sampleMap())
        editor.press(.character(":"))
        editor.type("add place \"مسجد النور\"")
        editor.press(.enter)
        let node = try #require(editor.map.nodes["place"])
        #expect(node.name == "مسجد النور")
        #expect(node.kind == .place)
        #expect(editor.selection == .node("place"))
    }

    @Test func newIdsAreSlugsOfTheNameAndNeverCollide() {
        var editor = Editor.on(sampleMap())
        editor.press(.character(":"))
        editor.type("add person \"Hassan\"")
        editor.press(.enter, .character("o"))
        editor.type("Refugee Council!")
        editor.press(.enter)
        #expect(editor.map.nodes["hassan-2"]?.name == "Hassan")
        #expect(editor.map.nodes["refugee-council"]?.kind == .group)
    }

    @Test func connectTiesTheSelectionToANodePickedByName() {
        var editor = Editor.on(sampleMap())
        editor.press(.character("c"))
        editor.type("mosq")
        #expect(editor.bottomLine == "tie أميرة (Amira) to: mosq")
        editor.press(.enter)
        #expect(editor.map.links.count == 5)
        #expect(editor.map.links.last == Link(from: "amira", to: "mosque"))
        #expect(editor.selection == .link(editor.map.links[4].id))
    }

    @Test func connectPicksTheTargetWithArrows() {
        var editor = Editor.on(gridMap(), width: 120, height: 40)
        editor.press(.character("g"))
        editor.type("centre")
        editor.press(.enter, .character("c"))
        guard case .link(_, let picker) = editor.mode else {
            Issue.record("not picking a tie's end")
            return
        }
        #expect(picker.highlighted == "east")
        editor.press(.right, .enter)
        #expect(editor.map.links == [Link(from: "centre", to: "far-east")])
    }

    @Test func editFormChangesARole() throws {
        var editor = Editor.on(sampleMap())
        editor.press(.character("g"))
        editor.type("hassan")
        editor.press(.enter, .character("e"))
        #expect(editor.view().text.contains("Edit Hassan"))
        editor.press(.tab, .control("u"))
        editor.type("bilingual-worker")
        editor.press(.tab, .tab, .tab, .control("u"))
        editor.type("3")
        editor.press(.enter)
        let node = try #require(editor.map.nodes["hassan"])
        #expect(node.role == .bilingualWorker)
        #expect(node.ring == 3)
        #expect(editor.mode == .normal)
        #expect(editor.bottomLine == "changed role, ring")
        editor.press(.character("u"))
        #expect(editor.map == sampleMap())
    }

    @Test func editFormRefusesABadValueAndSaysWhy() {
        var editor = Editor.on(sampleMap())
        editor.press(.tab, .character("e"))
        editor.press(.tab, .tab, .control("u"))
        editor.type("strng")
        editor.press(.enter)
        #expect(editor.map == sampleMap())
        guard case .form(let form) = editor.mode else {
            Issue.record("the form closed")
            return
        }
        #expect(form.error == "strength: unknown strength 'strng'; did you mean 'strong'?")
        #expect(editor.view().text.contains("strength: unknown strength 'strng'; did you mean 'strong'?"))
        editor.press(.escape)
        #expect(editor.mode == .normal)
        #expect(editor.map == sampleMap())
    }

    @Test func editFormPutsTheCursorOnAGoBetweenTheMapRefuses() {
        var editor = Editor.on(sampleMap())
        editor.press(.tab, .character("e"), .control("u"))
        editor.type("booked with")
        editor.press(.backTab, .backTab, .control("u"))
        editor.type("hasan")
        editor.press(.up, .up, .up, .enter)
        #expect(editor.map == sampleMap())
        guard case .form(let form) = editor.mode else {
            Issue.record("the form closed")
            return
        }
        #expect(form.fields[form.focus].key == "via")
        #expect(form.error == "via: via 'hasan', which is not a node in this map; did you mean 'hassan'?")
        editor.press(.control("u"))
        editor.type("riverside-gp")
        editor.press(.enter)
        #expect(editor.map == sampleMap())
        guard case .form(let again) = editor.mode else {
            Issue.record("the form closed")
            return
        }
        #expect(again.error == "via: via 'riverside-gp' is one of the tie's own ends; a go-between is a third node")
        editor.press(.control("u"))
        editor.type("mosque")
        editor.press(.enter)
        #expect(editor.bottomLine == "changed label, via")
        #expect(editor.map.links[0].via == "mosque")
        #expect(editor.map.links[0].label == "booked with")
    }

    @Test func deleteUndoRedoRestoreExactMaps() {
        var editor = Editor.on(sampleMap())
        let original = editor.map
        let originalLayout = editor.layout
        editor.press(.character("g"))
        editor.type("hassan")
        editor.press(.enter, .character("d"))
        #expect(editor.map.nodes["hassan"] == nil)
        #expect(editor.map.links.count == 3)
        #expect(editor.map.links.allSatisfy { $0.via == nil })
        #expect(editor.map.isValid)
        #expect(editor.bottomLine == "deleted Hassan and 1 tie — u to undo")
        let deleted = editor.map
        editor.press(.character("u"))
        #expect(editor.bottomLine == "undid: delete Hassan and 1 tie")
        #expect(editor.map == original)
        #expect(editor.layout == originalLayout)
        #expect(editor.selection == .node("hassan"))
        #expect(!editor.isModified)
        editor.press(.control("r"))
        #expect(editor.map == deleted)
        editor.press(.control("r"))
        #expect(editor.bottomLine == "nothing to redo")
    }

    /// A node with more than a handful of ties asks before it goes, as the subject does.
    @Test func deletingANodeWithManyTiesAsksFirst() {
        var map = sampleMap()
        map.nodes["hub"] = Node(id: "hub", kind: .place, name: "Hub")
        for id in ["amira", "hassan", "riverside-gp", "karim", "mosque"] { map.links.append(Link(from: "hub", to: NodeID(id))) }
        map.links.append(Link(from: "hub", to: "karim", label: "again"))
        var editor = Editor.on(CareMap(title: map.title, subject: map.subject, nodes: Array(map.nodes.values), links: map.links))
        editor.press(.character("g"))
        editor.type("hub")
        editor.press(.enter, .character("d"))
        #expect(editor.bottomLine == "Delete Hub and 6 ties? y/n (u undoes)")
        editor.press(.escape)
        #expect(editor.map.nodes["hub"] != nil)
        editor.press(.character("d"), .character("y"))
        #expect(editor.map.nodes["hub"] == nil)
        editor.press(.character("u"))
        #expect(editor.bottomLine == "undid: delete Hub and 6 ties")
    }

    @Test func deleteATieFromAWalk() {
        var editor = Editor.on(sampleMap())
        editor.press(.tab, .tab, .character("d"))
        #expect(editor.map.links.count == 3)
        #expect(!editor.map.links.contains { $0.label == "interprets for" })
        #expect(editor.selection == .node("amira"))
    }

    @Test func moveModePinsTheNodeAndEscPutsItBack() throws {
        var editor = Editor.on(sampleMap())
        let start = try #require(editor.layout.positions["amira"])
        editor.press(.character("m"), .right, .right, .down, .escape)
        #expect(editor.map == sampleMap())
        #expect(editor.layout.positions["amira"] == start)
        editor.press(.character("m"), .right, .right, .down, .enter)
        let moved = MapPoint(x: start.x + 2, y: start.y + 1)
        #expect(editor.map.nodes["amira"]?.position == moved)
        #expect(editor.layout.positions["amira"] == moved)
        editor.press(.character("u"))
        #expect(editor.map == sampleMap())
    }

    @Test func layoutsCycle() {
        var editor = Editor.on(sampleMap())
        #expect(editor.layout.style == .rings)
        editor.press(.character("L"))
        #expect(editor.layout.style == .layered)
        editor.press(.character("L"))
        #expect(editor.layout.style == .force)
        editor.press(.character("L"))
        #expect(editor.layout.style == .rings)
        #expect(editor.map == sampleMap())
    }
}
