import CareMapApp
import CareMapCanvas
import CareMapKit
import Testing

/// Tab on the `:` line: commands, the words arguments take, node ids and names, attribute keys
/// and values, all read from the command reference.
@Suite struct CommandCompletionTests {
    @Test(arguments: [
        ("un", "unlink "),
        ("add pl", "add place "),
        ("export j", "export json "),
        ("link am", "link amira "),
        ("link amira Riv", "link amira riverside-gp "),
        ("link amira -> mos", "link amira -> mosque "),
        ("delete al-n", "delete mosque "),
        (#"rename "Has"#, #"rename "Hassan" "#),
        ("set ro", "set role="),
        ("set hassan ro", "set hassan role="),
        ("set hassan role=inter", "set hassan role=interpreter "),
        ("set hassan ring=", "set hassan ring=1 "),
        ("set hassan lang=e", "set hassan lang=en"),
        ("set hassan lang=ar,", "set hassan lang=ar,en"),
        ("set hassan domains=network,comm", "set hassan domains=network,community"),
        ("set amira karim str", "set amira karim strength="),
        ("set amira karim quality=s", "set amira karim quality=supportive "),
        ("link amira karim via=has", "link amira karim via=hassan "),
        ("link amira karim mode=in", "link amira karim mode=in-person"),
        (#"add person "Ali" i"#, #"add person "Ali" id="#),
        (#"add place "Library" role=sch"#, #"add place "Library" role=school "#),
    ])
    func tabCompletes(line: String, expected: String) {
        var editor = Editor.on(sampleMap())
        #expect(editor.complete(line) == expected)
    }

    @Test func tabCyclesAndTheStatusLineListsTheChoices() {
        var editor = Editor.on(sampleMap())
        editor.press(.character(":"))
        editor.type("set hassan role=s")
        editor.press(.tab)
        #expect(editor.bottomLine == ":set hassan role=service-user")
        #expect(editor.message?.text == "role=service-user  role=social-worker  role=settlement-worker  role=sexual-health-clinic  role=school")
        editor.press(.tab)
        #expect(editor.bottomLine == ":set hassan role=social-worker")
    }

    @Test func aSingleCompletionLetsTabGoOnToTheNextWord() {
        var editor = Editor.on(sampleMap())
        #expect(editor.complete("set has", times: 2) == "set hassan name=")
        editor.press(.character(":"))
        editor.type("set has")
        editor.press(.tab)
        editor.type("ri")
        editor.press(.tab)
        #expect(editor.bottomLine == ":set hassan riverside-gp")
        #expect(editor.message?.text == "riverside-gp  ring=")
        editor.press(.tab)
        #expect(editor.bottomLine == ":set hassan ring=")
        editor.press(.backspace, .tab, .tab)
        #expect(editor.bottomLine == ":set hassan ring=1")
    }

    @Test func aSelectedTieCompletesTieKeys() {
        var editor = Editor.on(sampleMap())
        editor.press(.tab)
        #expect(editor.complete("set sup") == "set support=")
        #expect(editor.complete("set dir") == "set direction=")
    }

    @Test func textArgumentsAndQuotedValuesOfferNothing() {
        var editor = Editor.on(sampleMap())
        #expect(editor.complete("title Am") == "title Am")
        #expect(editor.complete(#"set notes="Tu"#) == #"set notes="Tu"#)
        #expect(editor.message?.text == "no completion")
    }

    @Test func theCurtainHidesIdsAndNames() {
        var editor = Editor.on(sampleMap())
        editor.press(.character("P"))
        #expect(editor.complete("link am") == "link am")
        #expect(editor.complete("link amira karim via=") == "link amira karim via=")
        #expect(editor.complete("set ro") == "set role=")
    }

    @Test func completedNamesAreQuotedSoTheyReadBack() {
        var map = sampleMap()
        map.nodes["hassan"]?.name = "Hassan \"Abu Ali\"\u{202E}"
        var editor = Editor.on(map)
        let line = editor.complete(#"rename "Hassan"#)
        #expect(line == #"rename "Hassan \"Abu Ali\"\u{202E}" "#)
    }
}
