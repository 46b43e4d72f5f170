import CareMapCanvas

/// Why the terminal could not be started. Every message is written here, in one place.
public enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Standard input or output is a file or pipe, not a terminal.
    case notATerminal(Stream)
    /// ncurses found no usable description for `TERM` (nil when `TERM` is unset or empty). The
    /// name is shown through ``SafeText`` because it comes from the environment.
    case cannotStart(term: String?)
    /// Another ``Terminal`` is open in this process.
    case alreadyOpen

    /// The standard streams the editor needs on a terminal.
    public enum Stream: String, Hashable, Sendable {
        case input, output
    }

    public var description: String {
        switch self {
        case .notATerminal(let stream):
            "caremap needs a terminal: standard \(stream.rawValue) is not one"
        case .cannotStart(let term?):
            "cannot start the terminal (TERM=\(SafeText.visible(term))); try TERM=xterm-256color"
        case .cannotStart(nil):
            "cannot start the terminal: TERM is not set; try TERM=xterm-256color"
        case .alreadyOpen:
            "the terminal is already in use by this program"
        }
    }
}
