import AgeFormat
import CareMapKit
import Foundation
import Testing

/// Encrypted maps through the real binary, and through the real `age` where it must agree:
/// caremap's files open with `age -d`, `age`'s open with caremap, and every refusal is worded.
@Suite struct EncryptionCommandTests {
    static let ageMissing: Comment = "age is not installed; install it (apt-get install age), as .ci/run does"

    /// A folder holding a copy of the Amira sample map and an identity file `key.txt`.
    static func folderWithKey() throws -> (folder: URL, identity: X25519Identity) {
        let (folder, _) = try EditorSessionTests.copyOfSample("amira.caremap")
        let identity = X25519Identity()
        try Data("# public key: \(identity.recipient)\n\(identity.text)\n".utf8).write(to: folder.appendingPathComponent("key.txt"))
        return (folder, identity)
    }

    @Test(.enabled(if: Caremap.tool("age") != nil, ageMissing))
    func ageDecryptsWhatCaremapEncryptsToAKey() throws {
        let (folder, identity) = try Self.folderWithKey()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Caremap.run(["encrypt", "amira.caremap", "--recipient", identity.recipient.description], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "encrypted amira.caremap into amira.caremap.age\n")
        #expect(run.stderr == "caremap: 'amira.caremap' is still there, in plain text; remove it once you no longer need it\n")
        #expect(try Caremap.mode(of: folder.appendingPathComponent("amira.caremap.age")) == 0o600)
        let age = try Caremap.run(try #require(Caremap.tool("age")), ["-d", "-i", "key.txt", "-o", "out.caremap", "amira.caremap.age"], in: folder)
        #expect(age.status == 0, "\(age.stderr)")
        #expect(try Data(contentsOf: folder.appendingPathComponent("out.caremap")) == Data(contentsOf: folder.appendingPathComponent("amira.caremap")))
    }

    @Test(.enabled(if: Caremap.tool("age") != nil, ageMissing))
    func caremapReadsWhatAgeEncryptsToSeveralKeys() throws {
        let (folder, identity) = try Self.folderWithKey()
        defer { try? FileManager.default.removeItem(at: folder) }
        let colleague = X25519Identity().recipient.description
        let age = try Caremap.run(try #require(Caremap.tool("age")), ["-r", colleague, "-r", identity.recipient.description, "-o", "amira.caremap.age", "amira.caremap"], in: folder)
        #expect(age.status == 0, "\(age.stderr)")

        let check = try Caremap.run(["check", "--identity", "key.txt", "amira.caremap.age"], in: folder)
        #expect(check.status == 0)
        #expect(check.stdout == "amira.caremap.age: ok (28 nodes, 38 links)\n")
        let plain = try Caremap.run(["report", "--today", "2026-12-07", "amira.caremap"], in: folder)
        let report = try Caremap.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["CAREMAP_IDENTITY=key.txt", Caremap.binary.path, "report", "--today", "2026-12-07", "amira.caremap.age"], in: folder
        )
        #expect(report.status == 0)
        #expect(report.stdout == plain.stdout)
        #expect(report.stderr == "caremap: standard output is not encrypted, though 'amira.caremap.age' is; share it with care\n")
    }

    @Test func aMapIsDecryptedBackToTheSameBytes() throws {
        let (folder, identity) = try Self.folderWithKey()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Caremap.run(["encrypt", "amira.caremap", "-o", "sealed.caremap.age", "--recipient", identity.recipient.description], in: folder).status == 0)
        let run = try Caremap.run(["decrypt", "sealed.caremap.age", "--identity", "key.txt"], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout == "decrypted sealed.caremap.age into sealed.caremap\n")
        #expect(run.stderr == "caremap: 'sealed.caremap' is not encrypted, though 'sealed.caremap.age' is; share it with care\n")
        #expect(try Data(contentsOf: folder.appendingPathComponent("sealed.caremap")) == Data(contentsOf: folder.appendingPathComponent("amira.caremap")))
        #expect(try Caremap.mode(of: folder.appendingPathComponent("sealed.caremap")) == 0o600)

        let again = try Caremap.run(["decrypt", "sealed.caremap.age", "--identity", "key.txt"], in: folder)
        #expect(again.status == 1)
        #expect(again.stderr == "caremap: 'sealed.caremap' already exists; choose another name with -o\n")
    }

    @Test func refusalsSayWhatIsWrong() throws {
        let (folder, identity) = try Self.folderWithKey()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Caremap.run(["encrypt", "amira.caremap", "--recipient", identity.recipient.description], in: folder).status == 0)
        try Data(X25519Identity().text.utf8).write(to: folder.appendingPathComponent("other.txt"))
        #expect(try Caremap.run(["export", "amira.caremap", "--to", "graphml", "-o", "amira.graphml"], in: folder).status == 0)

