@testable import CareMapCanvas
import Testing

/// ``DisplayWidth/isZeroWidth(_:)`` answers the common scripts without Unicode's tables; over
/// every scalar it must give the answer the tables give.
@Suite struct DisplayWidthTests {
    @Test func theQuickAnswersAgreeWithUnicodesCategoriesForEveryScalar() {
        var disagreements: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let byTables: Bool
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: byTables = true
            default: byTables = value == 0x200B || (0x1160...0x11FF).contains(value)
            }
            if DisplayWidth.isZeroWidth(scalar) != byTables { disagreements.append(String(value, radix: 16)) }
        }
        #expect(disagreements.isEmpty, "U+\(disagreements.prefix(10).joined(separator: ", U+"))")
    }
}
