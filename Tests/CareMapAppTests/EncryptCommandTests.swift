import CareMapApp
import CareMapCanvas
import CareMapKit
import Testing

/// `:encrypt`: the open map saved encrypted beside the plain one (or over itself when already
/// encrypted), to age keys or with a passphrase typed twice in a masked prompt.
@Suite struct EncryptCommandTests {
    static let key = "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj"

    @Test func encryptingToAKeySavesBesideThePlainMapAndSaysItIsStillThere() {
        var editor = Editor.on(sampleMap())
        let effects = editor.command("encrypt \(Self.key)")
        #expect(effects == [.saveEncrypted(editor.map, path: "amira.caremap.age", encryption: .keys([Self.key]))])
        #expect(editor.bottomLine == "encrypting into amira.caremap.age…")
        _ = editor.update(.saved(path: "amira.caremap.age", result: .success(())))
        #expect(editor.path == "amira.caremap.age")
        #expect(editor.bottomLine == "saved amira.caremap.age, encrypted; amira.caremap is still there in plain text")
        // Encrypting again re-encrypts the same file.
        #expect(editor.command("encrypt \(Self.key)") == [.saveEncrypted(editor.map, path: "amira.caremap.age", encryption: .keys([Self.key]))])
        _ = editor.update(.saved(path: "amira.caremap.age", result: .success(())))
        #expect(editor.bottomLine == "saved amira.caremap.age")
    }

    @Test func aPassphraseIsTypedTwiceAndNeverShown() {
        var editor = Editor.on(sampleMap())
        #expect(editor.command("encrypt") == [])
        #expect(editor.bottomLine == "Passphrase for amira.caremap.age:")
        editor.type("olive tree")
        #expect(editor.bottomLine == "Passphrase for amira.caremap.age: ••••••••••")
        #expect(!editor.view().text.contains("olive"))
        #expect(editor.press(.enter) == [])
        #expect(editor.bottomLine == "The same passphrase again:")
        let effects = editor.type("olive tree") + editor.press(.enter)
        #expect(effects == [.saveEncrypted(editor.map, path: "amira.caremap.age", encryption: .passphrase("olive tree"))])
    }

    @Test func passphrasesThatDifferOrAreEmptyEncryptNothing() {
        var editor = Editor.on(sampleMap())
        _ = editor.command("encrypt")
        editor.type("olive tree")
        editor.press(.enter)
        #expect(editor.type("olive trey") + editor.press(.enter) == [])
        #expect(editor.bottomLine == "the passphrases differ; not encrypted")
        _ = editor.command("encrypt")
        #expect(editor.press(.enter) == [])
        #expect(editor.bottomLine == "an empty passphrase protects nothing; not encrypted")
        #expect(editor.mode == .normal)
    }

    @Test func aMapNeverSavedIsSavedFirst() {
        var editor = Editor.on(CareMap(), path: nil)
        #expect(editor.command("encrypt \(Self.key)") == [])
        #expect(editor.bottomLine == "save the map first (:w NAME), then encrypt it")
    }
}
