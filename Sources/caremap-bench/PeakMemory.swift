import ArgumentParser
import CareMapApp
import CareMapKit
import Foundation

/// Peak memory of a map open in the editor, measured in a fresh process.
///
/// The kernel's high-water mark (`VmHWM` in `/proc/self/status`) only ever grows, so it must be
/// read in a process that did nothing else: the bench writes the map to a file and runs itself
/// with `--peak-memory-of FILE`, which opens the file as `caremap edit` does (read, parse,
/// validate, lay out, draw a frame, handle a key, draw again) and prints the mark.
enum PeakMemory {
    /// The process's peak resident memory in kilobytes, or nil where `/proc` does not say.
    static func highWaterKilobytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.dropFirst("VmHWM:".count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "")
        }
        return nil
    }

    /// The child's side: opens `path` in an editor on a 200 × 60 screen, draws, moves, draws, and
    /// prints the peak in kilobytes.
    static func probe(_ path: String) throws {
        let result = try CareMapFile.load(contentsOf: URL(fileURLWithPath: path))
        guard let map = result.map else { throw ValidationError("\(path) does not parse") }
        var editor = Editor(map: map, path: path, width: 200, height: 60)
        _ = editor.view()
        _ = editor.update(.input(.key(.right), now: 1))
        _ = editor.view()
        guard let peak = highWaterKilobytes() else { throw ValidationError("/proc/self/status has no VmHWM") }
        print(peak)
    }

    /// The parent's side: the peak in megabytes of a fresh bench process opening `path`.
    static func measure(_ path: String) throws -> Double? {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("caremap-bench-peak-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let outcome = try ChildProcess.run(ChildProcess.currentExecutable, ["--peak-memory-of", path], outputPath: output)
        guard outcome.status == 0, let kilobytes = Double(outcome.output.trimmingCharacters(in: .whitespacesAndNewlines)) else { return nil }
        return kilobytes / 1024
    }
}
