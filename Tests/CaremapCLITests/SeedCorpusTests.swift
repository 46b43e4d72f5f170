import CareMapKit
import Foundation
import HostileInput
import Testing

/// The fuzzing seed corpus kept in `fuzz/seeds/` (`docs/safety.md`, "Fuzzing"): every seed is
/// replayed here through the real binary, so an input that once crashed caremap stays a test,
/// and the corpus is checked to hold the hostile corpus, so a fuzz run starts from it.
///
/// `CAREMAP_RECORD_SEEDS=1 swift test --filter SeedCorpusTests` writes the hostile corpus's
/// files (those under 64 KiB; the huge ones are made by the tests) into `fuzz/seeds/maps/`.
@Suite struct SeedCorpusTests {
    static let seeds = Caremap.packageRoot.appendingPathComponent("fuzz/seeds")

    static func files(in folder: String) -> [URL] {
        let url = seeds.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.sorted().map { url.appendingPathComponent($0) }
    }

    /// The small files of the hostile corpus, named by their place in it.
    static var hostileSeeds: [(name: String, bytes: [UInt8])] {
        HostileFile.corpus.enumerated().compactMap { index, file in
            let bytes = file.bytes()
            return bytes.count <= 65_536 ? (String(format: "hostile-%03d.caremap", index), bytes) : nil
        }
    }

    static func unsafe(_ text: String) -> [UInt32] {
        text.unicodeScalars.filter(HostileText.isTerminalUnsafe).map(\.value)
    }

    @Test func theMapSeedsHoldTheHostileCorpus() throws {
        let folder = Self.seeds.appendingPathComponent("maps")
        if ProcessInfo.processInfo.environment["CAREMAP_RECORD_SEEDS"] == "1" {
            for (name, bytes) in Self.hostileSeeds { try Data(bytes).write(to: folder.appendingPathComponent(name)) }
        }
        #expect(!Self.hostileSeeds.isEmpty)
        for (name, bytes) in Self.hostileSeeds {
            let kept = try? Data(contentsOf: folder.appendingPathComponent(name))
            #expect(kept == Data(bytes), "fuzz/seeds/maps/\(name) is missing or stale; re-record with CAREMAP_RECORD_SEEDS=1")
        }
    }

    @Test(arguments: files(in: "maps"))
    func everyMapSeedIsHandledSafelyByEveryCommand(_ seed: URL) throws {
        let folder = try Caremap.temporaryFolder()
        try FileManager.default.copyItem(at: seed, to: folder.appendingPathComponent("seed.caremap"))
        for command in [["check"], ["show", "--width", "80"], ["report"], ["report", "--format", "json"], ["export", "--to", "json"]] {
            let output = try Caremap.run(command + ["seed.caremap"], in: folder)
            #expect([0, 1].contains(output.status), "\(seed.lastPathComponent): \(command) ended with \(output.status)")
            #expect(Self.unsafe(output.stdout + output.stderr) == [], "\(seed.lastPathComponent): \(command)")
        }
    }

    /// A CSV seed is the nodes table, a NUL byte, then the links table, as `fuzz-csv-import` reads it.
    @Test(arguments: files(in: "fuzz-csv-import"))
    func everyCSVSeedImportsToAMapCheckAccepts(_ seed: URL) throws {
        let folder = try Caremap.temporaryFolder()
        let bytes = [UInt8](try Data(contentsOf: seed))
        let split = bytes.firstIndex(of: 0) ?? bytes.count
        try Data(bytes[..<split]).write(to: folder.appendingPathComponent("nodes.csv"))
        var arguments = ["import", "nodes.csv", "-o", "m.caremap"]
        if split < bytes.count {
            try Data(bytes[(split + 1)...]).write(to: folder.appendingPathComponent("links.csv"))
            arguments += ["--links", "links.csv"]
        }
        try Self.importAndCheck(arguments, seed: seed, in: folder)
    }

    @Test(arguments: files(in: "fuzz-graphml-import"))
    func everyGraphMLSeedImportsToAMapCheckAccepts(_ seed: URL) throws {
        let folder = try Caremap.temporaryFolder()
        try FileManager.default.copyItem(at: seed, to: folder.appendingPathComponent("map.graphml"))
        try Self.importAndCheck(["import", "map.graphml", "-o", "m.caremap"], seed: seed, in: folder)
    }

