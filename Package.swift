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
        // Safe libxml2 loading and XSD validation into a plain Swift element tree.
        .target(name: "RNNXML", dependencies: ["CLibXML2", "RNNExpr"]),
        // The rubric model and its loader (XML tree → Rubric, semantic checks).
        .target(name: "RNNRubric", dependencies: ["RNNXML", "RNNExpr", "RNNMath"]),
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
        .target(name: "RNNGrading", dependencies: ["RNNVariants", "RNNSolver", "RNNDesign", "RNNRubric", "RNNExpr", "RNNMath", "RNNXML"]),
        // Gradebooks, feedback, summaries, JUnit, Gradescope.
        .target(name: "RNNReports", dependencies: ["RNNGrading", "RNNMath"]),
        // The commands, as a library that the `rnngrade` executable runs.
        .target(name: "RNNGradeCLI", dependencies: [
            "RNNReports", "RNNKeys", "RNNGrading", "RNNVariants", "RNNSolver", "RNNRubric", "RNNMath",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "rnngrade", dependencies: ["RNNGradeCLI"]),

        // Golden values: the generating scripts and their outputs are read by path, not built.
        .testTarget(name: "RNNMathTests", dependencies: ["RNNMath"], exclude: ["golden/make_golden.py"]),
        // RNNMath for its seeded generator (SplitMix64) in the random-input tests.
        .testTarget(name: "RNNExprTests", dependencies: ["RNNExpr", "RNNMath"]),
        .testTarget(name: "RNNXMLTests", dependencies: ["RNNXML", "RNNMath"]),
        .testTarget(name: "RNNRubricTests", dependencies: ["RNNRubric", "RNNExpr"]),
        .testTarget(name: "RNNSolverTests", dependencies: ["RNNSolver", "RNNRubric"], exclude: ["Golden/make_cells_golden.py", "Golden/cells_golden.json"]),
        .testTarget(name: "RNNDesignTests", dependencies: ["RNNDesign", "RNNSolver", "RNNRubric"]),
        // The golden seeds' generating script and its output are read by path, not built.
        .testTarget(name: "RNNVariantsTests", dependencies: ["RNNVariants", "RNNSolver", "RNNRubric", "RNNMath"],
                    exclude: ["golden/variant_seeds.py", "golden/variant_seeds.txt"]),
        .testTarget(name: "RNNGradingTests", dependencies: ["RNNGrading", "RNNDesign", "RNNSolver", "RNNRubric", "RNNExpr", "RNNMath"]),
        .testTarget(name: "RNNReportsTests", dependencies: ["RNNReports", "RNNMath"]),
        .testTarget(name: "EndToEndTests", dependencies: ["RNNGradeCLI"]),
    ]
)
