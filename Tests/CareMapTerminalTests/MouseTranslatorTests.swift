import CNcurses
import CareMapApp
import Testing
@testable import CareMapTerminal

@Suite("Mouse translation")
struct MouseTranslatorTests {
    let start = ContinuousClock.now

    func state(_ mask: Int) -> mmask_t { mmask_t(mask) }

    @Test func pressDragRelease() {
        var mouse = MouseTranslator()
        #expect(mouse.action(for: state(CM_BUTTON1_PRESSED), x: 1, y: 1, at: start) == .press)
        #expect(mouse.buttonHeld)
        #expect(mouse.action(for: state(CM_REPORT_MOUSE_POSITION), x: 2, y: 1, at: start) == .drag)
        #expect(mouse.action(for: state(CM_BUTTON1_RELEASED), x: 2, y: 1, at: start) == .release)
        #expect(!mouse.buttonHeld)
    }

    @Test func motionWithNoButtonHeldIsIgnored() {
        var mouse = MouseTranslator()
        #expect(mouse.action(for: state(CM_REPORT_MOUSE_POSITION), x: 2, y: 1, at: start) == nil)
    }

    @Test func secondPressOnTheSameCellSoonIsADoubleClick() {
        var mouse = MouseTranslator()
        #expect(mouse.action(for: state(CM_BUTTON1_PRESSED), x: 4, y: 2, at: start) == .press)
        #expect(mouse.action(for: state(CM_BUTTON1_RELEASED), x: 4, y: 2, at: start) == .release)
        let soon = start.advanced(by: .milliseconds(200))
        #expect(mouse.action(for: state(CM_BUTTON1_PRESSED), x: 4, y: 2, at: soon) == .doubleClick)
        #expect(mouse.action(for: state(CM_BUTTON1_PRESSED), x: 4, y: 2, at: soon) == .press)
    }

    @Test func slowOrDistantSecondPressIsAPress() {
        var mouse = MouseTranslator()
        _ = mouse.action(for: state(CM_BUTTON1_PRESSED), x: 4, y: 2, at: start)
        let late = start.advanced(by: .milliseconds(301))
        #expect(mouse.action(for: state(CM_BUTTON1_PRESSED), x: 4, y: 2, at: late) == .press)
        #expect(mouse.action(for: state(CM_BUTTON1_PRESSED), x: 5, y: 2, at: late) == .press)
    }

    @Test func clicksMergedByNcursesLeaveTheButtonUp() {
        var mouse = MouseTranslator()
        #expect(mouse.action(for: state(CM_BUTTON1_CLICKED), x: 3, y: 3, at: start) == .press)
        #expect(!mouse.buttonHeld)
        #expect(mouse.action(for: state(CM_REPORT_MOUSE_POSITION), x: 4, y: 3, at: start) == nil)
        #expect(mouse.action(for: state(CM_BUTTON1_DOUBLE_CLICKED), x: 3, y: 3, at: start) == .doubleClick)
    }

    /// ncurses gives each button five bits, so button 3's press is button 1's shifted by ten.
    @Test func wheelAndOtherButtons() {
        var mouse = MouseTranslator()
        #expect(mouse.action(for: state(CM_BUTTON4_PRESSED), x: 0, y: 0, at: start) == .wheelUp)
        #expect(mouse.action(for: state(CM_BUTTON5_PRESSED), x: 0, y: 0, at: start) == .wheelDown)
        #expect(mouse.action(for: state(CM_BUTTON1_PRESSED) << 10, x: 0, y: 0, at: start) == nil)
    }
}
