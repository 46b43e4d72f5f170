import Foundation
import Testing

@Suite struct CommandLineTests {
    @Test func helpListsEveryCommand() throws {
        let output = try Caremap.run(["--help"])
        #expect(output.status == 0)
        for command in ["edit", "new", "check", "fmt", "export", "show"] {
            #expect(output.stdout.contains("  \(command) "), "help lacks '\(command)'")
        }
    }

    @Test func everySubcommandHasHelp() throws {
        for command in ["edit", "new", "check", "fmt", "export", "show"] {
            let output = try Caremap.run([command, "--help"])
            #expect(output.status == 0)
            #expect(output.stdout.contains("USAGE: caremap \(command)"))
        }
    }

    @Test func unknownOptionIsAUsageError() throws {
        let output = try Caremap.run(["check", "--colour", "map.caremap"])
        #expect(output.status == 64)
        #expect(output.stderr.contains("Unknown option '--colour'"))
    }

    @Test func checkAcceptsEverySample() throws {
        let samples = Caremap.samples
        #expect(samples.count >= 4)
        let output = try Caremap.run(["check"] + samples.map(\.path))
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.isEmpty)
        #expect(output.stdout.split(separator: "\n").count == samples.count)
    }

    @Test func checkReportsEveryProblemWithItsPosition() throws {
        let folder = try Caremap.temporaryFolder()
        let file = folder.appendingPathComponent("broken.caremap")
        try Data("""
            caremap 1
            person amira "Amira" role=service-user
            person hassan "Hassan" role=interpretr
            link amira -> gp strength=strng

            """.utf8).write(to: file)
        let output = try Caremap.run(["check", "broken.caremap"], in: folder)
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr == """
            broken.caremap:3:29: warning: unknown role 'interpretr'; did you mean 'interpreter'?
            broken.caremap:4:15: link to 'gp', which is not a node in this map
            broken.caremap:4:27: unknown strength 'strng'; did you mean 'strong'?

            """)
    }

    @Test func checkOfAMissingFileSaysSo() throws {
        let folder = try Caremap.temporaryFolder()
        let output = try Caremap.run(["check", "nowhere.caremap"], in: folder)
        #expect(output.status == 1)
        #expect(output.stderr == "caremap: cannot read 'nowhere.caremap': no such file\n")
    }

    @Test func newCreatesAPrivateMapThatChecks() throws {
        let folder = try Caremap.temporaryFolder()
        let output = try Caremap.run(["new", "amira.caremap", "--title", "Amira's network", "--subject", "Amira"], in: folder)
        #expect(output.status == 0, "\(output.stderr)")
        let file = folder.appendingPathComponent("amira.caremap")
        #expect(try Caremap.mode(of: file) == 0o600)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text == """
            caremap 1
            title "Amira's network"
            subject amira

            person amira "Amira" role=service-user

            """)
        #expect(try Caremap.run(["check", "amira.caremap"], in: folder).status == 0)
    }

    @Test func newRefusesToOverwrite() throws {
        let folder = try Caremap.temporaryFolder()
        try Data("keep me".utf8).write(to: folder.appendingPathComponent("x.caremap"))
        let output = try Caremap.run(["new", "x.caremap"], in: folder)
        #expect(output.status == 1)
        #expect(output.stderr == "caremap: 'x.caremap' already exists; open it with 'caremap x.caremap'\n")
        #expect(try String(contentsOf: folder.appendingPathComponent("x.caremap"), encoding: .utf8) == "keep me")
    }

    @Test func fmtCheckPassesOnEverySample() throws {
        let output = try Caremap.run(["fmt", "--check"] + Caremap.samples.map(\.path))
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
    }

    @Test func fmtRewritesCanonicallyAndCheckNoticesFirst() throws {
        let folder = try Caremap.temporaryFolder()
        let file = folder.appendingPathComponent("messy.caremap")
        let messy = "caremap 1\nperson  b   \"B\"\nlink a -- b\nperson a \"A\"   ring=1\ntitle   T\n"
        try Data(messy.utf8).write(to: file)
        let check = try Caremap.run(["fmt", "--check", "messy.caremap"], in: folder)
        #expect(check.status == 1)
        #expect(check.stdout == "messy.caremap: not in canonical form; run 'caremap fmt messy.caremap'\n")
        #expect(try String(contentsOf: file, encoding: .utf8) == messy)

        let printed = try Caremap.run(["fmt", "--stdout", "messy.caremap"], in: folder)
        #expect(printed.status == 0 && printed.stdout == "caremap 1\ntitle T\n\nperson b \"B\"\nperson a \"A\" ring=1\n\nlink a -- b\n")
        #expect(try String(contentsOf: file, encoding: .utf8) == messy)

        let format = try Caremap.run(["fmt", "messy.caremap"], in: folder)
        #expect(format.status == 0, "\(format.stderr)")
        #expect(try String(contentsOf: file, encoding: .utf8) == """
            caremap 1
            title T

            person b "B"
            person a "A" ring=1

            link a -- b

            """)
        #expect(try String(contentsOf: folder.appendingPathComponent("messy.caremap~"), encoding: .utf8) == messy)
        #expect(try Caremap.run(["fmt", "--check", "messy.caremap"], in: folder).status == 0)
    }

    @Test func fmtLeavesABrokenFileUntouched() throws {
        let folder = try Caremap.temporaryFolder()
        let file = folder.appendingPathComponent("broken.caremap")
        let broken = "caremap 1\nperson a \"A\" ring=7\n"
        try Data(broken.utf8).write(to: file)
        let output = try Caremap.run(["fmt", "broken.caremap"], in: folder)
        #expect(output.status == 1)
        #expect(output.stderr == "broken.caremap:2:19: ring 7 is out of range; use 1 (closest), 2 or 3\n")
        #expect(try String(contentsOf: file, encoding: .utf8) == broken)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("broken.caremap~").path))
    }

    @Test func hostileNamesNeverReachTheTerminalRaw() throws {
        let folder = try Caremap.temporaryFolder()
        let file = folder.appendingPathComponent("hostile.caremap")
        try Data("caremap 1\nperson a \"A\" role=\"\\u{1B}]52;c;aGk=\\u{7}\"\n".utf8).write(to: file)
        let output = try Caremap.run(["check", "hostile.caremap"], in: folder)
        #expect(output.status == 0)
        #expect(!output.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(output.stderr.contains("\\e]52;c;aGk=\\a"))
    }
}
