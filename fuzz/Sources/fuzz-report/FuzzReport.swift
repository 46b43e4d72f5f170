import CareMapCanvas
import CareMapKit
import FuzzSupport

/// Fuzzes `caremap report`: a map that parses is analysed and reported in every format, and no
/// scalar in `Unicode.Scalar.isTerminalUnsafe` but the new line reaches the report, however
/// hostile its names (`docs/safety.md`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let map = CareMapFile.parse(Fuzz.bytes(data, size)).map else { return 0 }
    let today = CalendarDate(year: 2026, month: 12, day: 7)!
    for format in ReportOptions.Format.allCases {
        let report = ReportWriter.write(map, options: ReportOptions(format: format, today: today, width: 20 + size % 100))
        let unsafe = report.unicodeScalars.first { $0 != "\n" && $0.isTerminalUnsafe }
        Fuzz.require(unsafe == nil, "U+\(String(unsafe?.value ?? 0, radix: 16, uppercase: true)) reached the \(format) report")
    }
    return 0
}

/// The program's entry, named as SwiftPM expects (see ``Fuzz/main(_:_:_:)``).
@_cdecl("fuzz_report_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    Fuzz.main(argc, argv, fuzz)
}
