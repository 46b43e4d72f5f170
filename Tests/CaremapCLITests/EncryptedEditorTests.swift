import AgeFormat
import CareMapKit
import Foundation
import Testing

/// Encrypted maps at a terminal, under tmux: passphrases typed where `age` and caremap ask for
/// them, and an editor session on an encrypted map that leaves nothing readable on disk, even
/// when killed.
@Suite(.serialized) struct EncryptedEditorTests {
    static let tools: Bool = TmuxSession.tmux != nil && Caremap.tool("age") != nil
    static let toolsMissing: Comment = "tmux or age is not installed; install them (apt-get install tmux age), as .ci/run does"
    static let passphrase = "olive tree by the river"

    /// Runs `arguments` in a tmux session, answering every passphrase prompt in `prompts` in
    /// turn, and waits for it to exit; returns what the terminal showed.
    static func typingPassphrases(_ arguments: [String], prompts: [String], in folder: URL) throws -> String {
        let session = try TmuxSession(arguments, in: folder)
        defer { session.end() }
        for prompt in prompts {
            #expect(try session.waitFor(prompt, timeout: 20).matched, "no prompt '\(prompt)'")
            try session.type(passphrase)
            try session.send("Enter")
        }
        #expect(try session.waitForExit(timeout: 30))
        return try session.transcript()
    }

    @Test(.enabled(if: tools, toolsMissing))
    func aPassphraseFileRoundTripsThroughAge() throws {
        let (folder, plain) = try EditorSessionTests.copyOfSample("amira.caremap")
        defer { try? FileManager.default.removeItem(at: folder) }
        let age = try #require(Caremap.tool("age")).path

        // caremap encrypts, age decrypts.
        let encrypted = try Self.typingPassphrases(
            [Caremap.binary.path, "encrypt", "amira.caremap", "--passphrase"],
            prompts: ["Passphrase for 'amira.caremap.age':", "The same passphrase again:"], in: folder
        )
        #expect(encrypted.contains("encrypted amira.caremap into amira.caremap.age"))
        #expect(!encrypted.contains(Self.passphrase), "the passphrase was echoed")
        _ = try Self.typingPassphrases([age, "-d", "-o", "from-age.caremap", "amira.caremap.age"], prompts: ["Enter passphrase"], in: folder)
        #expect(try Data(contentsOf: folder.appendingPathComponent("from-age.caremap")) == Data(contentsOf: plain))

        // age encrypts, caremap reads.
        _ = try Self.typingPassphrases([age, "-p", "-o", "by-age.caremap.age", "amira.caremap"], prompts: ["Enter passphrase", "Confirm passphrase"], in: folder)
        let checked = try Self.typingPassphrases([Caremap.binary.path, "check", "by-age.caremap.age"], prompts: ["Passphrase for 'by-age.caremap.age':"], in: folder)
        #expect(checked.contains("by-age.caremap.age: ok (28 nodes, 38 links)"))
        #expect(!checked.contains(Self.passphrase), "the passphrase was echoed")
    }

