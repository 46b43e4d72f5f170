import CNcurses
import CareMapCanvas

extension Terminal {
    /// Draws the canvas, writing only the cells that changed since the last draw, and shows the
    /// cursor at `cursor` (the command line's insertion point, say) or hides it when nil.
    ///
    /// The canvas is clipped to the screen. After a resize, ``invalidate()`` or a change in the
    /// canvas's size, the screen is erased and drawn in full.
    public func draw(_ canvas: Canvas, cursor: (x: Int, y: Int)?) {
        guard isOpen else { return }
        let window = cm_stdscr()
        let screen = size
        let base: Canvas
        if let shown, shown.width == canvas.width, shown.height == canvas.height {
            base = shown
        } else {
            werase(window)
            base = Canvas(width: canvas.width, height: canvas.height)
        }
        for run in ScreenRun.changes(from: base, to: canvas, width: screen.width, height: screen.height) {
            let text = (asciiOnly ? ASCIIFallback.text(run.text) : run.text).unicodeScalars.map { wchar_t(bitPattern: $0.value) }
            wattr_set(window, run.style.attributes.curses, pair(for: run.style.color), nil)
            mvwaddnwstr(window, Int32(run.y), Int32(run.x), text, Int32(text.count))
        }
        wattr_set(window, attr_t(CM_A_NORMAL), 0, nil)
        shown = canvas
        placeCursor(cursor, in: screen)
        wnoutrefresh(window)
        doupdate()
    }

    /// Forgets what the screen shows, so the next ``draw(_:cursor:)`` repaints every cell and
    /// clears the physical screen first: the answer to Ctrl-L when a flaky SSH link garbled it.
    public func invalidate() {
        guard isOpen else { return }
        shown = nil
        clearok(cm_curscr(), true)
    }

    private func placeCursor(_ cursor: (x: Int, y: Int)?, in screen: (width: Int, height: Int)) {
        let visible: Bool
        if let cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < screen.width, cursor.y < screen.height {
            wmove(cm_stdscr(), Int32(cursor.y), Int32(cursor.x))
            visible = true
        } else {
            visible = false
        }
        if visible != cursorVisible {
            curs_set(visible ? 1 : 0)
            cursorVisible = visible
        }
    }
}
