import CareMapApp
import CareMapKit
import Foundation

/// Reads the earlier version of a map that `:compare` draws it against: a file, or, when no
/// file has that name, a revision of the map's own file in its git repository
/// (`git show REV:./NAME`, run in the map's folder). Nothing is written and nothing leaves
/// the machine: git reads its own local history.
enum VersionReader {
    /// The map `version` names, for the map at `mapPath`, opened with `keys` (an encrypted
    /// old version opens with the passphrase or identities the map itself was opened with;
    /// nothing is asked, since the editor has the terminal).
    static func read(_ version: String, of mapPath: String?, keys: MapKeys) -> Result<CareMap, EffectFailure> {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: version, isDirectory: &isFolder), !isFolder.boolValue {
            do throws(FileError) {
                return map(from: try CareMapFile.load(contentsOf: URL(fileURLWithPath: version), keys: keys).result, shown: version)
            } catch {
                return .failure(EffectFailure(error.description))
            }
        }
        guard let mapPath else {
            return .failure(EffectFailure("no file is called \(version), and a map never saved has no git history"))
        }
        // A revision is never an option: `-…` would be read by git as one.
        guard !version.hasPrefix("-") else { return .failure(EffectFailure("no file is called \(version), and it is no git revision")) }
        let url = URL(fileURLWithPath: mapPath)
        let name = url.lastPathComponent
        let shown = "\(version):\(name)"
        switch gitShow("\(version):./\(name)", in: url.deletingLastPathComponent().path) {
        case .failure(let failure):
            return .failure(EffectFailure("no file is called \(version), and git cannot show it: \(failure.message)"))
        case .success(let bytes):
            do throws(FileError) {
                let (plain, _) = try CareMapFile.decrypted(bytes, shown: shown, keys: keys)
                return map(from: CareMapFile.parse(plain), shown: shown)
            } catch {
                return .failure(EffectFailure(error.description))
            }
        }
    }

    /// The map a parse made, or its first error as `file:line:column: what is wrong`.
    static func map(from result: ParseResult, shown: String) -> Result<CareMap, EffectFailure> {
        guard let map = result.map else {
            let first = result.diagnostics.first { $0.severity == .error }
            return .failure(EffectFailure(first?.formatted(path: shown) ?? "\(shown) has errors"))
        }
        return .success(map)
    }

    /// What `git show OBJECT` prints, run in `folder` with no pager, no prompt and no terminal;
    /// at most 64 MiB, the most caremap reads. A failure is git's own first line, without
    /// its `fatal: `.
    private static func gitShow(_ object: String, in folder: String) -> Result<[UInt8], EffectFailure> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder, "show", "--no-textconv", object]
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_PAGER"] = "cat"
        environment["GIT_TERMINAL_PROMPT"] = "0"
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            return .failure(EffectFailure("git could not be run (\(error.localizedDescription))"))
        }
        let limit = CareMapFile.maximumFileSize
        var bytes: [UInt8] = []
        while bytes.count <= limit, let chunk = try? output.fileHandleForReading.read(upToCount: 1 << 16), !chunk.isEmpty {
            bytes += chunk
        }
        if bytes.count > limit { process.terminate() }
        let said = (try? errors.fileHandleForReading.readToEnd()).flatMap { $0 }.map { String(decoding: $0, as: UTF8.self) } ?? ""
        process.waitUntilExit()
        guard bytes.count <= limit else { return .failure(EffectFailure("it is larger than 64 MiB, the most caremap reads")) }
        guard process.terminationStatus == 0 else {
            if process.terminationStatus == 127 { return .failure(EffectFailure("git is not installed")) }
            let line = said.split(whereSeparator: \.isNewline).first.map(String.init) ?? "git exited with status \(process.terminationStatus)"
            return .failure(EffectFailure(line.hasPrefix("fatal: ") ? String(line.dropFirst(7)) : line))
        }
        return .success(bytes)
    }
}
