import CNcurses
import Glibc
import Synchronization

/// The last stop signal received, or 0. A global so the C signal handler can reach it without
/// capturing anything; an atomic so storing from the handler is async-signal-safe.
private let pendingSignal = Atomic<Int32>(0)
private let handlersInstalled = Atomic<Bool>(false)

extension Terminal {
    /// Makes SIGHUP (the SSH session dropped), SIGTERM and SIGINT set ``receivedSignal`` and do
    /// nothing else, so the run loop can save and call ``close()`` itself. Idempotent.
    ///
    /// The handlers are installed without `SA_RESTART`, so a signal interrupts the wait in
    /// ``nextEvent(timeout:)``. ``init()`` calls this before ncurses starts, because ncurses
    /// installs its own SIGINT and SIGTERM handlers when none is set, and those exit the process
    /// without giving the editor a chance to save.
    public static func installSignalHandlers() {
        guard handlersInstalled.compareExchange(expected: false, desired: true, ordering: .relaxed).exchanged
        else { return }
        // Touch the lazily initialised global now, never for the first time inside a handler.
        _ = pendingSignal.load(ordering: .relaxed)
        var stops = sigset_t()
        sigemptyset(&stops)
        for signal in [SIGHUP, SIGTERM, SIGINT] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { pendingSignal.store($0, ordering: .relaxed) }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
            sigaddset(&stops, signal)
        }
        // A blocked signal would never arrive, and the mask is inherited: a program started by
        // a test runner or a terminal multiplexer can begin life with these blocked.
        pthread_sigmask(SIG_UNBLOCK, &stops, nil)
    }

    /// The signal that asked caremap to stop (SIGHUP, SIGTERM or SIGINT), or nil. It stays set:
    /// the run loop saves, closes the terminal and exits. A terminal that hangs up without a
    /// signal (the process ignores SIGHUP, say) is reported as SIGHUP too.
    public static var receivedSignal: Int32? {
        let signal = pendingSignal.load(ordering: .relaxed)
        return signal == 0 ? nil : signal
    }

    /// Records a hang-up found by polling the input, unless a signal came first.
    static func noteHangup() {
        _ = pendingSignal.compareExchange(expected: 0, desired: SIGHUP, ordering: .relaxed)
    }
}

extension Terminal {
    /// Ctrl-Z: gives the screen back to the shell and stops the process, as a terminal program
    /// is expected to; returns when the shell continues it (`fg`), with the screen to be drawn
    /// afresh.
    ///
    /// Raw mode delivers Ctrl-Z as a key, so the stop is raised here. `endwin` restores the
    /// shell's terminal modes first; SIGTSTP is raised with its default action (ncurses may
    /// have installed a handler of its own) and unblocked, so it stops the process whatever
    /// mask it was started with; after SIGCONT, `refresh` puts curses' modes back, and
    /// ``invalidate()`` makes the next draw repaint every cell the shell wrote over.
    public func suspend() {
        guard isOpen else { return }
        endwin()
        var stop = sigaction()
        stop.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&stop.sa_mask)
        var previous = sigaction()
        sigaction(SIGTSTP, &stop, &previous)
        var mask = sigset_t()
        sigemptyset(&mask)
        sigaddset(&mask, SIGTSTP)
        pthread_sigmask(SIG_UNBLOCK, &mask, nil)
        raise(SIGTSTP)
        sigaction(SIGTSTP, &previous, nil)
        wrefresh(cm_stdscr())
        invalidate()
    }
}
