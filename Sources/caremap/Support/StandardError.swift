import CareMapCanvas
import Foundation

/// Writing to standard error, made safe for a terminal.
///
/// Diagnostics quote text from files that may be hostile; every line passes through
/// ``SafeText/visible(_:)`` so an escape sequence in a name is shown, never obeyed.
enum StandardError {
    static func write(_ line: String) {
        FileHandle.standardError.write(Data((SafeText.visible(line) + "\n").utf8))
    }
}

/// Writing to standard output, made safe for a terminal in the same way.
enum StandardOutput {
    static func write(_ line: String) {
        FileHandle.standardOutput.write(Data((SafeText.visible(line) + "\n").utf8))
    }
}
