import AgeFormat
@testable import CareMapKit
import Foundation
import Testing

/// Encrypted maps at the storage layer: every byte written for an encrypted map is ciphertext
/// (the map, its backup), the map reads back equal, and saving again keeps the encryption.
@Suite struct FileEncryptionTests {
    static let map = FileStorageTests.map
    /// The subject's name as it would appear in a plain file.
    static let name = Array("Amira".utf8)
    static let quick = 10

    static func contains(_ file: URL, _ needle: [UInt8]) throws -> Bool {
        let bytes = [UInt8](try Data(contentsOf: file))
        return bytes.count >= needle.count && (0...(bytes.count - needle.count)).contains { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    @Test func aMapEncryptedToAKeyReadsBackAndKeepsItsKey() throws {
        let folder = try FileStorageTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("amira.caremap.age")
        let identity = X25519Identity()
        try CareMapFile.save(Self.map, to: file, encryption: .keys([identity.recipient]))
        try CareMapFile.save(Self.map, to: file, encryption: .keys([identity.recipient]))
        for written in [file, folder.appendingPathComponent("amira.caremap.age~")] {
            #expect(AgeHeader.starts([UInt8](try Data(contentsOf: written))))
            #expect(try !Self.contains(written, Self.name), "\(written.lastPathComponent) holds the name in clear")
        }
        let loaded = try CareMapFile.load(contentsOf: file, keys: MapKeys(identities: [identity]))
        #expect(loaded.result.map == Self.map)
        #expect(loaded.encryption == .keys([identity.recipient]))
    }

    @Test func recipientsNamedReplaceTheOnesThatCannotBeKnown() throws {
        let folder = try FileStorageTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("team.caremap.age")
        let team = [X25519Identity(), X25519Identity()]
        try CareMapFile.save(Self.map, to: file, encryption: .keys(team.map(\.recipient)))
        let opened = try CareMapFile.load(contentsOf: file, keys: MapKeys(identities: [team[0]]))
        #expect(opened.encryption == .unnamedKeys(count: 2))
        #expect(throws: FileError(.write, file.path, "it is encrypted to 2 age keys and caremap cannot tell whose; name them all with --recipient or --recipients-file to save it")) {
            try CareMapFile.save(Self.map, to: file, encryption: opened.encryption)
        }
        let named = try CareMapFile.load(contentsOf: file, keys: MapKeys(identities: [team[0]], recipients: team.map(\.recipient)))
        #expect(named.encryption == .keys(team.map(\.recipient)))
    }

    @Test func aPassphraseMapIsWrittenAgainWithTheSamePassphrase() throws {
        let folder = try FileStorageTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("amira.caremap.age")
        try CareMapFile.save(Self.map, to: file, encryption: .passphrase("correct horse", workFactor: Self.quick))
        var asked: [String] = []
        let keys = MapKeys { asked.append($0); return "correct horse" }
        let loaded = try CareMapFile.load(contentsOf: file, keys: keys)
        #expect(asked == [file.path])
        #expect(loaded.result.map == Self.map)
        #expect(loaded.encryption == .passphrase("correct horse", workFactor: AgeFile.defaultWorkFactor))
        // The recovery file of a passphrase map opens without asking again.
        #expect(try CareMapFile.load(contentsOf: file, keys: MapKeys().opening(.passphrase("correct horse"))).result.map == Self.map)
        #expect(throws: FileError(.read, file.path, "wrong passphrase")) {
            try CareMapFile.load(contentsOf: file, keys: MapKeys { _ in "wrong" })
        }
        #expect(FileError(.read, "amira.caremap.age", "wrong passphrase").description == "cannot read 'amira.caremap.age': wrong passphrase")
    }

    /// The editor asks for the next passphrase header ahead, so an autosave does not wait for
    /// scrypt; the header made ahead is used by the next write and by no other, and a write with
    /// none ready makes its own, so every file has its own key and salt.
    @Test func theNextPassphraseHeaderIsMadeAheadAndUsedOnce() throws {
        let folder = try FileStorageTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("amira.caremap.age")
        let passphrase = "made ahead \(UUID())"
        let encryption = MapEncryption.passphrase(passphrase, workFactor: Self.quick)
        let recipients = AgeFile.Recipients.passphrase(passphrase, workFactor: Self.quick)
        encryption.prepareNextHeader()
        let deadline = Date().addingTimeInterval(60)
        while !AgeHeaderPool.shared.isReady(for: recipients), Date() < deadline { usleep(10_000) }
        #expect(AgeHeaderPool.shared.isReady(for: recipients))
        try CareMapFile.save(Self.map, to: file, encryption: encryption)
        #expect(!AgeHeaderPool.shared.isReady(for: recipients), "the write took the header made ahead")
        let first = [UInt8](try Data(contentsOf: file))
        try CareMapFile.save(Self.map, to: file, encryption: encryption)
        let second = [UInt8](try Data(contentsOf: file))
        // The first 80 bytes hold the version line and the scrypt stanza with its salt.
        #expect(first.prefix(80) != second.prefix(80), "each file has its own salt and key")
        for written in [file, folder.appendingPathComponent("amira.caremap.age~")] {
            #expect(try CareMapFile.load(contentsOf: written, keys: MapKeys { _ in passphrase }).result.map == Self.map)
        }
        #expect(!AgeHeaderPool.shared.isReady(for: .keys([X25519Identity().recipient])), "age keys need nothing made ahead")
    }

    @Test func anEncryptedMapIsNotReadWithoutAKey() throws {
        let folder = try FileStorageTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("amira.caremap.age")
        try CareMapFile.save(Self.map, to: file, encryption: .keys([X25519Identity().recipient]))
        #expect(throws: FileError(.read, file.path, "it is encrypted to age keys; give your identity with --identity FILE or CAREMAP_IDENTITY")) {
            try CareMapFile.load(contentsOf: file)
        }
    }

    @Test func aPlainMapIsNeverWrittenUnderAnAgeName() throws {
        let folder = try FileStorageTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("amira.caremap.age")
        #expect(throws: FileError(.write, file.path, "its name ends in .age, but no passphrase or recipient was given to encrypt it")) {
            try CareMapFile.save(Self.map, to: file)
        }
        #expect(!FileManager.default.fileExists(atPath: file.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }
}
