import Foundation
import Testing

/// Same map, same bytes, across processes: every export and the report, run twice by the real
/// binary in separate processes, each with its own hash seed, give identical output. Comparing
/// two calls in one process could not catch an order that comes from a `Set` or `Dictionary`,
/// since the hash seed is fixed for the life of a process.
@Suite struct SameBytesTests {
    static let outputs: [[String]] = [
        ["export", "--to", "dot"], ["export", "--to", "json"], ["export", "--to", "graphml"], ["export", "--to", "mermaid"],
        ["export", "--to", "markdown"], ["report"], ["report", "--format", "json"], ["report", "--format", "markdown"],
        ["show", "--width", "120"],
    ]

    @Test(arguments: Caremap.samples.map(\.lastPathComponent))
    func twoProcessesWriteTheSameBytes(_ name: String) throws {
        for command in Self.outputs {
            let first = try Caremap.run(command + ["sample-maps/\(name)"], in: Caremap.packageRoot)
            let second = try Caremap.run(command + ["sample-maps/\(name)"], in: Caremap.packageRoot)
            #expect(first.status == 0, "\(command): \(first.stderr)")
            #expect(!first.stdout.isEmpty, "\(command)")
            #expect(first.stdout == second.stdout, "\(name): \(command) differs between two runs")
        }
    }

    @Test func twoProcessesWriteTheSameCSVFiles() throws {
        let folder = try Caremap.temporaryFolder()
        for sample in Caremap.samples {
            for prefix in ["one", "two"] {
                #expect(try Caremap.run(["export", sample.path, "--to", "csv", "-o", prefix], in: folder).status == 0)
            }
            for table in ["nodes", "links", "actions"] {
                let one = try Data(contentsOf: folder.appendingPathComponent("one-\(table).csv"))
                #expect(one == (try Data(contentsOf: folder.appendingPathComponent("two-\(table).csv"))), "\(sample.lastPathComponent) \(table)")
            }
        }
    }
}
