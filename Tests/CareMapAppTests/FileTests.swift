import CareMapApp
import CareMapCanvas
import CareMapKit
import Testing

@Suite struct FileTests {
    private func edited() -> Editor {
        var editor = Editor.on(sampleMap())
        editor.press(.character("a"))
        editor.type("Omar")
        editor.press(.enter, at: 10)
        return editor
    }

    @Test func ctrlSSavesTheMapAndTheSuccessClearsTheModifiedMark() {
        var editor = edited()
        let effects = editor.press(.control("s"))
        #expect(effects == [.save(editor.map, path: "amira.caremap")])
        #expect(editor.isModified)
        #expect(editor.update(.saved(path: "amira.caremap", result: .success(()))) == [])
        #expect(!editor.isModified)
        #expect(!editor.statusLine.contains("[+]"))
        #expect(editor.bottomLine == "saved amira.caremap")
    }

    @Test func aFailedSaveKeepsTheWorkAndSaysWhy() {
        var editor = edited()
        editor.press(.control("s"))
        _ = editor.update(.saved(path: "amira.caremap", result: .failure(EffectFailure("permission denied"))))
        #expect(editor.isModified)
        #expect(editor.bottomLine == "could not save amira.caremap: permission denied")
    }

    @Test func aNewMapAsksForAFileName() {
        var editor = Editor.on(CareMap(), path: nil)
        editor.press(.character("a"))
        editor.type("Amira")
        editor.press(.enter, .control("s"))
        #expect(editor.bottomLine == "Save as:")
        let effects = editor.type("amira") + editor.press(.enter)
        #expect(effects == [.save(editor.map, path: "amira.caremap")])
        _ = editor.update(.saved(path: "amira.caremap", result: .success(())))
        #expect(editor.path == "amira.caremap")
        #expect(editor.statusLine.hasPrefix(" amira.caremap │"))
    }

    @Test func quitWithUnsavedChangesAsks() {
        var editor = edited()
        #expect(editor.press(.character("q")) == [])
        #expect(editor.bottomLine == "Save changes? y/n/Esc")
        #expect(editor.press(.escape) == [])
        #expect(editor.mode == .normal)
        editor.press(.character("q"))
        #expect(editor.press(.character("y")) == [.save(editor.map, path: "amira.caremap")])
        #expect(editor.update(.saved(path: "amira.caremap", result: .success(()))) == [.quit])
    }

    @Test func answeringNoQuitsWithoutSaving() {
        var editor = edited()
        editor.press(.character("q"))
        #expect(editor.press(.character("n")) == [.quit])
    }

    @Test func quitWithNothingToSaveQuitsAtOnce() {
        var editor = Editor.on(sampleMap())
        #expect(editor.press(.character("q")) == [.quit])
    }

    @Test func forceQuitDiscardsAndDeletesOurRecoveryFile() {
        var editor = edited()
        #expect(editor.update(.input(.idle, now: 13)) == [.writeRecovery(editor.map, path: "amira.caremap.recovery")])
        editor.press(.character(":"))
        editor.type("q!")
        #expect(editor.press(.enter) == [.deleteRecovery(path: "amira.caremap.recovery"), .quit])
    }

    @Test func autosaveWritesRecoveryAfterTwoIdleSeconds() {
        var editor = edited()
        #expect(editor.update(.input(.idle, now: 11)) == [])
        #expect(editor.update(.input(.idle, now: 12)) == [.writeRecovery(editor.map, path: "amira.caremap.recovery")])
        #expect(editor.update(.input(.idle, now: 20)) == [])
    }

    @Test func autosaveWritesRecoveryEveryTwentyEdits() {
        var editor = Editor.on(sampleMap())
        var effects: [Effect] = []
        for index in 0..<20 {
            effects += editor.press(.character("a"), at: Double(index) / 10)
            effects += editor.type("n\(index)", at: Double(index) / 10)
            effects += editor.press(.enter, at: Double(index) / 10)
        }
        #expect(effects == [.writeRecovery(editor.map, path: "amira.caremap.recovery")])
    }

    @Test func savingDeletesTheRecoveryFileWeWrote() {
        var editor = edited()
        _ = editor.update(.input(.idle, now: 12))
        editor.press(.control("s"))
        #expect(editor.update(.saved(path: "amira.caremap", result: .success(()))) == [.deleteRecovery(path: "amira.caremap.recovery")])
    }