    /// A Network Canvas seed is an export's zip, or (not starting `PK`) its ego CSV, a NUL byte,
    /// an alters CSV, a NUL byte and an edges CSV, as `fuzz-netcanvas-import` reads it; imported
    /// to a folder of maps, each of which `check` accepts.
    @Test(arguments: files(in: "fuzz-netcanvas-import"))
    func everyNetCanvasSeedImportsToMapsCheckAccepts(_ seed: URL) throws {
        let folder = try Caremap.temporaryFolder()
        let bytes = [UInt8](try Data(contentsOf: seed))
        var inputs = ["export.zip"]
        if bytes.starts(with: Array("PK".utf8)) {
            try Data(bytes).write(to: folder.appendingPathComponent("export.zip"))
        } else {
            inputs = ["c_s_ego.csv", "c_s_attributeList_Person.csv", "c_s_edgeList_Close.csv"]
            for (name, part) in zip(inputs, bytes.split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false)) {
                try Data(part).write(to: folder.appendingPathComponent(name))
            }
        }
        let output = try Caremap.run(["import", "--from", "netcanvas"] + inputs + ["-o", "maps"], in: folder)
        let name = seed.lastPathComponent
        #expect([0, 1].contains(output.status), "\(name): import ended with \(output.status): \(output.stderr)")
        #expect(Self.unsafe(output.stdout + output.stderr) == [], "\(name)")
        // One interview is written to the file named, several into the folder named.
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: folder.appendingPathComponent("maps").path, isDirectory: &isFolder)
        let maps = !exists ? [] : isFolder.boolValue
            ? try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("maps").path).map { "maps/" + $0 } : ["maps"]
        #expect(output.status != 0 || !maps.isEmpty, "\(name): a successful import wrote no map: \(output.stderr)")
        for map in maps {
            let check = try Caremap.run(["check", map], in: folder)
            #expect(check.status == 0, "\(name): the import wrote \(map), which check refuses: \(check.stderr)")
        }
    }

    /// Age seeds without a passphrase stanza: the binary would ask for one on the terminal, so
    /// those are left to the fuzz target, which gives none.
    static var ageSeeds: [URL] {
        files(in: "fuzz-age-header").filter { (try? Data(contentsOf: $0))?.range(of: Data("-> scrypt".utf8)) == nil }
    }

    /// An age seed named like an encrypted map and opened with the test kit's identity: refused
    /// in one line saying why, or decrypted and read as a map (the kit's plaintexts are not maps,
    /// so their problems are reported at `file:line:column`).
    @Test(arguments: ageSeeds)
    func everyAgeSeedIsRefusedInOneLineOrRead(_ seed: URL) throws {
        let folder = try Caremap.temporaryFolder()
        try FileManager.default.copyItem(at: seed, to: folder.appendingPathComponent("seed.caremap.age"))
        try Data("AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0\n".utf8).write(to: folder.appendingPathComponent("key.txt"))
        let output = try Caremap.run(["check", "--identity", "key.txt", "seed.caremap.age"], in: folder)
        #expect([0, 1].contains(output.status), "\(seed.lastPathComponent)")
        let lines = output.stderr.split(separator: "\n")
        let refused = lines.count == 1 && lines[0].hasPrefix("caremap: cannot read 'seed.caremap.age': ")
        #expect(refused || lines.allSatisfy { $0.hasPrefix("seed.caremap.age:") }, "\(seed.lastPathComponent): \(output.stderr)")
        #expect(Self.unsafe(output.stdout + output.stderr) == [], "\(seed.lastPathComponent)")
    }

    /// An import either fails with every problem at `file:line:col` (or naming the file) and
    /// writes nothing, or writes a map `check` accepts.
    static func importAndCheck(_ arguments: [String], seed: URL, in folder: URL) throws {
        let output = try Caremap.run(arguments, in: folder)
        let name = seed.lastPathComponent
        #expect([0, 1].contains(output.status), "\(name): import ended with \(output.status)")
        #expect(unsafe(output.stdout + output.stderr) == [], "\(name)")
        let written = FileManager.default.fileExists(atPath: folder.appendingPathComponent("m.caremap").path)
        #expect(written == (output.status == 0), "\(name): \(output.stderr)")
        if written {
            let check = try Caremap.run(["check", "m.caremap"], in: folder)
            #expect(check.status == 0, "\(name): the import wrote a map check refuses: \(check.stderr)")
        }
    }
}
