import Foundation
import Testing

/// A class of 300 with per-student data (Rubrics/in5400-w10-family.xml): handouts, submissions
/// answering each student's own numbers (read back from their handout, keys by the hand
/// derivation below), planted copies, grading, copy detection and determinism.
@Suite(.serialized) struct VariantsEndToEndTests {
    static let rubric = "Rubrics/in5400-w10-family.xml"
    static let students = (1...300).map { String(format: "st%03d", $0) }
    /// Every 20th student copies all four answers from the next student on the roster.
    static let copiers: [String: String] = Dictionary(uniqueKeysWithValues: stride(from: 19, to: 299, by: 20).map { (students[$0], students[$0 + 1]) })

    /// A class folder: roster, salt, handouts written once.
    final class Class {
        let folder: TemporaryFolder
        init(salt: String = "a-secret-salt-of-the-course-2026") throws {
            folder = try TemporaryFolder()
            try folder.write("student_id,name\n" + VariantsEndToEndTests.students.map { "\($0),Student \($0)\n" }.joined(), to: "roster.csv")
            try folder.write(salt + "\n", to: "salt.txt")
        }

        func handout(to out: String) throws -> CommandRun {
            try Executable.run(["handout", VariantsEndToEndTests.rubric, "--roster", folder.path("roster.csv"),
                                "--out", folder.path(out), "--salt-file", folder.path("salt.txt")])
        }
    }

    /// The numbers a handout shows, and the keys worked from them by hand: h₁ = W_h h₀ + W_x x₁,
    /// h₂ = W_h h₁ + W_x x₂, ŷ_t = W_y h_t, L = Σ(ŷ_t − y_t)², ∂L/∂h₁ = 2(ŷ₁−y₁)W_y + 2(ŷ₂−y₂)W_y W_h,
    /// ∂L/∂W_h = 2(ŷ₁−y₁)W_y h₀ + 2(ŷ₂−y₂)W_y(h₁ + W_h h₀). Keys have at most 4 decimals (the
    /// rubric's constraint), so rounding the doubles to 4 decimals gives them exactly.
    struct Numbers {
        var data: [Double]
        var shown: [String]

        init(handout: String) throws {
            let text = handout.replacingOccurrences(of: "\\_", with: "_")
            let match = try #require(text.firstMatch(of: /h0 = ([-0-9.]+), x1 = ([-0-9.]+), x2 = ([-0-9.]+), y1 = ([-0-9.]+), y2 = ([-0-9.]+), W_h = ([-0-9.]+), W_x = ([-0-9.]+), W_y = ([-0-9]+)\./))
            let o = match.output
            shown = [o.1, o.2, o.3, o.4, o.5, o.6, o.7, o.8].map(String.init)
            data = shown.map { Double($0)! }
        }

        var keys: [String] {
            let (h0, x1, x2, y1, y2, wh, wx, wy) = (data[0], data[1], data[2], data[3], data[4], data[5], data[6], data[7])
            let h1 = wh * h0 + wx * x1, h2 = wh * h1 + wx * x2
            let e1 = wy * h1 - y1, e2 = wy * h2 - y2
            return [wy * h2, e1 * e1 + e2 * e2, 2 * e1 * wy + 2 * e2 * wy * wh, 2 * e1 * wy * h0 + 2 * e2 * wy * (h1 + wh * h0)].map(Self.decimal)
        }

        static func decimal(_ value: Double) -> String {
            var text = String(format: "%.4f", value)
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
            return text == "-0" ? "0" : text
        }
    }

