import Foundation
import Testing

/// `caremap diff`: a sample against itself and against an edited copy in every format, the exit
/// statuses of diff(1), git's seven arguments, and the errors.
@Suite struct DiffCommandTests {
    /// The Amira sample with four edits: a person added, a tie lost, a strength changed and an
    /// action done.
    static func editedAmira(in folder: URL) throws -> String {
        var text = try String(contentsOf: Caremap.packageRoot.appendingPathComponent("sample-maps/amira.caremap"), encoding: .utf8)
        let edits = [
            ("person dr-nadia ", "person farah \"Farah\" role=peer lang=ar,en ring=2\nperson dr-nadia "),
            ("link grace -> ashbridge-college \"signed her up\" strength=tenuous support=practical reported-by=caseworker\n", ""),
            ("link riverside-gp -> amira \"registered with\" strength=moderate", "link riverside-gp -> amira \"registered with\" strength=strong"),
            ("review=2026-12-15 status=open", "review=2026-12-15 status=done"),
        ]
        for (old, new) in edits {
            #expect(text.contains(old), "the sample no longer has \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        let path = folder.appendingPathComponent("amira-review.caremap").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aSampleAgainstItselfIsNothing() throws {
        for format in ["text", "markdown"] {
            let output = try Caremap.run(["diff", "sample-maps/amira.caremap", "sample-maps/amira.caremap", "--format", format], in: Caremap.packageRoot)
            #expect(output.status == 0 && output.stdout.isEmpty && output.stderr.isEmpty, "\(output)")
        }
        let json = try Caremap.run(["diff", "sample-maps/amira.caremap", "sample-maps/amira.caremap", "--format", "json"], in: Caremap.packageRoot)
        #expect(json.status == 0)
        #expect(json.stdout.contains("\"same\" : true"))
    }

    @Test func anEditedCopyWordForWord() throws {
        let folder = try Caremap.temporaryFolder()
        let edited = try Self.editedAmira(in: folder)
        let output = try Caremap.run(["diff", "sample-maps/amira.caremap", edited, "--today", "2026-11-25"], in: Caremap.packageRoot)
        #expect(output.status == 1)
        #expect(output.stderr.isEmpty)
        #expect(output.stdout == Self.expectedText, "\(output.stdout)")
    }

    static let expectedText = """
        People, places and groups
          + new person: Farah (peer)

        Ties
          - lost: Grace Mensah (caseworker) → Ashbridge College ESOL class, “signed her
            up”
          ~ Riverside GP surgery → أميرة (Amira), “registered with”: strength moderate →
            strong

        Actions
          ~ done: “Ask Riverside GP to book a woman doctor and an Arabic interpreter for
            every appointment”

        """

    @Test func markdownAndJSONNameEveryEdit() throws {
        let folder = try Caremap.temporaryFolder()
        let edited = try Self.editedAmira(in: folder)
        let markdown = try Caremap.run(["diff", "sample-maps/amira.caremap", edited, "--format", "markdown", "--today", "2026-11-25"], in: Caremap.packageRoot)
        #expect(markdown.status == 1)
        for line in ["- new person: Farah (peer)", "- lost: Grace Mensah (caseworker) → Ashbridge College ESOL class, “signed her up”",
                     "- Riverside GP surgery → أميرة (Amira), “registered with”: strength moderate → strong"] {
            #expect(markdown.stdout.contains(line), "\(line)\n\(markdown.stdout)")
        }
        #expect(markdown.stdout.contains("- done: “Ask Riverside GP"))
        let json = try Caremap.run(["diff", "sample-maps/amira.caremap", edited, "--format", "json", "--today", "2026-11-25"], in: Caremap.packageRoot)
        #expect(json.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["same"] as? Bool == false)
        let nodes = try #require(object["nodes"] as? [String: Any])
        #expect((nodes["added"] as? [[String: Any]])?.map { $0["id"] as? String } == ["farah"])
        let ties = try #require(object["ties"] as? [String: Any])
        #expect((ties["removed"] as? [[String: Any]])?.map { $0["label"] as? String } == ["signed her up"])
        let changedTies = try #require(ties["changed"] as? [[String: Any]])
        #expect(changedTies.map { ($0["fields"] as? [[String: Any]])?.first?["new"] as? String } == ["strong"])
        let actions = try #require(object["actions"] as? [String: Any])
        let changedActions = try #require(actions["changed"] as? [[String: Any]])
        #expect(changedActions.map { ($0["of"] as? [String: Any])?["status"] as? String } == ["done"])
    }

    @Test func findingsAndRoutesFromTheAnalysis() throws {
        let folder = try Caremap.temporaryFolder()
        let path = folder.appendingPathComponent("amira.caremap").path
        var text = try String(contentsOf: Caremap.packageRoot.appendingPathComponent("sample-maps/amira.caremap"), encoding: .utf8)
        text = text.replacingOccurrences(of: "mode=in-person,phone via=hassan domains=communication", with: "mode=in-person,phone domains=communication")
        text = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("link dr-okafor -> amira") && !$0.hasPrefix("link market-pharmacy") }.joined(separator: "\n")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let output = try Caremap.run(["diff", "sample-maps/amira.caremap", path, "--today", "2026-11-25", "--format", "markdown"], in: Caremap.packageRoot)
        #expect(output.status == 1)
        for line in [
            "- Riverside GP surgery → أميرة (Amira), “registered with”: via removed (was حسن (Hassan))",
            "- resolved: All 3 routes to primary care depend on حسن (Hassan), the interpreter.",
            "## Routes to formal care\n\n- lost: a pharmacy: Market Street Pharmacy",
        ] {
            #expect(output.stdout.contains(line), "\(line)\n\(output.stdout)")
        }
    }

