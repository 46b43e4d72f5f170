import Foundation
import Testing

@Suite struct BinaryTests {
    @Test func binaryIsBuilt() {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        #expect(FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path))
    }
}
