@testable import CareMapApp
import CareMapCanvas
import CareMapKit
import Testing

/// `:compare`: the map drawn against an earlier version, the changes panel, and going to a
/// change, driven as the run loop drives the editor.
@Suite struct CompareTests {
    /// The sample map at intake: Mrs Patel was there, Hassan's tie was moderate, no mosque yet.
    static var intake: CareMap {
        var old = sampleMap()
        old.nodes["mrs-patel"] = Node(id: "mrs-patel", kind: .person, name: "Mrs Patel", role: .teacher, ring: 3)
        old.appendLink(Link(from: "mrs-patel", to: "amira", label: "parents' evening"))
        old.links[1].strength = .moderate
        old.nodes.removeValue(forKey: "mosque")
        old.links.removeAll { $0.to == "mosque" }
        return old
    }

    /// An editor on the sample map compared with ``intake``, as `:compare intake.caremap` and
    /// the run loop's answer leave it.
    static func comparing(width: Int = 100, height: Int = 30) -> Editor {
        var editor = Editor.on(sampleMap(), width: width, height: height)
        let effects = editor.command("compare intake.caremap")
        #expect(effects == [.readVersion("intake.caremap", of: "amira.caremap")])
        editor.update(.versionRead("intake.caremap", result: .success(intake)))
        return editor
    }

    @Test func comparingListsTheChangesAndMarksTheMap() throws {
        let editor = Self.comparing()
        #expect(editor.mode == .changes(selected: 0))
        let screen = editor.view().text
        #expect(screen.contains("Changes since intake.caremap: "), "\(screen)")
        #expect(screen.contains("1. + new place: Al-Noor mosque\n"), "\(screen)")
        #expect(screen.contains("- removed person: Mrs Patel (teacher)"), "\(screen)")
        #expect(screen.contains("~ Proactive engagement in familiar spaces: not met → partly"), "domains in words:\n\(screen)")
        #expect(editor.statusLine.contains("vs intake.caremap: +2 -2 ~1 (C)"), "\(editor.statusLine)")
        let marks = try #require(editor.comparison?.compared.marks)
        #expect(marks.nodes == ["mosque": .added, "mrs-patel": .removed])
        #expect(editor.mapView.ghosts.keys.sorted() == ["mrs-patel"], "the person gone since is drawn, beside the layout")
        #expect(editor.map == sampleMap(), "comparing changes nothing in the map")
    }

    @Test func enterGoesToAChangeAndAPersonGoneSinceIsShownNotSelected() throws {
        var editor = Self.comparing()
        editor.press(.enter)
        #expect(editor.mode == .normal && editor.selection == .node("mosque"))
        #expect(editor.message?.text == "new place: Al-Noor mosque")
        editor.press(.character("C"), .down, .enter)
        #expect(editor.bottomLine.hasPrefix("removed person: Mrs Patel (teacher)"), "\(editor.bottomLine)")
        #expect(editor.selection == .node("mosque"), "a person gone since cannot be selected")
        let ghost = try #require(editor.mapView.ghosts["mrs-patel"])
        let drawn = editor.mapView.drawnPoint(ghost)
        #expect(editor.viewport.rect.contains(drawn), "the view is centred on where Mrs Patel is drawn")
        #expect(editor.view().text.contains("Mrs Patel"))
    }

    @Test func aTieChangedIsSelectedFromThePanel() throws {
        var editor = Self.comparing()
        let index = try #require(editor.changeEntries.firstIndex { $0.item.text.contains("strength moderate → strong") })
        for _ in 0..<index { editor.press(.down) }
        editor.press(.enter)
        #expect(editor.selection == .link(sampleMap().links[1].id), "\(editor.bottomLine)")
        #expect(editor.message?.text.hasSuffix("strength moderate → strong") == true)
    }

    @Test func editsWhileComparingAreMarkedAndDeletingMakesAGhost() throws {
        var editor = Self.comparing()
        editor.press(.escape)
        editor.command("delete hassan")
        #expect(editor.comparison?.compared.marks.nodes["hassan"] == .removed)
        #expect(editor.mapView.ghosts["hassan"] != nil, "hassan is drawn faint where he was kept")
        let diff = try #require(editor.comparison?.diff)
        #expect(diff.removed.contains(.node("hassan")))
        #expect(editor.statusLine.contains("vs intake.caremap: +\(diff.added.count) -\(diff.removed.count) ~\(diff.changed.count) (C)"),
                "\(editor.statusLine)")
        editor.press(.character("u"))
        #expect(editor.comparison?.compared.marks.nodes["hassan"] == nil)
        #expect(editor.mapView.ghosts["hassan"] == nil)
    }

    @Test func compareOffDrawsTheMapAsItIs() {
        var editor = Self.comparing()
        editor.press(.escape)
        editor.command("compare off")
        #expect(editor.comparison == nil && editor.mapView.ghosts.isEmpty)
        #expect(editor.bottomLine == "comparison with intake.caremap ended")
        #expect(!editor.view().text.contains("Mrs Patel"))
        #expect(!editor.statusLine.contains("vs "))
    }

    @Test func whatCannotBeComparedSaysWhy() {
        var editor = Editor.on(sampleMap())
        editor.press(.character("C"))
        #expect(editor.message?.text == "C lists changes while comparing: :compare FILE, or a git revision such as :compare HEAD~1")
        editor.command("compare")
        #expect(editor.message?.text == "compare with what? :compare FILE, or a git revision of this map such as :compare HEAD~1")
        editor.command("compare HEAD~9")
        editor.update(.versionRead("HEAD~9", result: .failure(EffectFailure("no file is called HEAD~9, and git cannot show it: invalid object name 'HEAD~9'."))))
        #expect(editor.message?.text == "cannot compare with HEAD~9: no file is called HEAD~9, and git cannot show it: invalid object name 'HEAD~9'.")
        #expect(editor.comparison == nil)
        editor.update(.versionRead("same.caremap", result: .success(sampleMap())))
        #expect(editor.mode == .normal)
        #expect(editor.message?.text == "the map says what same.caremap says; edits from now on are marked (:compare off ends)")
    }

    @Test func theCurtainHidesTheVersionsNameAndTheWords() {
        var editor = Self.comparing()
        editor.press(.escape, .character("P"), .character("C"))
        let screen = editor.view().text
        #expect(screen.contains("Changes since the earlier version"), "\(screen)")
        #expect(!screen.contains("intake.caremap") && !screen.contains("Mrs Patel") && !screen.contains("parents' evening"), "\(screen)")
    }

    @Test func aClickOnAPersonGoneSinceSelectsNothing() throws {
        var editor = Self.comparing()
        editor.press(.escape)
        let ghost = try #require(editor.mapView.ghosts["mrs-patel"])
        let drawn = editor.mapView.drawnPoint(ghost)
        editor.mapView.centre(on: ghost)
        let area = editor.screenLayout.map
        let x = drawn.x - editor.viewport.origin.x + area.x, y = drawn.y - editor.viewport.origin.y + area.y
        editor.update(.input(.mouse(MouseEvent(x: x, y: y, action: .press)), now: 0))
        #expect(editor.selection != .node("mrs-patel"))
    }
}
