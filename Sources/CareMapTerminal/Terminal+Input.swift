import CNcurses
import CareMapApp
import Glibc

extension Terminal {
    /// The next input event, waiting at most `timeout` milliseconds; `.idle` when nothing arrived.
    ///
    /// Returns `.idle` at once when ``receivedSignal`` is set, and promptly when a stop signal
    /// arrives while waiting. Input the editor has no use for (a right click, a C1 control) is
    /// skipped without ending the wait early. When the terminal hangs up, it records SIGHUP in
    /// ``receivedSignal`` and returns `.idle`, so a dropped SSH session never spins the loop.
    public func nextEvent(timeout: Int) -> InputEvent {
        let deadline = ContinuousClock.now.advanced(by: .milliseconds(max(0, timeout)))
        if isOpen, Terminal.receivedSignal == nil, !pending.isEmpty { return pending.removeFirst() }
        while isOpen, Terminal.receivedSignal == nil {
            let milliseconds = max(0, Int((ContinuousClock.now.duration(to: deadline) / .milliseconds(1)).rounded(.up)))
            wtimeout(cm_stdscr(), Int32(clamping: milliseconds))
            var code: wint_t = 0
            switch wget_wch(cm_stdscr(), &code) {
            case OK:
                if let key = Key(cursesCharacter: code) { return .key(key) }
            case KEY_CODE_YES:
                if let event = event(forKeyCode: Int32(bitPattern: code)) { return event }
            default:
                if inputHungUp() { Terminal.noteHangup() }
                return .idle
            }
            if milliseconds == 0 { break }
        }
        return .idle
    }

    /// The event for a key code, or nil for a key or mouse report the editor ignores.
    private func event(forKeyCode code: Int32) -> InputEvent? {
        switch code {
        case KEY_RESIZE:
            shown = nil
            return .resize(width: size.width, height: size.height)
        case KEY_MOUSE:
            pending += mouseEvents()
            return pending.isEmpty ? nil : pending.removeFirst()
        default:
            let name = keyname(code).map { String(cString: $0) }
            return Key(cursesKey: code, name: name).map(InputEvent.key)
        }
    }

    /// Every mouse report ncurses has queued, oldest first. One `KEY_MOUSE` can stand for several
    /// reports read together, and `getmouse` hands them out newest first, so taking only one
    /// would lose the press that starts a quick drag.
    private func mouseEvents() -> [InputEvent] {
        var reports: [MEVENT] = []
        var report = MEVENT()
        while getmouse(&report) == OK { reports.append(report) }
        let now = ContinuousClock.now
        return reports.reversed().compactMap { report in
            let (x, y) = (Int(report.x), Int(report.y))
            return mouse.action(for: report.bstate, x: x, y: y, at: now).map { action in
                .mouse(MouseEvent(x: x, y: y, action: action))
            }
        }
    }

    /// Whether standard input has hung up: after that every read fails at once.
    private func inputHungUp() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return false }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }
}
