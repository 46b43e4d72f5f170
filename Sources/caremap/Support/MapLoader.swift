import ArgumentParser
import CareMapKit
import Foundation

/// Loads a map for a command, reporting every problem as `path:line:column: message` on
/// standard error.
enum MapLoader {
    /// The map at `path`, or `ExitCode.failure` once its problems have been reported.
    /// Warnings are reported too but never stop the load.
    static func load(_ path: String) throws(ExitCode) -> CareMap {
        let result: ParseResult
        do {
            result = try CareMapFile.load(contentsOf: URL(fileURLWithPath: path))
        } catch {
            StandardError.write("caremap: \(error)")
            throw ExitCode.failure
        }
        report(result.diagnostics, path: path)
        guard let map = result.map else { throw ExitCode.failure }
        return map
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
