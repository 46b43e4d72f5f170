import CareMapCanvas
import CareMapKit
import FuzzSupport

/// Fuzzes `caremap show`'s drawing: a map that parses is laid out and drawn as text, and no
/// control character may reach the text, however hostile its names (`docs/safety-input.md`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let map = CareMapFile.parse(Fuzz.bytes(data, size)).map else { return 0 }
    let width = 20 + size % 100
    let text = TextRendering.show(map, layout: Layouter.layout(map, style: .default(for: map)), width: width)
    let control = text.unicodeScalars.first { scalar in
        scalar != "\n" && (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || (0x202A...0x202E).contains(scalar.value))
    }
    Fuzz.require(control == nil, "a control character U+\(String(control?.value ?? 0, radix: 16)) reached the drawing:\n\(text)")
    return 0
}

/// The program's entry, named as SwiftPM expects (see ``Fuzz/main(_:_:_:)``).
@_cdecl("fuzz_show_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    Fuzz.main(argc, argv, fuzz)
}
