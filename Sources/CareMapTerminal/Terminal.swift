import CNcurses
import CareMapApp
import CareMapCanvas
import Glibc
import Synchronization

/// Whether a ``Terminal`` is open: ncurses has one current screen per process.
private let sessionOpen = Atomic<Bool>(false)

/// The process's curses session: copies finished canvases to the screen and turns input into
/// ``InputEvent`` values. Nothing else in caremap touches the terminal.
///
/// A class because it owns the process-wide curses session, so identity matters: one per process,
/// restored exactly once by ``close()`` or `deinit`.
///
/// It runs on standard input and output and refuses to start when either is not a terminal,
/// rather than opening `/dev/tty` behind a redirection: `caremap map.caremap > out` is more
/// likely a mistaken command than a wish to draw on a screen the output does not reach.
public final class Terminal {
    private let screen: OpaquePointer
    private(set) var isOpen = true
    /// The colour pair for each role at this session's depth; absent roles use pair 0.
    private let pairs: [ColorRole: Int16]
    /// What the screen shows, or nil when it must be redrawn in full (start, resize, invalidate).
    var shown: Canvas?
    /// Whether the cursor is visible, or nil before the first draw.
    var cursorVisible: Bool?
    var mouse = MouseTranslator()
    /// Mouse events read together and not yet returned by ``nextEvent(timeout:)``.
    var pending: [InputEvent] = []

    public let colorDepth: ColorDepth
    /// Whether the user's locale is not UTF-8, so the screen gets ASCII (see `ASCIIFallback.swift`).
    let asciiOnly: Bool

    /// Starts curses on standard input and output: UTF-8 locale, raw keys with no echo, a 25 ms
    /// Escape delay, hidden cursor, mouse reports with drags, colours unless `NO_COLOR` is set.
    ///
    /// Raw mode means Ctrl-C, Ctrl-Z and Ctrl-S arrive as keys rather than signals or flow
    /// control, so a facilitator's Ctrl-S saves instead of freezing a projected screen.
    public init() throws(TerminalError) {
        guard isatty(STDIN_FILENO) == 1 else { throw .notATerminal(.input) }
        guard isatty(STDOUT_FILENO) == 1 else { throw .notATerminal(.output) }
        guard sessionOpen.compareExchange(expected: false, desired: true, ordering: .relaxed).exchanged else {
            throw .alreadyOpen
        }
        Terminal.installSignalHandlers()
        asciiOnly = !Terminal.useUTF8Locale()
        let term = Terminal.environment("TERM")
        guard term != nil, let screen = newterm(nil, cm_stdout(), cm_stdin()) else {
            sessionOpen.store(false, ordering: .relaxed)
            throw .cannotStart(term: term)
        }
        guard Terminal.canAddressCursor() else {
            endwin()
            delscreen(screen)
            sessionOpen.store(false, ordering: .relaxed)
            throw .cannotStart(term: term)
        }
        self.screen = screen
        raw()
        noecho()
        nonl()
        keypad(cm_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        Terminal.defineMissingKeys()
        Terminal.startMouse()
        colorDepth = Terminal.startColors()
        pairs = Terminal.allocatePairs(depth: colorDepth)
    }

    deinit { close() }

    /// The screen's width in columns and height in rows.
    public var size: (width: Int, height: Int) {
        (Int(cm_cols()), Int(cm_lines()))
    }

    /// Restores the terminal: mouse reports off, cursor shown, modes reset, screen handed back.
    /// Idempotent; `deinit` calls it too.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        curs_set(1)
        endwin()
        delscreen(screen)
        sessionOpen.store(false, ordering: .relaxed)
    }

    /// The colour pair for a role in this session.
    func pair(for role: ColorRole) -> Int16 { pairs[role] ?? 0 }

    /// Uses the user's locale, or C.UTF-8 for ncurses' own work when the user's has another
    /// character set; returns whether the user's locale is UTF-8. When it is not, the terminal is
    /// taken at its word and sent only ASCII (``draw(_:cursor:)``): box drawing sent in UTF-8 to
    /// a `LANG=C` terminal shows as rows of accented letters.
    private static func useUTF8Locale() -> Bool {
        setlocale(LC_ALL, "")
        guard String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" else { return true }
        setlocale(LC_CTYPE, "C.UTF-8")
        return false
    }

    /// Whether the terminal can move its cursor to any cell (terminfo `cup`). ncurses starts on
    /// terminals that cannot, such as `TERM=dumb`, and then prints every frame as one long line.
    private static func canAddressCursor() -> Bool {
        guard let capability = tigetstr("cup") else { return false }
        return Int(bitPattern: capability) != -1
    }

    /// An environment variable, or nil when it is unset or empty.
    static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }
}
