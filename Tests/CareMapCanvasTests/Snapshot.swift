import Foundation
import Testing

/// Compares text with a snapshot file in `Snapshots/NAME.txt` beside this file.
///
/// On a mismatch the test fails with a line diff (`-` expected, `+` actual). With
/// `CAREMAP_RECORD_SNAPSHOTS=1` in the environment the file is (re)written instead and the test
/// fails once so a recording is never mistaken for a pass; review the file by eye, then run again.
/// The path comes from `#filePath` rather than `Bundle.module` because recording must write into
/// the source folder, not the build's copy of it.
func assertSnapshot(_ actual: String, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = folder.appendingPathComponent(name + ".txt")
    let recorded = try? String(contentsOf: file, encoding: .utf8)
    if ProcessInfo.processInfo.environment["CAREMAP_RECORD_SNAPSHOTS"] == "1" {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? (actual + "\n").write(to: file, atomically: true, encoding: .utf8)
        if recorded != actual + "\n" {
            Issue.record("recorded snapshot \(name); review it and run again", sourceLocation: sourceLocation)
        }
        return
    }
    guard let recorded else {
        Issue.record("no snapshot \(name); run with CAREMAP_RECORD_SNAPSHOTS=1 to record it:\n\(actual)", sourceLocation: sourceLocation)
        return
    }
    let expected = recorded.hasSuffix("\n") ? String(recorded.dropLast()) : recorded
    if expected != actual {
        Issue.record("snapshot \(name) differs:\n\(lineDiff(expected: expected, actual: actual))", sourceLocation: sourceLocation)
    }
}

/// A line-by-line diff: unchanged lines with two spaces, expected-only with `-`, actual-only
/// with `+`, from a longest common subsequence of lines.
///
/// - Complexity: O(*n* × *m*) for *n* and *m* lines.
func lineDiff(expected: String, actual: String) -> String {
    let old = expected.components(separatedBy: "\n"), new = actual.components(separatedBy: "\n")
    var common = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
    for i in stride(from: old.count - 1, through: 0, by: -1) {
        for j in stride(from: new.count - 1, through: 0, by: -1) {
            common[i][j] = old[i] == new[j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
        }
    }
    var lines: [String] = []
    var (i, j) = (0, 0)
    while i < old.count || j < new.count {
        if i < old.count, j < new.count, old[i] == new[j] {
            lines.append("  " + old[i])
            (i, j) = (i + 1, j + 1)
        } else if j < new.count, i == old.count || common[i][j + 1] >= common[i + 1][j] {
            lines.append("+ " + new[j])
            j += 1
        } else {
            lines.append("- " + old[i])
            i += 1
        }
    }
    return lines.joined(separator: "\n")
}
