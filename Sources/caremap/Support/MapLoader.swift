import ArgumentParser
import CareMapKit
import Foundation

/// Loads a map for a command, reporting every problem as `path:line:column: message` on
/// standard error.
enum MapLoader {
    /// The map at `path`, decrypted with `keys` when it is encrypted, or `ExitCode.failure`
    /// once its problems have been reported. Warnings are reported too but never stop the load.
    static func load(_ path: String, keys: MapKeys = MapKeys()) throws(ExitCode) -> CareMap {
        try open(path, keys: keys).map
    }

    /// The map at `path`, its plain bytes and how it was encrypted, for commands that write it
    /// again or say that what they write is plain.
    static func open(_ path: String, keys: MapKeys) throws(ExitCode) -> (map: CareMap, plainBytes: [UInt8], encryption: MapEncryption?) {
        let loaded: CareMapFile.Loaded
        do {
            loaded = try CareMapFile.load(contentsOf: URL(fileURLWithPath: path), keys: keys)
        } catch {
            StandardError.write("caremap: \(error)")
            throw ExitCode.failure
        }
        report(loaded.result.diagnostics, path: path)
        guard let map = loaded.result.map else { throw ExitCode.failure }
        return (map, loaded.plainBytes, loaded.encryption)
    }

    /// Runs `work`, which writes a file; a failure is reported as `caremap: cannot write …` and
    /// fails the command.
    static func writing(_ work: () throws(FileError) -> Void) throws(ExitCode) {
        do {
            try work()
        } catch {
            StandardError.write("caremap: \(error)")
            throw ExitCode.failure
        }
    }

    /// Says on standard error that what was written from the encrypted map at `source` (to
    /// `destination`, or to standard output) is not encrypted: exports are for sharing, and
    /// nobody should think them protected like the map.
    static func notePlainExport(from source: String, to destination: String?) {
        StandardError.write("caremap: \(destination.map { "'\($0)'" } ?? "standard output") is not encrypted, though '\(source)' is; share it with care")
    }

    /// Runs `body` on every path, going on past a failure so that one run reports every file,
    /// and fails with `ExitCode.failure` at the end if any path did.
    static func each(_ paths: [String], _ body: (String) throws(ExitCode) -> Void) throws(ExitCode) {
        var failed = false
        for path in paths {
            do throws(ExitCode) { try body(path) } catch { failed = true }
        }
        if failed { throw ExitCode.failure }
    }

    static func report(_ diagnostics: [Diagnostic], path: String) {
        for diagnostic in diagnostics { StandardError.write(diagnostic.formatted(path: path)) }
    }
}
