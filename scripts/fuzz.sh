#!/usr/bin/env bash
# Builds the libFuzzer harnesses in Fuzz/ with AddressSanitizer and runs one of them:
#
#   scripts/fuzz.sh NAME SECONDS [libFuzzer options…]
#   scripts/fuzz.sh answer 60            # one minute over Fuzz/corpus/answer
#   scripts/fuzz.sh all 10               # every harness in turn (the CI smoke run)
#
# NAME is answer, expression, rubric, sheet, submission-xml, numpy-data, npz, json or form. New inputs go to
# .build-fuzz/corpus/NAME (the committed Fuzz/corpus/NAME is only read); a crash or property
# failure is saved as .build-fuzz/artifacts/NAME/crash-… and the script fails. docs/fuzzing.md
# says what each harness checks.
set -euo pipefail
cd "$(dirname "$0")/.."

names=(answer expression rubric sheet submission-xml numpy-data npz json form)
if [[ $# -lt 2 ]]; then
    echo "usage: scripts/fuzz.sh NAME SECONDS [libFuzzer options…]; NAME is all or one of: ${names[*]}" >&2
    exit 2
fi
name=$1 seconds=$2
shift 2
if [[ $name != all && ! " ${names[*]} " =~ " $name " ]]; then
    echo "scripts/fuzz.sh: no harness '$name'; write one of: all ${names[*]}" >&2
    exit 2
fi

# The sanitizer runtime links only with the toolchain's own ld.lld (the default gold linker
# stops with an internal error), so the build names it in a SwiftPM toolset file.
toolchain=$(dirname "$(dirname "$(readlink -f "$(command -v swiftc)")")")
scratch=$PWD/.build-fuzz
mkdir -p "$scratch"
printf '{"schemaVersion": "1.0", "linker": {"path": "%s/bin/ld.lld"}}\n' "$toolchain" > "$scratch/toolset.json"
build() {
    RNNGRADE_FUZZ=1 swift build --scratch-path "$scratch" --toolset "$scratch/toolset.json" \
        -c debug -Xswiftc -sanitize=fuzzer,address --product "fuzz-$1" >&2
}

run() {
    local harness=$1
    shift
    local work=$scratch/corpus/$harness artifacts=$scratch/artifacts/$harness timeout=10
    # An array at the numpy parser's cap (a million elements) takes seconds to build under the
    # sanitizer on a loaded machine, and the harness builds it twice.
    [[ $harness == numpy-data ]] && timeout=30
    # fuzz-form keeps the rubric whose page it fills in a global for the whole run; at exit the
    # leak checker reports that rubric's expression nodes (it does not follow every pointer Swift
    # stores), deeper than a suppression can match, so this harness runs without it.
    local leaks=1
    [[ $harness == form ]] && leaks=0
    mkdir -p "$work" "$artifacts"
    echo "== fuzz-$harness for ${seconds}s" >&2
    # Swift's own crash handler, run inside an ASan process, is itself reported as a stack
    # underflow after every crash; libFuzzer's report and saved input are what count.
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="detect_leaks=$leaks" \
    LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan.supp:print_suppressions=0" \
    "$scratch/debug/fuzz-$harness" -max_total_time="$seconds" -print_final_stats=1 \
        -dict="Fuzz/dict/$harness.dict" -artifact_prefix="$artifacts/" -timeout="$timeout" -detect_leaks="$leaks" -rss_limit_mb=2048 \
        "$@" "$work" "Fuzz/corpus/$harness"
}

if [[ $name == all ]]; then
    for harness in "${names[@]}"; do build "$harness"; done
    for harness in "${names[@]}"; do run "$harness" "$@"; done
else
    build "$name"
    run "$name" "$@"
fi
