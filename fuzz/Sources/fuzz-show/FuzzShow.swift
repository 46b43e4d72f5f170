import CareMapCanvas
import CareMapKit
import FuzzSupport

/// Fuzzes `caremap show`'s drawing: a map that parses is laid out and drawn as text, and no
/// scalar in `Unicode.Scalar.isTerminalUnsafe` may reach the text, however hostile its names (`docs/safety.md`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let map = CareMapFile.parse(Fuzz.bytes(data, size)).map else { return 0 }
    // Widths from 20 to 119 columns, chosen by the input so that a run tries boxes, labels and dots.
    let width = 20 + size % 100
    let text = TextRendering.show(map, layout: Layouter.layout(map, style: .default(for: map)), width: width)
    let control = text.unicodeScalars.first { $0 != "\n" && $0.isTerminalUnsafe }
    Fuzz.require(control == nil, "U+\(String(control?.value ?? 0, radix: 16, uppercase: true)) reached the drawing:\n\(text)")
    return 0
}

/// The program's entry, named as SwiftPM expects (see ``Fuzz/main(_:_:_:)``).
@_cdecl("fuzz_show_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    Fuzz.main(argc, argv, fuzz)
}
