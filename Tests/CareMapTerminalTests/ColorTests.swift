import CNcurses
import CareMapCanvas
import CareMapKit
import Testing
@testable import CareMapTerminal

@Suite("Colours")
struct ColorTests {
    @Test func depthFollowsTheColourCount() {
        #expect(ColorDepth(hasColors: true, colors: 256, pairs: 65536, noColor: nil) == .twoFiftySix)
        #expect(ColorDepth(hasColors: true, colors: 88, pairs: 7744, noColor: nil) == .sixteen)
        #expect(ColorDepth(hasColors: true, colors: 16, pairs: 256, noColor: nil) == .sixteen)
        #expect(ColorDepth(hasColors: true, colors: 8, pairs: 64, noColor: nil) == .eight)
        #expect(ColorDepth(hasColors: true, colors: 2, pairs: 64, noColor: nil) == .monochrome)
        #expect(ColorDepth(hasColors: false, colors: 0, pairs: 0, noColor: nil) == .monochrome)
    }

    @Test func anyNonEmptyNoColorMeansMonochrome() {
        #expect(ColorDepth(hasColors: true, colors: 256, pairs: 65536, noColor: "1") == .monochrome)
        #expect(ColorDepth(hasColors: true, colors: 256, pairs: 65536, noColor: "no") == .monochrome)
        #expect(ColorDepth(hasColors: true, colors: 256, pairs: 65536, noColor: "") == .twoFiftySix)
    }

    @Test func tooFewPairsForEveryRoleMeansMonochrome() {
        let roles = ColorRole.allCases.count
        #expect(ColorDepth(hasColors: true, colors: 8, pairs: roles - 1, noColor: nil) == .monochrome)
        #expect(ColorDepth(hasColors: true, colors: 8, pairs: roles, noColor: nil) == .eight)
    }

    @Test func plainAndMonochromeUseDefaultColours() {
        for depth in ColorDepth.allCases {
            #expect(ColorPalette.foreground(for: .plain, depth: depth) == nil)
        }
        for role in ColorRole.allCases {
            #expect(ColorPalette.foreground(for: role, depth: .monochrome) == nil)
        }
    }

    @Test("sectors get five distinct colours within the terminal's range", arguments: [
        (ColorDepth.eight, Int16(8)), (.sixteen, 16), (.twoFiftySix, 256),
    ])
    func sectorsAreDistinct(depth: ColorDepth, colors: Int16) {
        let sectors = Sector.allCases.compactMap { ColorPalette.foreground(for: .sector($0), depth: depth) }
        #expect(sectors.count == Sector.allCases.count)
        #expect(Set(sectors).count == sectors.count)
        for role in ColorRole.allCases {
            if let color = ColorPalette.foreground(for: role, depth: depth) {
                #expect((0..<colors).contains(color), "\(role)")
            }
        }
    }

    @Test func pairsAreOnePerRoleWithPlainAsPairZero() {
        let pairs = ColorRole.allCases.map(ColorPalette.pair(for:))
        #expect(ColorPalette.pair(for: .plain) == 0)
        #expect(Set(pairs).count == ColorRole.allCases.count)
        #expect(pairs.allSatisfy { (0..<Int16(ColorRole.allCases.count)).contains($0) })
    }

    @Test func attributesMapToCursesBits() {
        #expect(TextAttributes().curses == attr_t(CM_A_NORMAL))
        #expect(TextAttributes.bold.curses == attr_t(CM_A_BOLD))
        #expect(TextAttributes([.dim, .reverse, .underline]).curses == attr_t(CM_A_DIM | CM_A_REVERSE | CM_A_UNDERLINE))
    }
}
