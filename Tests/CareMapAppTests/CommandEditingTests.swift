import CareMapApp
import CareMapCanvas
import CareMapKit
import Testing

/// Each `:` command that edits the map, driven by typed keys.
@Suite struct CommandEditingTests {
    @Test func addTakesAttributesAndAnID() throws {
        var editor = Editor.on(sampleMap())
        editor.command(#"add person "Fatima Al-Sayed" role=peer lang=ar,EN-gb ring=1 domains=network,community"#)
        let node = try #require(editor.map.nodes["fatima-al-sayed"])
        #expect(node == Node(id: "fatima-al-sayed", kind: .person, name: "Fatima Al-Sayed", role: .peer,
                             languages: [LanguageTag("ar"), LanguageTag("en-GB")], ring: 1, domains: [.community, .network]))
        #expect(editor.selection == .node("fatima-al-sayed"))
        #expect(editor.bottomLine == "added Fatima Al-Sayed · e edits, c connects")
        editor.command(#"add group "Women's group" id=womens-group private=yes notes="Tuesdays\nat 10""#)
        let group = try #require(editor.map.nodes["womens-group"])
        #expect(group.isPrivate && group.notes == "Tuesdays\nat 10" && group.kind == .group)
    }

    @Test func stringsTakeTheFileFormatsEscapes() {
        var editor = Editor.on(sampleMap())
        editor.command(#"add person "\u{645}\u{62D}\u{645}\u{62F} \"Abu Ali\"" id=mohammed notes="line 1\nline 2\ttab \\ back""#)
        #expect(editor.map.nodes["mohammed"]?.name == "محمد \"Abu Ali\"")
        #expect(editor.map.nodes["mohammed"]?.notes == "line 1\nline 2\ttab \\ back")
        editor.command(#"add person "a=b""#)
        #expect(editor.map.nodes["a-b"]?.name == "a=b")
    }

    @Test func addWithABareName() {
        var editor = Editor.on(sampleMap())
        editor.command("add place Library")
        #expect(editor.map.nodes["library"]?.kind == .place)
    }

    @Test func linkByIDOrNameWithArrowLabelAndAttributes() throws {
        var editor = Editor.on(sampleMap())
        editor.command(#"link hassan -> Riverside "books appointments" strength=moderate support=practical,health mode=phone lang=ar"#)
        let link = try #require(editor.map.links.last)
        #expect(link == Link(from: "hassan", to: "riverside-gp", direction: .forward, label: "books appointments", strength: .moderate,
                             support: [.practical, .health], modes: [.phone], language: LanguageTag("ar")))
        #expect(editor.selection == .link(editor.map.links[4].id))
        #expect(editor.bottomLine == "tied Hassan → Riverside GP surgery · e sets strength, support and more")
        editor.command("link karim mosque")
        #expect(editor.map.links.last == Link(from: "karim", to: "mosque"))
        editor.command(#"link mosque karim "->""#)
        #expect(editor.map.links.last == Link(from: "mosque", to: "karim", label: "->"))
    }

    /// With ties known by index, removing an earlier tie passed the selection to the next one.
    @Test func unlinkingAnotherTieKeepsTheSelectionOnItsOwnTie() throws {
        var editor = Editor.on(sampleMap())
        let karim = try #require(editor.map.links.first { $0.to == "karim" })
        editor.press(.tab, .tab, .tab)
        #expect(editor.selection == .link(karim.id))
        editor.command("unlink hassan amira")
        #expect(editor.map.links.count == 3)
        #expect(editor.selection == .link(karim.id))
        #expect(editor.map.link(karim.id) == karim)
        editor.press(.character("u"))
        editor.press(.character("d"))
        #expect(!editor.map.links.contains(karim))
        #expect(editor.map.links.count == 3)
    }

    @Test func unlinkTheSelectedTie() {
        var editor = Editor.on(sampleMap())
        editor.press(.tab, .tab)
        editor.command("unlink")
        #expect(!editor.map.links.contains { $0.label == "interprets for" })
        #expect(editor.bottomLine == "deleted the tie Hassan → أميرة (Amira) — u to undo")
    }

    @Test func unlinkBetweenTwoNodesRemovesEveryTieOrTheLabelledOne() {
        var editor = Editor.on(sampleMap())
        editor.command(#"link amira hassan "friends""#)
        editor.command(#"unlink hassan amira "friends""#)
        #expect(editor.map.links == sampleMap().links)
        #expect(editor.bottomLine == "untied Hassan and أميرة (Amira) — u to undo")
        editor.command(#"link amira hassan "friends""#)
        editor.command("unlink amira hassan")
        #expect(editor.map.links.count == 3)
        #expect(!editor.map.links.contains { $0.touches("hassan") && $0.touches("amira") })
        #expect(editor.bottomLine == "untied أميرة (Amira) and Hassan (2 ties) — u to undo")
        editor.press(.character("u"))
        #expect(editor.map.links.count == 5)
    }

    @Test func setOnTheSelectionANodeOrATie() {
        var editor = Editor.on(sampleMap())
        editor.command("set ring=1 lang=ar,en,fr")
        #expect(editor.map.nodes["amira"]?.ring == 1)
        #expect(editor.map.nodes["amira"]?.languages == [LanguageTag("ar"), LanguageTag("en"), LanguageTag("fr")])
        #expect(editor.bottomLine == "set ring, lang on أميرة (Amira)")
        editor.command("set hassan role=bilingual-worker ring= name=\"Hassan Ali\"")
        #expect(editor.map.nodes["hassan"]?.role == .bilingualWorker)
        #expect(editor.map.nodes["hassan"]?.ring == nil)
        #expect(editor.map.nodes["hassan"]?.name == "Hassan Ali")
        editor.command("set amira karim quality=supportive status=past direction=<-")
        #expect(editor.map.links[2].quality == .supportive)
        #expect(editor.map.links[2].status == .past)
        #expect(editor.map.links[2].direction == .backward)
        #expect(editor.bottomLine == "set quality, status, direction on the tie كريم (Karim) → أميرة (Amira)")
        editor.press(.tab)
        editor.command("set strength=strong via=hassan reported-by=Amira")
        #expect(editor.map.links[0].strength == .strong)
        #expect(editor.map.links[0].reportedBy == "Amira")
    }

    @Test func setPinsWithAt() {
        var editor = Editor.on(sampleMap())
        editor.command("set mosque at=40,-12")
        #expect(editor.map.nodes["mosque"]?.position == MapPoint(x: 40, y: -12))
        #expect(editor.layout.positions["mosque"] == MapPoint(x: 40, y: -12))
    }

    @Test func renameANodeOrRelabelATie() {
        var editor = Editor.on(sampleMap())
        editor.command(#"rename "Amira K.""#)
        #expect(editor.map.nodes["amira"]?.name == "Amira K.")
        #expect(editor.bottomLine == "renamed أميرة (Amira) to Amira K.")
        editor.command(#"rename hassan "حسن""#)
        #expect(editor.map.nodes["hassan"]?.name == "حسن")
        editor.command(#"rename amira mosque "prays at""#)
        #expect(editor.map.links[3].label == "prays at")
        #expect(editor.bottomLine == "relabelled the tie Amira K. — Al-Noor mosque")
    }

    @Test func changeAnIDKeepsTiesPlaceAndSelection() throws {
        var editor = Editor.on(sampleMap())
        editor.command("find hassan")
        let place = try #require(editor.layout.positions["hassan"])
        editor.command("id hassan-ali")
        #expect(editor.map.nodes["hassan"] == nil)
        #expect(editor.map.nodes["hassan-ali"]?.name == "Hassan")
        #expect(editor.map.links[0].via == "hassan-ali")
        #expect(editor.map.links[1].from == "hassan-ali")
        #expect(editor.layout.positions["hassan-ali"] == place)
        #expect(editor.selection == .node("hassan-ali"))
        #expect(editor.bottomLine == "Hassan now has the id 'hassan-ali'")
        editor.command("id amira service-user")
        #expect(editor.map.subject == "service-user")
    }

    @Test func deleteTheSelectionOrANamedNode() {
        var editor = Editor.on(sampleMap())
        editor.command("delete mosque")
        #expect(editor.map.nodes["mosque"] == nil)
        #expect(editor.map.links.count == 3)
        #expect(editor.bottomLine == "deleted Al-Noor mosque and 1 tie — u to undo")
        editor.command("delete")
        #expect(editor.bottomLine == "select a node or a tie first, or name it: :delete [A]")
        editor.command("find amira")
        editor.command("delete")
        #expect(editor.bottomLine == "Delete أميرة (Amira), the person at the centre, and 3 ties? y/n (u undoes)")
        #expect(editor.map.nodes["amira"] != nil)
        editor.press(.character("n"))
        #expect(editor.map.nodes["amira"] != nil)
        editor.command("delete")
        editor.press(.character("y"))
        #expect(editor.map.nodes["amira"] == nil)
        #expect(editor.map.subject == nil)
        #expect(editor.bottomLine == "deleted أميرة (Amira) and 3 ties — u to undo")
        editor.press(.character("u"))
        #expect(editor.bottomLine == "undid: delete أميرة (Amira) and 3 ties (1 more: u)")
        editor.press(.control("r"))
        #expect(editor.bottomLine == "redid: delete أميرة (Amira) and 3 ties")
    }

    @Test func subjectAndCommunityMap() {
        var editor = Editor.on(sampleMap())
        editor.command("subject -")
        #expect(editor.map.subject == nil)
        #expect(editor.bottomLine == "no subject: a community map")
        editor.command("subject Hassan")
        #expect(editor.map.subject == "hassan")
        #expect(editor.bottomLine == "Hassan is the subject")
    }

    @Test func titleTakesQuotedOrBareWords() {
        var editor = Editor.on(sampleMap())
        editor.command(#"title "Amira's network, May""#)
        #expect(editor.map.title == "Amira's network, May")
        #expect(editor.bottomLine == "title set")
        editor.command("title Amira and family")
        #expect(editor.map.title == "Amira and family")
    }

    @Test func pinWhereItIsOrAtAPointAndUnpin() throws {
        var editor = Editor.on(sampleMap())
        let drawn = try #require(editor.layout.positions["hassan"])
        editor.command("pin hassan")
        #expect(editor.map.nodes["hassan"]?.position == drawn)
        #expect(editor.bottomLine == "pinned Hassan at \(drawn)")
        editor.command("pin 12,-3")
        #expect(editor.map.nodes["amira"]?.position == MapPoint(x: 12, y: -3))
        #expect(editor.layout.positions["amira"] == MapPoint(x: 12, y: -3))
        editor.command("unpin")
        #expect(editor.map.nodes["amira"]?.position == nil)
        #expect(editor.bottomLine == "unpinned أميرة (Amira); the next layout places it")
    }

    @Test func detailsCommandTogglesThePanel() {
        var editor = Editor.on(sampleMap())
        editor.command("details")
        #expect(editor.showsDetails)
    }

    @Test func aWorkshopScriptBuildsAMap() {
        var editor = Editor.on(CareMap(), path: nil)
        for line in [
            #"title "Hassan's network""#,
            #"add person "Hassan" role=service-user lang=ar"#,
            "subject hassan",
            #"add place "Riverside GP surgery" id=gp role=gp-surgery ring=2"#,
            #"add person "Samira" role=interpreter lang=ar,en ring=2"#,
            #"link hassan -> gp "registered with" via=samira strength=tenuous"#,
            #"link samira hassan strength=strong support=practical"#,
            "set hassan gp quality=stressful",
            "layout rings",
        ] {
            editor.command(line)
            #expect(editor.message?.isError != true, "\(line): \(editor.bottomLine)")
        }
        #expect(editor.map == CareMap(
            title: "Hassan's network", subject: "hassan",
            nodes: [
                Node(id: "hassan", kind: .person, name: "Hassan", role: .serviceUser, languages: [LanguageTag("ar")]),
                Node(id: "gp", kind: .place, name: "Riverside GP surgery", role: .gpSurgery, ring: 2),
                Node(id: "samira", kind: .person, name: "Samira", role: .interpreter, languages: [LanguageTag("ar"), LanguageTag("en")], ring: 2),
            ],
            links: [
                Link(from: "hassan", to: "gp", direction: .forward, label: "registered with", strength: .tenuous, quality: .stressful, via: "samira"),
                Link(from: "samira", to: "hassan", strength: .strong, support: [.practical]),
            ]
        ))
        #expect(editor.map.problems().isEmpty)
    }
}
