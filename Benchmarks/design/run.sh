#!/bin/sh
# Times design checking on seed 004's questions 5 and 6 in release mode; prints medians.
# Usage: Benchmarks/design/run.sh   (from anywhere inside the repository)
#
# The benchmark is a standalone program compiled against the release build of RNNDesign (built
# with -enable-testing, so it can choose the internal search options), not a package target.
set -eu
cd "$(dirname "$0")/../.."
swift build -c release --target RNNDesign -Xswiftc -enable-testing >/dev/null
build=$(swift build -c release --show-bin-path)
# Object files of the modules the benchmark links (some names contain blanks: split on newlines).
IFS='
'
objects=$(find "$build" -name '*.o' \( -path '*/RNNDesign.build/*' -o -path '*/RNNSolver.build/*' -o -path '*/RNNRubric.build/*' \
    -o -path '*/RNNXML.build/*' -o -path '*/RNNExpr.build/*' -o -path '*/RNNMath.build/*' -o -path '*/BigInt.build/*' \
    -o -path '*/RealModule.build/*' -o -path '*/ComplexModule.build/*' -o -path '*/Numerics.build/*' \
    -o -path '*/_NumericsShims.build/*' \))
swiftc -O -parse-as-library Benchmarks/design/DesignBench.swift -o "$build/design-bench" \
    -I "$build/Modules" -I "$build" \
    -Xcc -fmodule-map-file=Sources/CLibXML2/module.modulemap -Xcc -I/usr/include/libxml2 \
    -Xcc -fmodule-map-file="$build/Numerics.build/include/module.modulemap" \
    -Xcc -fmodule-map-file=.build/checkouts/swift-numerics/Sources/_NumericsShims/include/module.modulemap \
    $objects -lxml2
"$build/design-bench"
