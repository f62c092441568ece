// swift-tools-version:6.0
import PackageDescription

// Targets follow the data flow (docs/architecture.md):
// rubric XML → RNNXML → RNNRubric (+ RNNExpr) → RNNSolver (+ RNNMath) → RNNGrading → RNNReports → CLI.
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
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // Exact rationals, scalars that remember exactness, matrices, linear algebra.
        .target(name: "RNNMath", dependencies: [
            .product(name: "BigInt", package: "BigInt"),
            .product(name: "Numerics", package: "swift-numerics"),
        ]),
        // The expression language: tokens, syntax tree, parser; and the located Diagnostic every module reports with.
        .target(name: "RNNExpr"),
        // Safe libxml2 loading and XSD validation into a plain Swift element tree.
        .target(name: "RNNXML", dependencies: ["CLibXML2", "RNNExpr"]),
        // The rubric model and its loader (XML tree → Rubric, semantic checks).
        .target(name: "RNNRubric", dependencies: ["RNNXML", "RNNExpr", "RNNMath"]),
        // Reference solver: unrolled graphs, reverse-mode gradients, presets, answer keys.
        .target(name: "RNNSolver", dependencies: [
            "RNNRubric", "RNNExpr", "RNNMath",
            .product(name: "Numerics", package: "swift-numerics"),
        ]),
        // Submissions, answer reading, comparison, scoring, design checking.
        .target(name: "RNNGrading", dependencies: ["RNNSolver", "RNNRubric", "RNNExpr", "RNNMath", "RNNXML"]),
        // Gradebooks, feedback, summaries, JUnit, Gradescope.
        .target(name: "RNNReports", dependencies: ["RNNGrading", "RNNSolver", "RNNRubric", "RNNMath"]),
        // The commands, as a library so tests can drive them.
        .target(name: "RNNGradeCLI", dependencies: [
            "RNNReports", "RNNGrading", "RNNSolver", "RNNRubric", "RNNXML", "RNNMath", "RNNExpr",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "rnngrade", dependencies: ["RNNGradeCLI"]),

        // Golden values: the generating scripts and their outputs are read by path, not built.
        .testTarget(name: "RNNMathTests", dependencies: ["RNNMath"], exclude: ["golden/make_golden.py"]),
        // RNNMath for its seeded generator (SplitMix64) in the random-input tests.
        .testTarget(name: "RNNExprTests", dependencies: ["RNNExpr", "RNNMath"]),
        .testTarget(name: "RNNXMLTests", dependencies: ["RNNXML", "RNNMath"]),
        .testTarget(name: "RNNRubricTests", dependencies: ["RNNRubric"]),
        .testTarget(name: "RNNSolverTests", dependencies: ["RNNSolver", "RNNRubric"], exclude: ["Golden/make_cells_golden.py", "Golden/cells_golden.json"]),
        .testTarget(name: "RNNGradingTests", dependencies: ["RNNGrading"]),
        .testTarget(name: "RNNReportsTests", dependencies: ["RNNReports", "RNNMath"]),
        .testTarget(name: "EndToEndTests", dependencies: ["RNNGradeCLI"]),
    ]
)
