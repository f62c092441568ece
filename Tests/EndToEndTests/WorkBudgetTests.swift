import Foundation
import Testing

/// The hostile rubrics of issue 16 run through the built executable: each ends quickly with a
/// message naming what was too big (the wall-clock guard only catches a hang; measured times
/// are in docs/limits.md), and an honest rubric of the same shape still gets its exact key.
@Suite struct WorkBudgetTests {
    /// `h[t] = h[t-1]·h[t-1]` from h[0] = 1/2 over `steps` steps: h[t] = 1/2^(2^t), so the
    /// denominator has 2^t + 1 bits and h[12] is the first beyond 4096 bits.
    static func squaring(steps: Int, tolerance: String = "exact", budget: String = "", followThrough: Bool = false) -> String {
        let parts = followThrough
            ? """
              <part id="a" points="1"><prompt>h[1]</prompt><number ask="h[1]"/></part>
                  <part id="b" points="1"><prompt>h[T]</prompt><number ask="h[\(steps)]"/></part>
              """
            : #"<part id="a" points="1"><prompt>h[T]</prompt><number ask="h[\#(steps)]"/></part>"#
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <assignment xmlns="urn:rnngrade:rubric:1" id="sq" version="1" title="Squaring">
              <defaults><tolerance mode="\(tolerance)"/>\(followThrough ? #"<follow-through credit="1"/>"# : "")\(budget)</defaults>
              <problem id="1" title="Square">
                <model id="m">
                  <state name="h" initial="1/2"/>
                  <input name="x" values="\(Array(repeating: "0", count: steps).joined(separator: " "))"/>
                  <equation>h[t] = h[t-1] * h[t-1]</equation>
                </model>
                \(parts)
              </problem>
            </assignment>
            """
    }

    /// A one-part rubric whose model has `params` and whose part asks `ask` (a matrix part when
    /// `matrix`).
    static func asking(_ ask: String, params: String, tolerance: String = "exact", matrix: Bool = false) -> String {
        let element = matrix ? "matrix" : "number"
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <assignment xmlns="urn:rnngrade:rubric:1" id="big" version="1" title="Hostile">
              <defaults><tolerance mode="\(tolerance)"/></defaults>
              <problem id="1" title="Big">
                <model id="m">\(params)</model>
                <part id="a" points="1"><prompt>Compute.</prompt><\(element) ask="\(ask)"/></part>
              </problem>
            </assignment>
            """
    }

    /// An n×n matrix literal of small fractions k/(k+1), varied so that it is not singular.
    static func smallFractions(_ n: Int) -> String {
        let rows = (0..<n).map { r in
            (0..<n).map { c in let k = (r * 7 + c * 3) % 9 + 1; return "\(k)/\(k + (r == c ? 2 : 1))" }.joined(separator: " ")
        }
        return "[" + rows.joined(separator: "; ") + "]"
    }

    /// Runs `arguments` in `folder`, failing the test (not hanging it) beyond a generous guard.
    static func run(_ arguments: [String], in folder: TemporaryFolder) throws -> CommandRun {
        let start = Date()
        let run = try Executable.run(arguments, in: folder.url)
        #expect(Date().timeIntervalSince(start) < 30, "rnngrade \(arguments.joined(separator: " ")) took too long")
        return run
    }

    /// `rnngrade key` (with `options`) of `rubric`, written to a temporary `r.xml`.
    static func key(of rubric: String, _ options: [String] = []) throws -> CommandRun {
        let folder = try TemporaryFolder()
        try folder.write(rubric, to: "r.xml")
        return try run(["key", "r.xml"] + options, in: folder)
    }

    static let bitsMessage = "exact values of 4097 bits would exceed the 4096-bit budget (raise it with <budget exact-bits="

    @Test(arguments: [64, 24])
    func squaringStopsKeyCheckGradeAndVerifyWithTheLimit(steps: Int) throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.squaring(steps: steps), to: "sq.xml")
        try folder.write("# assignment: sq\n# student: ola\n1.a = 0\n", to: "subs/ola.txt")

        let key = try Self.run(["key", "sq.xml"], in: folder)
        #expect(key.status == 1)
        // Located at the equation (line 8, where `h[t-1] * h[t-1]` starts) and naming the step.
        #expect(key.stdout.contains("sq.xml:8:24: computing h[12]: in matmul: " + Self.bitsMessage))

        let check = try Self.run(["check", "sq.xml", "subs/ola.txt"], in: folder)
        #expect(check.stdout.contains("graded by hand later"))
        #expect(check.stdout.contains(Self.bitsMessage))