    @Test(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed; install it (apt-get install tmux) to type at a terminal"))
    func ctrlCAtThePassphrasePromptGivesTheTerminalItsEchoBack() throws {
        let (folder, _) = try EditorSessionTests.copyOfSample("amira.caremap")
        defer { try? FileManager.default.removeItem(at: folder) }
        // The shell ignores SIGINT so that it lives on to print the terminal's settings.
        let script = "trap '' INT; '\(Caremap.binary.path)' encrypt amira.caremap --passphrase; echo status $?; stty -a"
        let session = try TmuxSession(["sh", "-c", script], in: folder)
        defer { session.end() }
        #expect(try session.waitFor("Passphrase for 'amira.caremap.age':").matched)
        try session.send("C-c")
        #expect(try session.waitForExit())
        let transcript = try session.transcript()
        #expect(transcript.contains("status 130"))
        #expect(transcript.contains(" echo ") && !transcript.contains("-echo "), "\(transcript)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("amira.caremap.age").path))
    }

    @Test(.enabled(if: tools, toolsMissing))
    func theEditorOpensWhatAgeEncryptsToAnIdentity() throws {
        let (folder, identity) = try EncryptionCommandTests.folderWithKey()
        defer { try? FileManager.default.removeItem(at: folder) }
        let age = try Caremap.run(try #require(Caremap.tool("age")), ["-r", identity.recipient.description, "-o", "amira.caremap.age", "amira.caremap"], in: folder)
        #expect(age.status == 0, "\(age.stderr)")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("amira.caremap"))
        let session = try EditorSessionTests.start(["--identity", "key.txt", "amira.caremap.age"], in: folder)
        defer { session.end() }
        #expect(try session.waitFor("amira.caremap.age").matched)
        #expect(try session.waitFor("Samira").matched)
        try session.send("q")
        #expect(try session.waitForExit())
    }

    @Test(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed; install it (apt-get install tmux) to run the editor end to end"))
    func encryptInTheEditorKeepsTheMapEncryptedFromThenOn() throws {
        let (folder, identity) = try EncryptionCommandTests.folderWithKey()
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try EditorSessionTests.start(["amira.caremap"], in: folder)
        defer { session.end() }
        #expect(try session.waitFor("amira.caremap").matched)
        try session.type(":encrypt \(identity.recipient)")
        try session.send("Enter")
        #expect(try session.waitFor("saved amira.caremap.age, encrypted; amira.caremap is still there in plain text").matched)
        try Self.add("Zainab Haddad", in: session)
        try Self.saveAndQuit(session)
        let map = try #require(try CareMapFile.load(contentsOf: folder.appendingPathComponent("amira.caremap.age"), keys: MapKeys(identities: [identity])).result.map)
        #expect(map.nodes.values.contains { $0.name == "Zainab Haddad" })
        #expect(try Self.filesHolding("Zainab Haddad", in: folder) == [])
    }

    @Test(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed; install it (apt-get install tmux) to run the editor end to end"))
    func aTeamMapWhoseKeysAreNotNamedOpensReadOnly() throws {
        let (folder, identity) = try EncryptionCommandTests.folderWithKey()
        defer { try? FileManager.default.removeItem(at: folder) }
        let colleague = X25519Identity().recipient.description
        #expect(try Caremap.run(["encrypt", "amira.caremap", "--recipient", identity.recipient.description, "--recipient", colleague], in: folder).status == 0)
        let session = try EditorSessionTests.start(["--identity", "key.txt", "amira.caremap.age"], in: folder)
        defer { session.end() }
        #expect(try session.waitFor("amira.caremap.age cannot be written: it is encrypted to 2 age keys").matched)
        #expect(try session.waitFor("READ-ONLY").matched)
        try session.send("q")
        #expect(try session.waitForExit())
    }

    static func add(_ name: String, in session: TmuxSession) throws {
        try session.send("a")
        try session.type(name)
        try session.send("Enter")
        #expect(try session.waitFor("added").matched)
    }

    static func saveAndQuit(_ session: TmuxSession) throws {
        try session.send("C-s")
        #expect(try session.waitFor("saved amira.caremap.age").matched)
        try session.send("q")
        #expect(try session.waitForExit())
    }

    /// Every file in `folder`, hidden ones too, that holds `text` in clear.
    static func filesHolding(_ text: String, in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { name in
            let bytes = (try? Data(contentsOf: folder.appendingPathComponent(name))) ?? Data()
            return bytes.range(of: Data(text.utf8)) != nil
        }
    }

    @Test(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed; install it (apt-get install tmux) to run the editor end to end"))
    func anEditorKilledOnAnEncryptedMapLeavesNothingReadable() throws {
        let (folder, identity) = try EncryptionCommandTests.folderWithKey()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Caremap.run(["encrypt", "amira.caremap", "--recipient", identity.recipient.description], in: folder).status == 0)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("amira.caremap"))
        let file = folder.appendingPathComponent("amira.caremap.age")
        let recovery = folder.appendingPathComponent("amira.caremap.age.recovery")
        let keys = MapKeys(identities: [identity])
        let saved = "Zainab Haddad"
        let unsaved = "Yusuf Haddad"

        let session = try EditorSessionTests.start(["--identity", "key.txt", "amira.caremap.age"], in: folder)
        defer { session.end() }
        #expect(try session.waitFor("amira.caremap.age").matched)
        for name in [saved, unsaved] {
            try Self.add(name, in: session)
            if name == saved {
                try session.send("C-s")
                #expect(try session.waitFor("saved amira.caremap.age").matched)
            }
        }
        // The recovery file follows two quiet seconds after the last edit.
        let deadline = Date().addingTimeInterval(20)
        var recovered: CareMap?
        while Date() < deadline, recovered == nil {
            recovered = (try? CareMapFile.load(contentsOf: recovery, keys: keys))?.result.map.flatMap { map in
                map.nodes.values.contains { $0.name == unsaved } ? map : nil
            }
            if recovered == nil { Thread.sleep(forTimeInterval: 0.1) }
        }
        #expect(recovered != nil, "the recovery file never held the unsaved edit")
        kill(try session.pid(), SIGKILL)
        #expect(try session.waitForExit())
        #expect(try Self.filesHolding(saved, in: folder) == [])
        #expect(try Self.filesHolding(unsaved, in: folder) == [])
        #expect(try Self.filesHolding("Samira", in: folder) == [])

        let again = try EditorSessionTests.start(["--identity", "key.txt", "amira.caremap.age"], in: folder)
        defer { again.end() }
        #expect(try again.waitFor("Unsaved work from an earlier session is in amira.caremap.age.recovery. Restore it? y/n").matched)
        try again.send("y")
        #expect(try again.waitFor("restored unsaved work").matched)
        try Self.saveAndQuit(again)
        let map = try #require(try CareMapFile.load(contentsOf: file, keys: keys).result.map)
        #expect(map.nodes.values.contains { $0.name == saved } && map.nodes.values.contains { $0.name == unsaved })
        #expect(try Self.filesHolding(saved, in: folder) == [])
        #expect(try Self.filesHolding(unsaved, in: folder) == [])
    }
}