        let cases: [([String], String)] = [
            (["check", "amira.caremap.age"], "caremap: cannot read 'amira.caremap.age': it is encrypted to age keys; give your identity with --identity FILE or CAREMAP_IDENTITY\n"),
            (["show", "--identity", "other.txt", "amira.caremap.age"], "caremap: cannot read 'amira.caremap.age': none of the identities given opens it (it is encrypted to one age key)\n"),
            (["check", "--identity", "amira.caremap", "amira.caremap.age"], "caremap: cannot read 'amira.caremap': line 1 is not an age identity (AGE-SECRET-KEY-1…)\n"),
            (["import", "amira.graphml", "-o", "new.caremap.age"], "caremap: cannot write 'new.caremap.age': its name ends in .age, but no passphrase or recipient was given to encrypt it\n"),
            (["new", "fresh.caremap.age"], "caremap: cannot write 'fresh.caremap.age': its name ends in .age, but no passphrase or recipient was given to encrypt it\n"),
        ]
        for (arguments, message) in cases {
            let run = try Caremap.run(arguments, in: folder)
            #expect(run.status == 1, "\(arguments)")
            #expect(run.stderr == message, "\(arguments)")
        }
        let noMethod = try Caremap.run(["encrypt", "amira.caremap"], in: folder)
        #expect(noMethod.status == 64)
        #expect(noMethod.stderr.hasPrefix("Error: Say how to encrypt: --passphrase, --recipient AGE1… or --recipients-file FILE.\n"))
        let badKey = try Caremap.run(["encrypt", "amira.caremap", "--recipient", "age1nope"], in: folder)
        #expect(badKey.status == 64)
        #expect(badKey.stderr.hasPrefix("Error: 'age1nope' is not an age recipient (age1…).\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["amira.caremap", "amira.caremap.age", "amira.graphml", "key.txt", "other.txt"])
    }

    @Test func anExportOfAnEncryptedMapSaysItIsPlain() throws {
        let (folder, identity) = try Self.folderWithKey()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Caremap.run(["encrypt", "amira.caremap", "--recipient", identity.recipient.description], in: folder).status == 0)
        let run = try Caremap.run(["export", "--identity", "key.txt", "amira.caremap.age", "--to", "json", "-o", "amira.json"], in: folder)
        #expect(run.status == 0)
        #expect(run.stderr == "caremap: 'amira.json' is not encrypted, though 'amira.caremap.age' is; share it with care\n")
        let plain = try Caremap.run(["export", "amira.caremap", "--to", "json"], in: folder)
        #expect(try Data(contentsOf: folder.appendingPathComponent("amira.json")) == Data(plain.stdout.utf8))
    }

    @Test func importWritesAnEncryptedMap() throws {
        let (folder, identity) = try Self.folderWithKey()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Caremap.run(["export", "amira.caremap", "--to", "graphml", "-o", "amira.graphml"], in: folder).status == 0)
        let imported = try Caremap.run(["import", "amira.graphml", "-o", "imported.caremap.age", "--recipient", identity.recipient.description], in: folder)
        #expect(imported.status == 0, "\(imported.stderr)")
        let file = folder.appendingPathComponent("imported.caremap.age")
        #expect(AgeHeader.starts([UInt8](try Data(contentsOf: file))))
        let loaded = try CareMapFile.load(contentsOf: file, keys: MapKeys(identities: [identity]))
        // The private node is never exported, so never imported.
        #expect(loaded.result.map?.nodes.count == 27)
    }

    @Test func fmtRewritesAnEncryptedMapEncryptedWithItsBackup() throws {
        let (folder, identity) = try Self.folderWithKey()
        defer { try? FileManager.default.removeItem(at: folder) }
        let loose = CrashSafetyTests.bigMapText(count: 2)
        try Data(loose.utf8).write(to: folder.appendingPathComponent("loose.caremap"))
        #expect(try Caremap.run(["encrypt", "loose.caremap", "--recipient", identity.recipient.description], in: folder).status == 0)
        let fmt = try Caremap.run(["fmt", "--identity", "key.txt", "loose.caremap.age"], in: folder)
        #expect(fmt.status == 0, "\(fmt.stderr)")
        #expect(fmt.stdout == "formatted loose.caremap.age\n")
        let file = folder.appendingPathComponent("loose.caremap.age")
        let keys = MapKeys(identities: [identity])
        let map = try #require(CareMapFile.parse(loose).map)
        #expect(try CareMapFile.decrypted(contentsOf: file, keys: keys).0 == Array(CareMapFile.print(map).utf8))
        #expect(try CareMapFile.decrypted(contentsOf: folder.appendingPathComponent("loose.caremap.age~"), keys: keys).0 == Array(loose.utf8))
    }
}
