#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What every fuzz target shares: turning libFuzzer's buffer into bytes, and failing loudly.
public enum Fuzz {
    /// The input libFuzzer hands over, copied into an array the caremap APIs take.
    public static func bytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> [UInt8] {
        Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// Stops the run with `message` when `condition` is false.
    ///
    /// libFuzzer counts only crashes, so a broken property must crash: `abort()` makes it save the
    /// input as `crash-…` and stop, and the message on standard error says what went wrong.
    public static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        guard !condition else { return }
        var report = "fuzz property failed: \(message())\n"
        report.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
        abort()
    }
}

/// libFuzzer's entry for programs that have their own `main` (llvm.org/docs/LibFuzzer.html,
/// "Using libFuzzer as a library").
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ test: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

extension Fuzz {
    /// Runs libFuzzer with the program's arguments on `test`.
    ///
    /// SwiftPM links every executable target with `--defsym main=<module>_main`, so a target must
    /// define that symbol even though `-sanitize=fuzzer` brings libFuzzer's own `main`; each
    /// target's `<module>_main` calls this, which hands over to libFuzzer's driver as its `main` would.
    public static func main(
        _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
        _ test: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
    ) -> CInt {
        var count = argc
        var arguments = argv
        return runDriver(&count, &arguments, test)
    }
}
