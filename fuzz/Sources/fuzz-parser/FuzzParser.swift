import CareMapKit
import FuzzSupport

/// Fuzzes the `.caremap` parser: any bytes must parse without crashing, and a map that parses
/// must print to canonical text that parses back to the same map (`docs/file-format.md`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let result = CareMapFile.parse(Fuzz.bytes(data, size))
    Fuzz.require(result.diagnostics.count <= CareMapFile.maximumDiagnostics + 1, "more diagnostics than the cap")
    guard let map = result.map else { return 0 }
    let printed = CareMapFile.print(map)
    let again = CareMapFile.parse(printed)
    Fuzz.require(again.map == map, "print → parse changed the map; printed:\n\(printed)\ndiagnostics: \(again.diagnostics)")
    Fuzz.require(CareMapFile.print(again.map ?? map) == printed, "printing is not canonical:\n\(printed)")
    return 0
}

/// The program's entry, named as SwiftPM expects (see ``Fuzz/main(_:_:_:)``).
@_cdecl("fuzz_parser_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    Fuzz.main(argc, argv, fuzz)
}