    @Test func handoutsGradingCopiesAndDeterminism() throws {
        let course = try Class()
        let written = try course.handout(to: "handouts")
        #expect(written.status == 0, "\(written.stderr)")
        let folder = course.folder
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("handouts")).count == 300)

        var keys: [String: [String]] = [:]
        for student in Self.students {
            let markdown = try folder.text("handouts/\(student)/handout.md")
            let html = try folder.text("handouts/\(student)/handout.html")
            let sheet = try folder.text("handouts/\(student)/answers.txt")
            let format = try folder.text("handouts/\(student)/format.json")
            #expect(sheet.contains("# student: \(student)\n"))
            let numbers = try Numbers(handout: markdown)
            keys[student] = numbers.keys
            // No key value appears in anything the student receives, except where a key equals a
            // number the prompt itself shows, a part's number or points (1.a, "2 points"), a
            // subscript (h0), or a number of the assignment's name (IN5400 week 10) or the student's
            // id, which cannot be told apart. The HTML is searched from <body> on (its style sheet has sizes such as 1.5).
            let body = String(html[html.range(of: "<body>")!.lowerBound...])
            let visible = Set(numbers.shown + ["0", "1", "2", "5400", "10"] + Self.numbers(in: student))
            for text in [markdown.replacingOccurrences(of: "\\_", with: "_"), body, sheet, format] {
                // A template's `precision:` hint states the rubric's tolerance (1e-3, 4 figures),
                // never a key, so its numbers are not searched.
                let found = Self.numbers(in: text.split(separator: "\n").filter { !$0.contains("precision: ") }.joined(separator: "\n"))
                for key in numbers.keys where !visible.contains(key) {
                    #expect(!found.contains(key), "\(student)'s handout shows the key \(key)")
                }
                #expect(!text.contains("a-secret-salt"))
                #expect(!text.contains("yhat") && !text.contains("W_h*h[t-1]"), "no equations of the model")
            }
        }

        for student in Self.students {
            let answers = keys[Self.copiers[student] ?? student]!
            let sheet = "# assignment: in5400-w10-family\n# student: \(student)\n" + zip(["1.a", "1.b", "1.c", "1.d"], answers).map { "\($0) = \($1)\n" }.joined()
            try folder.write(sheet, to: "subs/\(student).txt")
        }
        let graded = try Executable.run(["grade", Self.rubric, folder.path("subs"), "--out", folder.path("out"), "--salt-file", folder.path("salt.txt"), "--quiet"])
        #expect(graded.status == 0, "\(graded.stderr)")
        let results = try JSONObject(file: folder.path("out/in5400-w10-family/results.json"))
        let totals = Dictionary(uniqueKeysWithValues: results.objects("submissions").map { ($0.string("studentID")!, $0.objects("parts").reduce(0) { $0 + $1.number("points")! }) })
        #expect(totals.count == 300)
        for student in Self.students where Self.copiers[student] == nil { #expect(totals[student] == 6, "\(student) answered their own numbers") }
        for student in Self.copiers.keys { #expect(totals[student]! < 6, "\(student) copied") }

        // Every planted copy, and nothing else: only copier → source pairs.
        let copies = try folder.text("out/in5400-w10-family/copies.md")
        let rows = copies.split(separator: "\n").filter { $0.hasPrefix("| st") && !$0.hasPrefix("| student") }.map { $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } }
        let pairs = Set(rows.map { "\($0[0])→\($0[1])" })
        #expect(pairs == Set(Self.copiers.map { "\($0.key)→\($0.value)" }), "\(copies)")
        // The summary lists the same pairs, and no part looks harder for some data: the copiers
        // are a few, spread over all keys.
        let summary = try folder.text("out/in5400-w10-family/summary.md")
        let copying = try #require(summary.range(of: "## Possible copying")).upperBound
        for row in rows { #expect(summary[copying...].contains("| \(row[0]) | \(row[1]) |")) }
        #expect(!summary.contains("depends on the data |"))

        // Determinism: the same roster and salt give byte-identical handouts and reports.
        let again = try course.handout(to: "handouts2")
        #expect(again.status == 0)
        #expect(try Self.tree(folder.path("handouts")) == Self.tree(folder.path("handouts2")))
        let regraded = try Executable.run(["grade", Self.rubric, folder.path("subs"), "--out", folder.path("out2"), "--salt-file", folder.path("salt.txt"), "--quiet", "--jobs", "1"])
        #expect(regraded.status == 0)
        #expect(try Self.tree(folder.path("out/in5400-w10-family")) == Self.tree(folder.path("out2/in5400-w10-family")))
    }

    /// Students whose ∂L/∂W_h (1.d) is in the larger half of the class's get it wrong, everyone
    /// else gets everything right: the summary flags 1.d, and only 1.d, as depending on the data.
    @Test func aPartHarderForSomeDataIsFlagged() throws {
        let course = try Class()
        #expect(try course.handout(to: "handouts").status == 0)
        let folder = course.folder
        let keys = try Dictionary(uniqueKeysWithValues: Self.students.map { ($0, try Numbers(handout: folder.text("handouts/\($0)/handout.md")).keys) })
        let median = keys.values.map { Double($0[3])! }.sorted()[Self.students.count / 2]
        for (student, answers) in keys {
            let written = Double(answers[3])! >= median ? zip(answers, ["", "", "", "0.5"]).map { $1.isEmpty ? $0 : $1 } : answers
            let sheet = "# assignment: in5400-w10-family\n# student: \(student)\n" + zip(["1.a", "1.b", "1.c", "1.d"], written).map { "\($0) = \($1)\n" }.joined()
            try folder.write(sheet, to: "subs/\(student).txt")
        }
        let graded = try Executable.run(["grade", Self.rubric, folder.path("subs"), "--out", folder.path("out"), "--salt-file", folder.path("salt.txt"), "--quiet"])
        #expect(graded.status == 0, "\(graded.stderr)")
        let summary = try folder.text("out/in5400-w10-family/summary.md")
        let flagged = summary.split(separator: "\n").filter { $0.hasSuffix("| depends on the data |") }.map { $0.split(separator: "|")[0].trimmingCharacters(in: .whitespaces) }
        #expect(flagged == ["1.d"], "\(summary)")
    }

    @Test func anotherSaltGivesOtherNumbers() throws {
        let first = try Class(salt: "a-secret-salt-of-the-course-2026")
        let second = try Class(salt: "another-secret-salt-of-the-course")
        #expect(try first.handout(to: "h").status == 0)
        #expect(try second.handout(to: "h").status == 0)
        var differing = 0
        for student in Self.students.prefix(30) {
            let a = try Numbers(handout: first.folder.text("h/\(student)/handout.md"))
            let b = try Numbers(handout: second.folder.text("h/\(student)/handout.md"))
            if a.shown != b.shown { differing += 1 }
        }
        #expect(differing == 30)
    }

    @Test func aMissingSaltIsAClearError() throws {
        let course = try Class()
        let run = try Executable.run(["handout", Self.rubric, "--roster", course.folder.path("roster.csv"), "--out", course.folder.path("h")],
                                     environment: ["RNNGRADE_IN5400_SALT": ""])
        #expect(run.status == 1)
        #expect(run.stderr.contains("fewer than 16"), "\(run.stderr)")
        let key = try Executable.run(["key", Self.rubric, "--student", "st001", "--salt-file", course.folder.path("nothing.txt")])
        #expect(key.status == 1)
        #expect(key.stderr.contains("cannot read the salt file"))
    }

    /// The numbers written in `text` (`-4`, `0.25`, `001`).
    static func numbers(in text: String) -> Set<String> {
        Set(text.matches(of: /-?[0-9]+(?:\.[0-9]+)?/).map { String($0.output) })
    }

    /// Every file under `path` with its bytes, by relative path.
    static func tree(_ path: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let root = URL(fileURLWithPath: path)
        for case let url as URL in FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)! where !url.hasDirectoryPath {
            files[String(url.path.dropFirst(root.path.count))] = try Data(contentsOf: url)
        }
        return files
    }
}
