import CareMapKit
import Foundation
import ZIPFoundation

/// The invented Network Canvas interviews in `Tests/Fixtures/NetCanvas` (case-7 as CSV files,
/// case-9 as GraphML) and its protocol, read as the importer is handed them, and zips made of
/// them in memory.
enum NetCanvasFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Fixtures/NetCanvas").standardizedFileURL

    /// The files of `export/`, sorted by name, named `export/FILE`.
    static func exportFiles() throws -> [NetCanvasImporter.File] {
        let export = folder.appendingPathComponent("export")
        return try FileManager.default.contentsOfDirectory(atPath: export.path).sorted().map { name in
            NetCanvasImporter.File(path: "export/" + name, bytes: Array(try Data(contentsOf: export.appendingPathComponent(name))))
        }
    }

    /// case-7's CSV files only.
    static func csvFiles() throws -> [NetCanvasImporter.File] {
        try exportFiles().filter { $0.path.hasSuffix(".csv") }
    }

    static func protocolJSON() throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent("protocol/protocol.json")))
    }

    /// A zip of `entries` (path, bytes), deflated, in memory.
    static func zip(_ entries: [(String, [UInt8])]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, bytes) in entries {
            let data = Data(bytes)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        return Array(archive.data ?? Data())
    }
}
