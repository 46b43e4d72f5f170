@testable import CareMapApp
import CareMapCanvas
import CareMapKit
import Testing

/// The edit form: notes of several lines, choice fields that list and complete their values,
/// an unknown role refused with every role, errors wrapped.
@Suite struct FormEditingTests {
    static func formOn(_ id: NodeID, width: Int = 100, height: Int = 30) -> Editor {
        var editor = Editor.on(sampleMap(), width: width, height: height)
        editor.press(.character("g"))
        editor.type(id.rawValue)
        editor.press(.enter, .character("e"))
        return editor
    }

    static func focus(_ key: String, in editor: inout Editor) {
        while case .form(let form) = editor.mode, form.fields[form.focus].key != key { editor.press(.down) }
    }

    @Test func rowsWrapAtSpacesAndLineBreaks() {
        #expect(LineEditor.rows(of: "one two three", width: 8).map { String(Array("one two three")[$0]) } == ["one two ", "three"])
        #expect(LineEditor.rows(of: "a\nb", width: 8).map { String(Array("a\nb")[$0]) } == ["a", "b"])
        #expect(LineEditor.rows(of: "abcdefghij", width: 4).map { String(Array("abcdefghij")[$0]) } == ["abcd", "efgh", "ij"])
        #expect(LineEditor.rows(of: "", width: 4) == [0..<0])
    }

    @Test func lineKeysActOnTheLineOfTheCursor() {
        var text = LineEditor("first line\nsecond")
        #expect(text.handleLines(.up, width: 20) == .moved)
        #expect(text.cursorPosition(width: 20).row == 0)
        #expect(text.handleLines(.up, width: 20) == .ignored)
        #expect(text.handleLines(.control("e"), width: 20) == .moved)
        #expect(text.handleLines(.control("k"), width: 20) == .edited)
        #expect(text.text == "first linesecond")
        #expect(text.handleLines(.control("u"), width: 20) == .edited)
        #expect(text.text == "second")
        #expect(text.handleLines(.enter, width: 20) == .edited)
        #expect(text.text == "\nsecond")
        #expect(text.handleLines(.down, width: 20) == .ignored)
    }

    @Test func aNoteTakesSeveralLinesAndCtrlSApplies() {
        var editor = Self.formOn("hassan")
        Self.focus("notes", in: &editor)
        editor.type("Interprets at the GP.")
        editor.press(.enter)
        editor.type("Books a day ahead.")
        editor.press(.enter)
        editor.type("Not family.")
        #expect(editor.view().text.contains("Ctrl-S apply · Enter new line"))
        editor.press(.control("s"))
        #expect(editor.mode == .normal)
        #expect(editor.map.nodes["hassan"]?.notes == "Interprets at the GP.\nBooks a day ahead.\nNot family.")
    }

    @Test func aLongNoteWrapsInsteadOfRunningPastTheBorder() throws {
        var editor = Self.formOn("hassan", width: 80, height: 24)
        Self.focus("notes", in: &editor)
        let words = (1...40).map { "word\($0)" }.joined(separator: " ")
        editor.type(words)
        let frame = editor.view().text
        #expect(frame.contains("word40"), "the end of what is typed is shown")
        let cursor = try #require(editor.cursor)
        let area = try #require({ if case .form(let form) = editor.mode { editor.formArea(form) } else { nil } }())
        #expect(cursor.x < area.x + area.width - 1)
    }

    @Test func tabCompletesAChoiceFieldAndListsItsValues() {
        var editor = Editor.on(sampleMap())
        editor.command("select hassan")
        editor.press(.tab, .character("e"))
        Self.focus("strength", in: &editor)
        #expect(editor.view().text.contains("one of: strong, moderate, tenuous"))
        for _ in 0..<10 { editor.press(.backspace) }
        editor.type("mod")
        editor.press(.tab)
        guard case .form(let form) = editor.mode else { Issue.record("left the form"); return }
        #expect(form.fields[form.focus].value.text == "moderate")
        editor.press(.tab)
        guard case .form(let next) = editor.mode else { Issue.record("left the form"); return }
        #expect(next.fields[next.focus].key == "quality", "a whole value: Tab moves on")
    }

    @Test func anUnknownRoleIsRefusedWithEveryRoleThenKeptWhenConfirmed() {
        var editor = Self.formOn("hassan")
        Self.focus("role", in: &editor)
        for _ in 0..<20 { editor.press(.backspace) }
        editor.type("interp")
        editor.press(.enter)
        guard case .form(let form) = editor.mode else { Issue.record("the role was accepted silently"); return }
        #expect(form.error == "unknown role 'interp': the analysis knows only the roles listed above. Apply again to keep 'interp' as typed.")
        let frame = editor.view().text
        for role in Role.vocabulary { #expect(frame.contains(role.rawValue), "\(role) is listed") }
        #expect(editor.map.nodes["hassan"]?.role == .interpreter)
        editor.press(.enter)
        #expect(editor.mode == .normal)
        #expect(editor.map.nodes["hassan"]?.role == Role("interp"))
    }

    @Test func aLongErrorWrapsInsteadOfBeingCut() {
        var editor = Editor.on(sampleMap(), width: 60, height: 30)
        editor.command("select hassan")
        editor.press(.tab, .character("e"))
        Self.focus("quality", in: &editor)
        editor.type("x")
        editor.press(.enter)
        guard case .form(let form) = editor.mode, let error = form.error else { Issue.record("no error"); return }
        let frame = editor.view().text
        let lastWord = String(error.split(separator: " ").last!)
        #expect(DisplayWidth.columns(of: error) > 50)
        #expect(frame.contains(lastWord), "the end of the error is on screen: \(error)")
    }

    @Test func theCommandLineShowsAnUnknownExportFormatBeforeEnter() {
        var editor = Editor.on(sampleMap())
        editor.press(.character(":"))
        editor.type("export pd")
        #expect(editor.commandLineProblem == nil, "pdf is still possible")
        editor.type("x")
        #expect(editor.commandLineProblem == "unknown format 'pdx'; use one of \(ExportFormat.names)")
        #expect(editor.bottomLine.hasPrefix(":export pdx  unknown format 'pdx'"))
        for _ in 0..<3 { editor.press(.backspace) }
        editor.type("svg out.svg")
        #expect(editor.commandLineProblem == nil)
        editor.press(.escape, .character(":"))
        editor.type("exprot ")
        #expect(editor.commandLineProblem?.hasPrefix("unknown command 'exprot'") == true)
    }
}
