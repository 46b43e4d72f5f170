@testable import CareMapKit
import Foundation
import Testing

/// caremap's own zip reader, on zips made by ZIPFoundation and on the damaged ones that made
/// ZIPFoundation trap or spin (found by `fuzz-netcanvas-import`, kept in its seeds).
@Suite struct ZipReaderTests {
    static let text = Array(String(repeating: "networkCanvasEgoUUID,name\n", count: 200).utf8)

    @Test func readsWhatZIPFoundationWrites() throws {
        let zip = try ZipReader(try NetCanvasFixtures.zip([("a/ego.csv", Self.text), ("a/", []), ("b.txt", Array("hi".utf8))]))
        #expect(zip.entries.map(\.path) == ["a/ego.csv", "a/", "b.txt"])
        #expect(try zip.contents(of: zip.entries[0], limit: 1 << 20) == Self.text)
        #expect(zip.entries[1].isFolder)
        #expect(throws: ZipReader.Failure.tooLarge("a/ego.csv")) { try zip.contents(of: zip.entries[0], limit: 100) }
    }

    @Test func aDeflateStreamCutShortIsDamagedNotEndless() throws {
        var bytes = try NetCanvasFixtures.zip([("ego.csv", Self.text)])
        // The compressed data starts after the 30-byte local header and the name; zero its
        // second half, so the stream ends early or goes wrong, and its CRC no longer holds.
        let start = 30 + "ego.csv".utf8.count
        let end = bytes.count - 22 - 46 - "ego.csv".utf8.count
        for index in ((start + end) / 2)..<end { bytes[index] = 0 }
        let zip = try ZipReader(bytes)
        #expect(throws: ZipReader.Failure.damaged("ego.csv")) { try zip.contents(of: zip.entries[0], limit: 1 << 20) }
    }

    @Test func offsetsPastTheEndAreRefused() throws {
        var bytes = try NetCanvasFixtures.zip([("ego.csv", Self.text)])
        let end = bytes.count - 22
        // The central directory's offset, then the file's local header offset, past the end.
        var moved = bytes
        moved[end + 16] = 0xFF
        moved[end + 17] = 0xFF
        #expect(throws: ZipReader.Failure.self) { try ZipReader(moved) }
        let directory = Int(bytes[end + 16]) | Int(bytes[end + 17]) << 8
        bytes[directory + 42] = 0xF0
        bytes[directory + 43] = 0xFF
        let zip = try ZipReader(bytes)
        #expect(throws: ZipReader.Failure.damaged("ego.csv")) { try zip.contents(of: zip.entries[0], limit: 1 << 20) }
    }

    @Test func notAZipAndZip64AreSaidSo() throws {
        #expect(throws: ZipReader.Failure.notAZip) { try ZipReader(Array("PK".utf8)) }
        #expect(throws: ZipReader.Failure.notAZip) { try ZipReader([]) }
        var end = [UInt8](repeating: 0, count: 22)
        end[0...3] = [0x50, 0x4B, 0x05, 0x06]
        end[10...11] = [0xFF, 0xFF]
        #expect(throws: ZipReader.Failure.zip64) { try ZipReader(end) }
    }

    @Test func theArchiveSaysWhyInWords() throws {
        #expect(throws: NetCanvasArchive.Failure(archive: "x.zip", message: "not a zip file that caremap can read")) {
            try NetCanvasArchive.files(Array("PK\u{3}".utf8), named: "x.zip") { _ in true }
        }
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../fuzz/seeds/fuzz-netcanvas-import")
        for name in ["found-offset-past-end.zip", "found-deflate-cut-short.zip"] {
            let bytes = [UInt8](try Data(contentsOf: seeds.appendingPathComponent(name)))
            #expect(throws: NetCanvasArchive.Failure.self, "\(name)") { try NetCanvasArchive.files(bytes, named: name) { _ in true } }
        }
    }
}
