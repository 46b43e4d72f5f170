import Testing
@testable import CareMapTerminal

@Suite("Terminal errors")
struct TerminalErrorTests {
    @Test func messages() {
        #expect(TerminalError.notATerminal(.output).description == "caremap needs a terminal: standard output is not one")
        #expect(TerminalError.notATerminal(.input).description == "caremap needs a terminal: standard input is not one")
        #expect(TerminalError.cannotStart(term: "dumb").description == "cannot start the terminal (TERM=dumb); try TERM=xterm-256color")
        #expect(TerminalError.cannotStart(term: nil).description == "cannot start the terminal: TERM is not set; try TERM=xterm-256color")
        #expect(TerminalError.alreadyOpen.description == "the terminal is already in use by this program")
    }

    @Test func hostileTermNameIsShownEscaped() {
        #expect(TerminalError.cannotStart(term: "x\u{1B}]0;owned\u{07}").description
            == "cannot start the terminal (TERM=x\\e]0;owned\\a); try TERM=xterm-256color")
    }
}
