import CareMapApp
import CareMapCanvas
import CareMapKit
import Testing

/// A map open in another editor: the second one is read-only, says so, and never writes over
/// the file or the other editor's recovery file.
@Suite struct ReadOnlyTests {
    static let holder = "another caremap, process 4242 on workshop-laptop since 2026-11-25 11:02 UTC"

    private func readOnly() -> Editor {
        var editor = Editor.on(sampleMap(), width: 160)
        #expect(editor.update(.lockHeld(path: "amira.caremap", holder: Self.holder)) == [])
        return editor
    }

    @Test func aLockHeldElsewhereMakesTheEditorReadOnlyAndSaysWho() {
        let editor = readOnly()
        #expect(editor.isReadOnly)
        #expect(editor.bottomLine == "read-only: amira.caremap is open in \(Self.holder)")
        #expect(editor.statusLine.contains("│ READ-ONLY "))
    }

    @Test func aLockOnAnotherFileChangesNothing() {
        var editor = Editor.on(sampleMap(), width: 160)
        #expect(editor.update(.lockHeld(path: "other.caremap", holder: Self.holder)) == [])
        #expect(!editor.isReadOnly)
        #expect(!editor.statusLine.contains("READ-ONLY"))
    }

    @Test func savingOverTheLockedFileIsRefusedAndTheEditsStay() {
        var editor = readOnly()
        editor.press(.character("a"))
        editor.type("Omar")
        editor.press(.enter)
        #expect(editor.press(.control("s")) == [])
        #expect(editor.bottomLine == "read-only: amira.caremap is open in another caremap; :w NAME saves a copy")
        #expect(editor.isModified)
        #expect(editor.map.nodes.values.contains { $0.name == "Omar" })
    }

    @Test func quittingWithUnsavedWorkCannotSaveOverTheLockedFile() {
        var editor = readOnly()
        editor.press(.character("a"))
        editor.type("Omar")
        editor.press(.enter, .character("q"))
        #expect(editor.press(.character("y")) == [])
        #expect(editor.bottomLine == "read-only: amira.caremap is open in another caremap; :w NAME saves a copy")
        #expect(editor.press(.character("q"), .character("n")) == [.quit])
    }

    @Test func aCopyUnderAnotherNameCanBeSavedAndIsEditable() {
        var editor = readOnly()
        editor.press(.character(":"))
        editor.type("w copy.caremap")
        #expect(editor.press(.enter) == [.save(editor.map, path: "copy.caremap")])
        #expect(editor.update(.saved(path: "copy.caremap", result: .success(()))) == [])
        #expect(!editor.isReadOnly)
        #expect(editor.path == "copy.caremap")
    }

    @Test func noRecoveryFileIsWrittenOrOffered() {
        var editor = readOnly()
        editor.press(.character("a"))
        editor.type("Omar")
        editor.press(.enter, at: 1)
        #expect(editor.update(.input(.idle, now: 10)) == [])
        var recovered = editor.map
        recovered.title = "recovered"
        #expect(editor.update(.recoveryFound(path: "amira.caremap.recovery", map: recovered)) == [])
        #expect(editor.mode == .normal)
    }

    @Test func aStaleLockTakenOverIsReported() {
        var editor = Editor.on(sampleMap(), width: 160)
        let holder = "process 4242 on workshop-laptop since 2026-11-25 11:02 UTC"
        #expect(editor.update(.lockTakenOver(path: "amira.caremap", holder: holder)) == [])
        #expect(!editor.isReadOnly)
        #expect(editor.bottomLine == "took over the lock on amira.caremap from \(holder), which is no longer running")
    }
}