    @Test func privatePeopleAreOnlyAPrivatePerson() throws {
        let folder = try Caremap.temporaryFolder()
        let path = folder.appendingPathComponent("amira.caremap").path
        let text = try String(contentsOf: Caremap.packageRoot.appendingPathComponent("sample-maps/amira.caremap"), encoding: .utf8)
        try text.replacingOccurrences(of: "quality=mixed mode=phone lang=ar notes=\"News from home", with: "quality=stressful mode=phone lang=ar notes=\"Karim is in danger; news from home")
            .write(toFile: path, atomically: true, encoding: .utf8)
        for format in ["text", "markdown", "json"] {
            let output = try Caremap.run(["diff", "sample-maps/amira.caremap", path, "--format", format], in: Caremap.packageRoot)
            #expect(output.status == 1)
            #expect(output.stdout.contains("a private person"), "\(output.stdout)")
            #expect(!output.stdout.contains("Karim") && !output.stdout.contains("كريم") && !output.stdout.contains("karim"), "\(output.stdout)")
        }
        let redacted = try Caremap.run(["diff", "sample-maps/amira.caremap", path, "--redact"], in: Caremap.packageRoot)
        #expect(redacted.status == 0 && redacted.stdout.isEmpty, "the only change is to a tie with a private person: \(redacted)")
    }

    @Test func gitsSevenArgumentsAndDevNull() throws {
        let folder = try Caremap.temporaryFolder()
        let edited = try Self.editedAmira(in: folder)
        let hex = String(repeating: "0", count: 40)
        let changed = try Caremap.run(["diff", "amira.caremap", "sample-maps/amira.caremap", hex, "100644", edited, hex, "100644"], in: Caremap.packageRoot)
        #expect(changed.status == 0, "git takes any other status as a failure")
        #expect(changed.stdout.hasPrefix("diff --caremap a/amira.caremap b/amira.caremap\nPeople, places and groups\n"), "\(changed.stdout)")
        let json = try Caremap.run(["diff", "--format", "json", "amira.caremap", "sample-maps/amira.caremap", hex, "100644", edited, hex, "100644"],
                                   in: Caremap.packageRoot)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any], "one JSON document, no heading: \(json.stdout)")
        #expect(object["path"] as? String == "amira.caremap" && object["same"] as? Bool == false)
        let added = try Caremap.run(["diff", "new.caremap", "/dev/null", ".", ".", edited, hex, "100644"], in: Caremap.packageRoot)
        #expect(added.status == 0)
        #expect(added.stdout.contains("  + new person: Farah (peer)"))
        let devNull = try FileManager.default.attributesOfItem(atPath: "/dev/null")
        #expect(devNull[.type] as? FileAttributeType == .typeCharacterSpecial, "/dev/null is still a device")
    }

    @Test func anUnreadableMapIsStatusTwo() throws {
        let output = try Caremap.run(["diff", "sample-maps/amira.caremap", "no-such.caremap"], in: Caremap.packageRoot)
        #expect(output.status == 2)
        #expect(output.stderr == "caremap: cannot read 'no-such.caremap': no such file\n", "\(output.stderr)")
        let folder = try Caremap.temporaryFolder()
        let broken = folder.appendingPathComponent("broken.caremap")
        try "caremap 1\nperson a ring=7\n".write(to: broken, atomically: true, encoding: .utf8)
        let bad = try Caremap.run(["diff", broken.path, "sample-maps/amira.caremap"], in: Caremap.packageRoot)
        #expect(bad.status == 2)
        #expect(bad.stderr == "\(broken.path):2:15: ring 7 is out of range; use 1 (closest), 2 or 3\n", "\(bad.stderr)")
    }

    @Test func oneMapIsAUsageError() throws {
        let output = try Caremap.run(["diff", "sample-maps/amira.caremap"], in: Caremap.packageRoot)
        #expect(output.status == 64)
        #expect(output.stderr.contains("Name two maps to compare: caremap diff OLD NEW."), "\(output.stderr)")
    }
}