        let grade = try Self.run(["grade", "sq.xml", "subs", "--out", "out"], in: folder)
        #expect(grade.stdout.contains("ola"))
        #expect((grade.stdout + grade.stderr).contains(Self.bitsMessage))

        let verify = try Self.run(["verify", "sq.xml"], in: folder)
        #expect(verify.status == 1)
        #expect(verify.stdout.contains("FAIL key of 1.a"))
        #expect(verify.stdout.contains("computing h[12]"))
    }

    @Test func approximateKeyFallsBackToFloatingPointAndSaysSo() throws {
        let key = try Self.key(of: Self.squaring(steps: 64, tolerance: "relative"))
        #expect(key.status == 0)
        // 1/2^(2^64) underflows every Double: the key is 0, and the working says why.
        #expect(key.stdout.contains("**Key:** `0` (approximate)"))
        #expect(key.stdout.contains("*computed in floating point: exact values of 4097 bits would exceed the 4096-bit budget at h[12]*"))
        #expect(key.stdout.contains("- `h[11]` = `1/3231700607131100730071487668866995196044410266971548403213034542752465513886789"))
    }

    @Test func honestSquaringKeepsItsExactKey() throws {
        let key = try Self.key(of: Self.squaring(steps: 5))
        #expect(key.status == 0)
        // (1/2)^(2^5) = 1/2^32 = 1/4294967296.
        #expect(key.stdout.contains("**Key:** `1/4294967296 ≈ 2.328306437e-10` (exact)"))
    }

    @Test func aRubricRaisesTheBudget() throws {
        let key = try Self.key(of: Self.squaring(steps: 12, budget: #"<budget exact-bits="5000"/>"#), ["--format", "json"])
        #expect(key.status == 0)
        // h[12] = 1/2^4096: the denominator has 4097 bits, within 5000.
        #expect(key.stdout.contains(#""exact" : "1/"#))
        #expect(!key.stdout.contains("budget"))
    }

    @Test func followThroughBeyondTheBudgetIsLeftToATAAndTheBatchGoesOn() throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.squaring(steps: 8, followThrough: true), to: "sq.xml")
        // 1/7…7 with 1000 sevens has 3322 bits; squared it needs 6644.
        try folder.write("# assignment: sq\n# student: big\n1.a = 1/\(String(repeating: "7", count: 1000))\n1.b = 0\n", to: "subs/big.txt")
        try folder.write("# assignment: sq\n# student: ok\n1.a = 1/4\n1.b = 1/2\n", to: "subs/ok.txt")
        let grade = try Self.run(["grade", "sq.xml", "subs", "--out", "out"], in: folder)
        #expect(grade.status == 0)
        let gradebook = try folder.text("out/sq/gradebook.csv")
        #expect(gradebook.contains("big,,big.txt,0,,0,0,pending: 1.b"))
        #expect(gradebook.contains("ok,,ok.txt,1,0,1,50,graded"))
        let feedback = try folder.text("out/sq/feedback/big.md")
        #expect(feedback.contains("could not be graded: with your answer to 1.a carried forward, computing h\\[2\\]: in matmul: exact values of 6644 bits would exceed the 4096-bit budget"))
    }

    @Test func exactDeterminantAndInverseOfLargeMatricesStop() throws {
        let det = try Self.key(of: Self.asking("det(A)", params: #"<param name="A" value="\#(Self.smallFractions(200))"/>"#))
        #expect(det.status == 1)
        #expect(det.stdout.contains("det of an exact 200×200 matrix would exceed the budget of 20×20 for exact matrices (raise it with <budget matrix-size="))
        let inv = try Self.key(of: Self.asking("inv(A)", params: #"<param name="A" value="\#(Self.smallFractions(60))"/>"#, matrix: true))
        #expect(inv.status == 1)
        #expect(inv.stdout.contains("inv of an exact 60×60 matrix would exceed the budget of 20×20 for exact matrices"))
    }

    @Test func approximateDeterminantFallsBackToFloatingPoint() throws {
        // diag(1/3, …) of size 30: det = 1/3^30 = 1/205891132094649 = 4.8569357496…e-15, shown to
        // 10 significant figures with the trailing zero dropped.
        let diagonal = "[" + (0..<30).map { r in (0..<30).map { $0 == r ? "1/3" : "0" }.joined(separator: " ") }.joined(separator: "; ") + "]"
        let key = try Self.key(of: Self.asking("det(A)", params: #"<param name="A" value="\#(diagonal)"/>"#, tolerance: "relative"))
        #expect(key.status == 0)
        #expect(key.stdout.contains("**Key:** `4.85693575e-15` (approximate)"))
        #expect(key.stdout.contains("*computed in floating point: det of an exact 30×30 matrix would exceed the budget of 20×20 for exact matrices*"))
    }

    @Test func aPowerOfHugeFractionsStops() throws {
        let big = "1" + String(repeating: "3", count: 299)   // 300 digits, 997 bits
        let w = "[\(big)/\(big)7 1/\(big); 2/\(big) \(big)/\(big)9]"
        let key = try Self.key(of: Self.asking("W^10000", params: #"<param name="W" value="\#(w)"/>"#, matrix: true))
        #expect(key.status == 1)
        #expect(key.stdout.contains("in matrixPower(10000): the matrix power ^10000 of exact values of"))
        #expect(key.stdout.contains("would exceed the 4096-bit budget"))
    }

    @Test func aSignificantFiguresKeyBelowTheDoubleRangeChecksQuickly() throws {
        let folder = try TemporaryFolder()
        let rubric = Self.asking("1/91e990", params: #"<param name="a" value="1"/>"#, tolerance: "sigfigs")
            .replacingOccurrences(of: #"mode="sigfigs""#, with: #"mode="sigfigs" digits="3""#)
        try folder.write(rubric, to: "sig.xml")
        // 1/91e990 = 1.0989…e-992: 1.10e-992 is right to 3 significant figures, 1.2e-992 is not.
        try folder.write("# assignment: big\n# student: s\n1.a = 1.10e-992\n", to: "right.txt")
        try folder.write("# assignment: big\n# student: s\n1.a = 1.2e-992\n", to: "wrong.txt")
        let right = try Self.run(["check", "sig.xml", "right.txt"], in: folder)
        #expect(right.stdout.contains("✓ 1.a  right  1/1"))
        let wrong = try Self.run(["check", "sig.xml", "wrong.txt"], in: folder)
        #expect(wrong.stdout.contains("1.a  wrong  0/1"))
    }

    @Test func tenThousandUndefinedNamesGiveOneHundredShortDiagnostics() throws {
        let folder = try TemporaryFolder()
        let names = (0..<10_000).map { "q\($0)" }.joined(separator: " ")
        try folder.write(Self.asking("[\(names)]", params: #"<param name="a" value="1"/>"#, matrix: true), to: "names.xml")
        let validate = try Self.run(["validate", "names.xml"], in: folder)
        #expect(validate.status == 1)
        let output = validate.stdout + validate.stderr
        #expect(output.components(separatedBy: ": undefined name 'q").count - 1 == 100)
        #expect(output.contains(": … and 9900 more errors not shown"))
        // Every line is short: the 69 KB source line is cut around each caret.
        #expect(output.split(separator: "\n").allSatisfy { $0.count < 200 })
        // The first caret is at column 68: the excerpt starts 60 characters before it, after a `…`.
        #expect(output.contains("6 | …rt id=\"a\" points=\"1\"><prompt>Compute.</prompt><matrix ask=\"[q0 q1 q2"))
    }

    @Test func aDesignWhoseExactValuesOutgrowTheBudgetIsLeftToATA() throws {
        let folder = try TemporaryFolder()
        // h[t] = w·h[t-1]² + x[t] from h[0] = 1/3 with w = 1/3: the denominator is 3^(2^(t+1) − 1)
        // (3·(3^d)² per step), so 3^127 (202 bits) at t = 6 and 3^255 (405 bits) at t = 7, past
        // the rubric's lowered 256-bit budget.
        try folder.write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <assignment xmlns="urn:rnngrade:rubric:1" id="des" version="1" title="Design">
              <defaults><budget exact-bits="256"/></defaults>
              <problem id="1" title="Square">
                <model id="net">
                  <param name="w" free="true"/>
                  <input name="x"/>
                  <state name="h" initial="1/3"/>
                  <equation>h[t] = w*h[t-1]*h[t-1] + x[t]</equation>
                  <equation>y[t] = 0*h[t]</equation>
                </model>
                <model id="ref">
                  <input name="x"/>
                  <state name="s" initial="0"/>
                  <equation>s[t] = 0*x[t]</equation>
                  <equation>y[t] = s[t]</equation>
                </model>
                <part id="a" points="1">
                  <prompt>Choose w.</prompt>
                  <design model="net" free="w" output="y" alphabet="0 1" max-length="16"><reference>ref</reference></design>
                </part>
              </problem>
            </assignment>
            """, to: "des.xml")
        try folder.write("# assignment: des\n# student: s\n1.a = w = 1/3\n", to: "s.txt")
        let check = try Self.run(["check", "des.xml", "s.txt"], in: folder)
        #expect(check.stdout.contains("1.a  graded by hand later  0/1"))
        #expect(check.stdout.contains("the network cannot be run exactly: exact values of"))
        #expect(check.stdout.contains("would exceed the 256-bit budget"))
    }
}