    @Test func aFileChangedOnDiskIsNotOverwrittenWithoutAsking() {
        var editor = edited()
        _ = editor.update(.fileChangedOnDisk(path: "amira.caremap"))
        #expect(editor.press(.control("s")) == [])
        #expect(editor.bottomLine == "amira.caremap changed on disk since it was opened. Overwrite it? y/n")
        #expect(editor.press(.character("y")) == [.save(editor.map, path: "amira.caremap")])
    }

    @Test func exportCommandAsksTheRunLoop() {
        var editor = Editor.on(sampleMap())
        editor.press(.character(":"))
        editor.type("export dot amira.dot")
        #expect(editor.press(.enter) == [.export(format: .dot, map: sampleMap(), path: "amira.dot")])
        _ = editor.update(.exported(path: "amira.dot", result: .success(())))
        #expect(editor.bottomLine == "exported amira.dot")
    }

    @Test func startScreenOpensASampleOrANewMap() {
        var editor = Editor(samples: [StartItem(title: "Amira's network of care", path: "samples/amira.caremap")], width: 80, height: 24)
        #expect(editor.view().text.contains("▸ Amira's network of care"))
        #expect(editor.press(.enter) == [.openCopy(path: "samples/amira.caremap")])
        _ = editor.update(.opened(path: "samples/amira.caremap", result: .success(sampleMap())))
        #expect(editor.mode == .normal)
        #expect(editor.map == sampleMap())
        #expect(editor.path == nil, "a sample opens as an untitled copy")
        #expect(editor.bottomLine == "a copy of amira.caremap, not yet saved: Ctrl-S asks for a name")
        editor.press(.control("s"))
        #expect(editor.bottomLine.hasPrefix("Save as:"))

        var fresh = Editor(samples: [StartItem(title: "Amira", path: "a.caremap")], width: 80, height: 24)
        fresh.press(.down)
        #expect(fresh.view().text.contains("▸ New map"))
        fresh.press(.enter)
        #expect(fresh.mode == .normal)
        #expect(fresh.map.nodes.isEmpty)
    }

    @Test func aMissingFileSaysNewFileUntilSaved() {
        var editor = Editor(map: CareMap(), path: "new.caremap", isNewFile: true, width: 100, height: 30)
        #expect(editor.bottomLine == "new file: new.caremap is made when you save (Ctrl-S)")
        #expect(editor.statusLine.hasPrefix(" new.caremap (new file) │"))
        #expect(editor.press(.control("s")) == [.save(CareMap(), path: "new.caremap")])
        _ = editor.update(.saved(path: "new.caremap", result: .success(())))
        #expect(editor.statusLine.hasPrefix(" new.caremap │"))
    }

    @Test func aFileThatCannotBeWrittenOpensReadOnly() {
        var editor = Editor.on(sampleMap())
        _ = editor.update(.cannotWrite(path: "amira.caremap", reason: "it is marked read-only, mode 444"))
        #expect(editor.isReadOnly)
        #expect(editor.bottomLine == "read-only: amira.caremap cannot be written: it is marked read-only, mode 444")
        #expect(editor.press(.control("s")) == [])
        #expect(editor.bottomLine == "read-only: amira.caremap cannot be written: it is marked read-only, mode 444; :w NAME saves a copy")
        #expect(editor.command("w copy.caremap") == [.save(sampleMap(), path: "copy.caremap")])
    }

    @Test func commandLineCompletesWithTab() {
        var editor = Editor.on(sampleMap())
        editor.press(.character(":"))
        editor.type("la")
        editor.press(.tab)
        #expect(editor.bottomLine == ":layout")
        editor.type("f")
        editor.press(.tab)
        #expect(editor.bottomLine == ":layout force")
        editor.press(.enter)
        #expect(editor.layout.style == .force)
        editor.press(.character(":"))
        editor.type("zoom ")
        editor.press(.tab, .tab)
        #expect(editor.bottomLine == ":zoom labels")
    }

    @Test func unknownCommandsSuggestTheNearestOne() {
        var editor = Editor.on(sampleMap())
        editor.press(.character(":"))
        editor.type("layuot rings")
        editor.press(.enter)
        #expect(editor.bottomLine == "unknown command 'layuot'; did you mean 'layout'?")
        editor.press(.character(":"))
        editor.type("add person")
        editor.press(.enter)
        #expect(editor.bottomLine == "usage: :add person|place|group \"NAME\" [key=value…]")
    }
}
