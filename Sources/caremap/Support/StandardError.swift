import CareMapCanvas
import Foundation

/// Writing to standard error, made safe for a terminal.
///
/// Diagnostics quote text from files that may be hostile; every line passes through
/// ``SafeText/visible(_:)`` so an escape sequence in a name is shown, never obeyed.
///
/// A failed write is ignored: after a hang-up the terminal answers every write with EIO, and
/// `FileHandle.write(_:)` would stop the program there, before it removes its lock.
enum StandardError {
    static func write(_ line: String) {
        try? FileHandle.standardError.write(contentsOf: Data((SafeText.visible(line) + "\n").utf8))
    }
}

/// Writing to standard output, made safe for a terminal in the same way.
enum StandardOutput {
    static func write(_ line: String) {
        try? FileHandle.standardOutput.write(contentsOf: Data((SafeText.visible(line) + "\n").utf8))
    }
}
