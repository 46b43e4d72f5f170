import CareMapApp
import CareMapCanvas
import CareMapKit
import Testing

/// `:action` and `:done`: next steps kept in the map, typed on the command line.
@Suite struct CommandActionTests {
    @Test func actionAboutNamedNodesWithOwnerAndReview() throws {
        var editor = Editor.on(sampleMap())
        editor.command(#"action "Book a Dari phone interpreter" amira Riverside owner="Hassan (caseworker)" review=2026-12-15 domains=communication"#)
        let action = try #require(editor.map.actions["book-a-dari-phone-interpreter"])
        #expect(action == CareAction(id: "book-a-dari-phone-interpreter", text: "Book a Dari phone interpreter", about: ["amira", "riverside-gp"],
                                     owner: "Hassan (caseworker)", review: CalendarDate(year: 2026, month: 12, day: 15), domains: [.communication]))
        #expect(editor.bottomLine == "added action book-a-dari-phone-interpreter · :done book-a-dari-phone-interpreter when it is done")
        #expect(editor.isModified)
    }

    @Test func actionWithoutNodesIsAboutTheSelection() {
        var editor = Editor.on(sampleMap())
        editor.command("find mosque")
        editor.command(#"action "Ask the imam about a women's group" id=ask-imam"#)
        #expect(editor.map.actions["ask-imam"]?.about == ["mosque"])
    }

    @Test func doneMarksItDoneAndUndoBringsItBack() {
        var editor = Editor.on(sampleMap())
        editor.command(#"action "Ring the surgery" id=ring"#)
        editor.command("done ring")
        #expect(editor.map.actions["ring"]?.status == .done)
        #expect(editor.bottomLine == "action ring is done")
        editor.command("undo")
        #expect(editor.map.actions["ring"]?.status == .open)
    }

    @Test(arguments: [
        ("action", "usage: :action \"TEXT\" [A…] [key=value…]"),
        (#"action "Ring" nobody"#, "no node called 'nobody'"),
        (#"action "Ring" review=2026-02-30"#, "review: malformed date '2026-02-30'; write a real day as YYYY-MM-DD, e.g. review=2026-12-15"),
        (#"action "Ring" status=finished"#, "status: unknown action status 'finished'; use one of open, done, dropped"),
        (#"action "Ring" strength=strong"#, "unknown attribute 'strength'; use one of id, about, owner, review, status, domains, notes"),
        (#"action "Ring" id=Bad"#, "malformed id 'Bad'; ids use lowercase letters, digits and '-', starting with a letter or digit"),
        ("done nothing", "no action with id 'nothing'"),
        ("done", "usage: :done ACTION"),
    ])
    func refusalsSayWhy(line: String, expected: String) {
        var editor = Editor.on(sampleMap())
        editor.command(line)
        #expect(editor.bottomLine == expected)
        #expect(editor.map.actions.isEmpty)
    }

    @Test func tabCompletesActionsKeysAndValues() {
        var editor = Editor.on(sampleMap())
        editor.command(#"action "Ring the surgery" id=ring-gp"#)
        #expect(editor.complete("done ri") == "done ring-gp ")
        #expect(editor.complete(#"action "Ring" amira ow"#) == #"action "Ring" amira owner="#)
        #expect(editor.complete(#"action "Ring" status=d"#) == #"action "Ring" status=done "#)
        #expect(editor.complete(#"action "Ring" about=amira,has"#) == #"action "Ring" about=amira,hassan"#)
        #expect(editor.complete(#"action "Ring" Riv"#) == #"action "Ring" riverside-gp "#)
    }
}
