import CareMapKit
import FuzzSupport

/// Fuzzes `caremap import` of a Network Canvas export: bytes starting `PK` as the export's zip
/// (read in memory, within its limits), anything else as the ego CSV, a NUL byte, an alters CSV,
/// a NUL byte, and an edges CSV. Importing never crashes, and every case's map is one the file
/// format reads back, with every problem naming one of the files (`docs/imports.md`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    let files: [NetCanvasImporter.File]
    if bytes.starts(with: Array("PK".utf8)) {
        let wanted = { (path: String) in NetCanvasImporter.isExportTable(path) || path.hasSuffix(".graphml") }
        guard let read = try? NetCanvasArchive.files(bytes, named: "export.zip", wanted: wanted) else { return 0 }
        files = read
    } else {
        let names = ["c_s_ego.csv", "c_s_attributeList_Person.csv", "c_s_edgeList_Close.csv"]
        let parts = bytes.split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false)
        files = zip(names, parts).map { NetCanvasImporter.File(path: $0, bytes: Array($1)) }
    }
    let result = NetCanvasImporter.importCases(files)
    let paths = files.map(\.path)
    for diagnostic in result.diagnostics {
        Fuzz.require(paths.contains(diagnostic.file), "a diagnostic names an unknown file: \(diagnostic)")
    }
    for found in result.cases { Fuzz.requireWritable(found.result, files: paths) }
    return 0
}

/// The program's entry, named as SwiftPM expects (see ``Fuzz/main(_:_:_:)``).
@_cdecl("fuzz_netcanvas_import_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    Fuzz.main(argc, argv, fuzz)
}
