import CareMapApp
import CareMapCanvas
import CareMapKit
import Testing

/// Each editing command is one undo step: `u` once puts the map back exactly, Ctrl-R redoes it.
@Suite struct CommandUndoTests {
    @Test(arguments: [
        #"add person "Fatima" role=peer lang=ar ring=1"#,
        #"link hassan -> mosque "drives to" strength=moderate mode=in-person"#,
        "unlink amira hassan",
        "set hassan role=gp ring=3 notes=\"Tuesdays only\"",
        "set amira karim quality=stressful status=past support=emotional",
        #"rename hassan "Hassan Ali""#,
        #"rename amira mosque "prays at""#,
        "id hassan hassan-ali",
        "delete hassan",
        "subject -",
        "subject hassan",
        #"title "Amira, second session""#,
        "pin hassan 10,10",
        "pin",
        "set mosque at=1,2",
    ])
    func undoAndRedoOneCommand(line: String) {
        var editor = Editor.on(sampleMap())
        let original = editor.map
        let originalLayout = editor.layout
        editor.command(line)
        #expect(editor.message?.isError != true, "\(editor.bottomLine)")
        let edited = editor.map
        #expect(edited != original)
        #expect(editor.isModified)
        editor.press(.character("u"))
        #expect(editor.map == original)
        #expect(editor.layout == originalLayout)
        #expect(!editor.isModified)
        editor.press(.control("r"))
        #expect(editor.map == edited)
        editor.command("undo")
        #expect(editor.map == original)
        editor.command("redo")
        #expect(editor.map == edited)
    }

    @Test func unpinIsOneStepToo() {
        var map = sampleMap()
        map.nodes["hassan"]?.position = MapPoint(x: 5, y: 5)
        var editor = Editor.on(map)
        editor.command("unpin hassan")
        #expect(editor.map.nodes["hassan"]?.position == nil)
        editor.press(.character("u"))
        #expect(editor.map == map)
    }
}
