// swift-tools-version:6.0
import PackageDescription

// Targets follow the data flow (docs/architecture.md):
// rubric XML → RNNXML → RNNRubric (+ RNNExpr) → RNNSolver (+ RNNMath) → RNNDesign → RNNGrading → RNNReports → CLI,
// and beside grading RNNSolver → RNNKeys → CLI for the printed answer key. Number formatting lives in
// RNNMath, so reports reach the solver only through RNNGrading's results.
let package = Package(
    name: "rnngrade",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "rnngrade", targets: ["rnngrade"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // Exact rationals, scalars that remember exactness, matrices, linear algebra, and how numbers print.
        .target(name: "RNNMath", dependencies: [
            .product(name: "BigInt", package: "BigInt"),
            .product(name: "Numerics", package: "swift-numerics"),
        ]),
        // The expression language: tokens, syntax tree, parser, and the located Diagnostic every
        // module reports with; its function catalogue includes RNNMath's registry of matrix functions.
        .target(name: "RNNExpr", dependencies: ["RNNMath"]),
        // numpy data pasted from a test cell: a parser of a safe subset of numpy assignment lines,
        // evaluated exactly as numpy does (MT19937 and the legacy Gaussian for np.random), never executed.
        .target(name: "RNNNumpy", dependencies: [
            "RNNMath",
            .product(name: "BigInt", package: "BigInt"),
        ]),
        // Safe libxml2 loading and XSD validation into a plain Swift element tree.
        .target(name: "RNNXML", dependencies: ["CLibXML2", "RNNExpr"]),
        // The rubric model and its loader (XML tree → Rubric, semantic checks).
        .target(name: "RNNRubric", dependencies: ["RNNXML", "RNNExpr", "RNNMath", "RNNNumpy"]),
        // Reference solver: unrolled graphs, reverse-mode gradients, presets, answer keys with working
        // (RealModule for complex eigenvalues in solved values).
        .target(name: "RNNSolver", dependencies: [
            "RNNRubric", "RNNExpr", "RNNMath",
            .product(name: "Numerics", package: "swift-numerics"),
        ]),
        // The design checker: step programs, state-pair proofs and sequence searches for design parts.
        .target(name: "RNNDesign", dependencies: ["RNNSolver", "RNNRubric", "RNNExpr", "RNNMath"]),
        // Per-student variants: drawn parameters (HMAC-SHA256 of the salt seeds the generator), constraints.
        .target(name: "RNNVariants", dependencies: [
            "RNNSolver", "RNNRubric", "RNNExpr", "RNNMath",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // Answer keys rendered as Markdown and JSON for the `key` command.
        .target(name: "RNNKeys", dependencies: ["RNNSolver", "RNNRubric", "RNNMath"]),
        // Submissions, answer reading, comparison, scoring (design parts through RNNDesign).
        // (ZIPFoundation for answer files a notebook writes with np.savez.)
        .target(name: "RNNGrading", dependencies: [
            "RNNVariants", "RNNSolver", "RNNDesign", "RNNRubric", "RNNExpr", "RNNMath", "RNNXML",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // Gradebooks, feedback, summaries, JUnit, Gradescope.
        .target(name: "RNNReports", dependencies: ["RNNGrading", "RNNMath"]),
        // The self-check server (`rnngrade serve`): student pages, signed links, attempts in SQLite.
        .target(name: "RNNServer", dependencies: [
            "RNNGrading", "RNNReports", "RNNVariants", "RNNRubric", "RNNMath",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // The commands, as a library that the `rnngrade` executable runs.
        .target(name: "RNNGradeCLI", dependencies: [
            "RNNReports", "RNNKeys", "RNNGrading", "RNNVariants", "RNNSolver", "RNNRubric", "RNNMath", "RNNServer",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            // SHA-256 for `check`'s key cache.
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .executableTarget(name: "rnngrade", dependencies: ["RNNGradeCLI"]),

        // Golden values: the generating scripts and their outputs are read by path, not built.
        .testTarget(name: "RNNMathTests", dependencies: ["RNNMath"], exclude: ["golden/make_golden.py"]),
        // RNNMath for its seeded generator (SplitMix64) in the random-input tests.
        .testTarget(name: "RNNExprTests", dependencies: ["RNNExpr", "RNNMath"]),
        .testTarget(name: "RNNNumpyTests", dependencies: ["RNNNumpy", "RNNMath"],
                    exclude: ["golden/make_numpy_golden.py", "golden/numpy_golden.json"]),
        .testTarget(name: "RNNXMLTests", dependencies: ["RNNXML", "RNNMath"]),
        .testTarget(name: "RNNRubricTests", dependencies: ["RNNRubric", "RNNExpr"]),
        .testTarget(name: "RNNSolverTests", dependencies: ["RNNSolver", "RNNRubric"], exclude: [
            "Golden/make_cells_golden.py", "Golden/cells_golden.json",
            "Golden/make_cs231n_rnn_step_golden.py", "Golden/cs231n_rnn_step_golden.json",
            "Golden/make_array_ops_golden.py", "Golden/array_ops_golden.json",
            "Golden/make_cs231n_lstm_step_golden.py", "Golden/cs231n_lstm_step_golden.json",
            "Golden/make_cs231n_word_embedding_golden.py", "Golden/cs231n_word_embedding_golden.json",
            "Golden/make_dlai_golden.py", "Golden/dlai_rnn_cell_golden.json", "Golden/dlai_lstm_cell_golden.json",
            "Golden/dlai_dinosaur_clip_golden.json",
            "Golden/make_preset_options_golden.py", "Golden/preset_options_golden.json",
            "Golden/make_cs231n_rnn_forward_golden.py", "Golden/cs231n_rnn_forward_golden.json",
            "Golden/make_cs231n_lstm_forward_golden.py", "Golden/cs231n_lstm_forward_golden.json",
            "Golden/make_stacked_ops_golden.py", "Golden/stacked_ops_golden.json",
        ]),
        .testTarget(name: "RNNDesignTests", dependencies: ["RNNDesign", "RNNSolver", "RNNRubric"]),
        // The golden seeds' generating script and its output are read by path, not built.
        .testTarget(name: "RNNVariantsTests", dependencies: ["RNNVariants", "RNNSolver", "RNNRubric", "RNNMath"],
                    exclude: ["golden/variant_seeds.py", "golden/variant_seeds.txt", "golden/seeded_data.py", "golden/seeded_data.txt"]),
        .testTarget(name: "RNNGradingTests", dependencies: [
            "RNNGrading", "RNNDesign", "RNNSolver", "RNNRubric", "RNNExpr", "RNNMath",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], exclude: ["Numpy/make_numpy_golden.py", "Numpy/npy"]),
        .testTarget(name: "RNNReportsTests", dependencies: ["RNNReports", "RNNMath"]),
        .testTarget(name: "EndToEndTests", dependencies: ["RNNGradeCLI"], exclude: ["Fixtures"]),
        .testTarget(name: "RNNServerTests", dependencies: [
            "RNNServer", "RNNGrading", "RNNRubric", "RNNVariants",
            .product(name: "Hummingbird", package: "hummingbird"),
        ]),
    ]
)

// The libFuzzer harnesses (Fuzz/, docs/fuzzing.md) exist only in the build that scripts/fuzz.sh makes
// with RNNGRADE_FUZZ=1, `-sanitize=fuzzer,address` and its own scratch path; `swift build` and
// `swift test` never compile them.
if Context.environment["RNNGRADE_FUZZ"] == "1" {
    let readers: [Target.Dependency] = ["RNNGrading", "RNNRubric", "RNNExpr", "RNNMath"]
    // Each harness with what it reads beyond the readers: the numpy-data parser, the server's forms.
    let harnesses: [(name: String, reads: [Target.Dependency])] = [
        ("fuzz-answer", []), ("fuzz-expression", []), ("fuzz-rubric", []), ("fuzz-sheet", []), ("fuzz-submission-xml", []),
        ("fuzz-npz", []), ("fuzz-json", []), ("fuzz-numpy-data", ["RNNNumpy"]), ("fuzz-form", ["RNNServer"]),
    ]
    package.targets += [
        // Hands the process's arguments to libFuzzer's LLVMFuzzerRunDriver.
        .target(name: "CFuzzerDriver", path: "Fuzz/CFuzzerDriver"),
        // The driver call and the checks every harness shares.
        .target(name: "FuzzSupport", dependencies: ["CFuzzerDriver"] + readers, path: "Fuzz/FuzzSupport"),
    ] + harnesses.map { harness in
        .executableTarget(name: harness.name, dependencies: ["FuzzSupport"] + harness.reads + readers, path: "Fuzz/\(harness.name)")
    }
}
