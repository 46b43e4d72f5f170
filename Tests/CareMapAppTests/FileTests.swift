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
        #expect(editor.press(.enter) == [.openFile(path: "samples/amira.caremap")])
        _ = editor.update(.opened(path: "samples/amira.caremap", result: .success(sampleMap())))
        #expect(editor.mode == .normal)
        #expect(editor.map == sampleMap())
        #expect(editor.path == "samples/amira.caremap")

        var fresh = Editor(samples: [StartItem(title: "Amira", path: "a.caremap")], width: 80, height: 24)
        fresh.press(.down)
        #expect(fresh.view().text.contains("▸ New map"))
        fresh.press(.enter)
        #expect(fresh.mode == .normal)
        #expect(fresh.map.nodes.isEmpty)
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
