@testable import CareMapApp
import CareMapKit
import FuzzSupport

/// The map the fuzzed commands act on: a subject, a place, a private relative and ties between them.
private let startMap: CareMap = {
    guard let map = CareMapFile.parse("""
        caremap 1
        title "Fuzz"
        subject amira
        person amira "Amira" role=service-user lang=ar,en
        person hassan "Hassan" role=interpreter ring=2
        place gp "Riverside GP" role=gp-surgery ring=2
        person karim "Karim" private=yes
        link hassan -> amira "interprets for" strength=strong
        link gp -> amira "registered with" via=hassan

        """).map else { fatalError("the fuzz start map does not parse") }
    return map
}()

/// Fuzzes the editor's `:` command line: the input, as text, is parsed by ``LineCommand/parse(_:)``
/// and then typed into an editor after `:` and run, as a person would. Neither may crash, and
/// whatever the command does, the map keeps its invariants and gains no error.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let line = String(decoding: Fuzz.bytes(data, size), as: UTF8.self)
    _ = LineCommand.parse(line)
    var editor = Editor(map: startMap, path: "fuzz.caremap", width: 80, height: 24)
    _ = editor.update(.input(.key(.character(":")), now: 0))
    // A new line would end the command early, as Enter does; the parser above has seen it whole.
    for character in line where !character.isNewline {
        _ = editor.update(.input(.key(.character(character)), now: 0))
    }
    _ = editor.update(.input(.key(.enter), now: 0))
    _ = editor.view()
    Fuzz.require(editor.map.invariantViolations().isEmpty, "invariants broken: \(editor.map.invariantViolations())")
    Fuzz.require(!editor.map.problems().contains { $0.severity == .error }, "the command left an error in the map")
    return 0
}

/// The program's entry, named as SwiftPM expects (see ``Fuzz/main(_:_:_:)``).
@_cdecl("fuzz_command_line_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    Fuzz.main(argc, argv, fuzz)
}
