import CareMapKit
import FuzzSupport

/// Fuzzes `caremap import --from graphml`: any bytes as a GraphML file. Importing never crashes
/// nor expands an entity, and a map it returns reads back as the same map (`docs/imports.md`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    Fuzz.requireWritable(GraphMLImporter.importMap(file: "map.graphml", bytes: Fuzz.bytes(data, size)), files: ["map.graphml"])
    return 0
}

/// The program's entry, named as SwiftPM expects (see ``Fuzz/main(_:_:_:)``).
@_cdecl("fuzz_graphml_import_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    Fuzz.main(argc, argv, fuzz)
}
