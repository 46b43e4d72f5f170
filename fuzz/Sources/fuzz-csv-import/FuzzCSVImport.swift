import CareMapKit
import FuzzSupport

/// Fuzzes `caremap import --from csv`: the input is the nodes table, then, after the first NUL
/// byte if there is one, the links table. Importing never crashes, and a map it returns reads
/// back as the same map (`docs/imports.md`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    let split = bytes.firstIndex(of: 0) ?? bytes.count
    let nodes = CSVImporter.Source(file: "nodes.csv", bytes: Array(bytes[..<split]))
    let links = split < bytes.count ? CSVImporter.Source(file: "links.csv", bytes: Array(bytes[(split + 1)...])) : nil
    Fuzz.requireWritable(CSVImporter.importMap(nodes: nodes, links: links), files: ["nodes.csv", "links.csv"])
    return 0
}

/// The program's entry, named as SwiftPM expects (see ``Fuzz/main(_:_:_:)``).
@_cdecl("fuzz_csv_import_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    Fuzz.main(argc, argv, fuzz)
}
