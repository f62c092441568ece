#!/usr/bin/env bash
# `rnngrade check` with the key cache cold (--no-cache) and warm, on every shipped rubric and on
# the LSTM rubric of Benchmarks/solver (hidden 64, input 64, STEPS steps). Wall-clock medians of
# RUNS runs each; both outputs compared byte for byte. See README.md.
#   Benchmarks/key-cache/run.sh                 # release build, RUNS=5 STEPS=200
#   BIN=.build/debug/rnngrade RUNS=3 STEPS=20 Benchmarks/key-cache/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-5}
STEPS=${STEPS:-200}
if [[ -z "${BIN:-}" ]]; then swift build -c release --product rnngrade >/dev/null; BIN=.build/release/rnngrade; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export RNNGRADE_CACHE_DIR="$work/cache" NO_COLOR=1
python3 Benchmarks/solver/make_lstm_rubric.py --hidden 64 --input 64 --steps "$STEPS" > "$work/lstm.xml"

# The median of the wall-clock seconds of RUNS runs of "$@" (output to $work/out).
median() {
    local times=()
    for _ in $(seq "$RUNS"); do
        local start end
        start=$(date +%s.%N); "$@" > "$work/out" 2>&1 || true; end=$(date +%s.%N)
        times+=("$(echo "$end - $start" | bc)")
    done
    printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

printf '%-28s %10s %10s %8s\n' rubric "cold s" "cached s" ratio
for rubric in Rubrics/*.xml "$work/lstm.xml"; do
    id=$(grep -o '<assignment[^>]*' "$rubric" | grep -o ' id="[^"]*"' | head -1 | cut -d'"' -f2)
    printf '# assignment: %s\n# student: s1\n' "$id" > "$work/answers.txt"
    salt=()
    if grep -q '<variants' "$rubric"; then head -c 32 /dev/urandom > "$work/salt"; salt=(--salt-file "$work/salt"); fi
    cold=$(median "$BIN" check "${salt[@]}" --no-cache "$rubric" "$work/answers.txt"); cp "$work/out" "$work/cold.out"
    "$BIN" check "${salt[@]}" "$rubric" "$work/answers.txt" > /dev/null 2>&1 || true   # fills the cache
    warm=$(median "$BIN" check "${salt[@]}" "$rubric" "$work/answers.txt")
    cmp -s "$work/out" "$work/cold.out" || echo "OUTPUT DIFFERS: $rubric"
    printf '%-28s %10.3f %10.3f %8.2f\n' "$id" "$cold" "$warm" "$(echo "$warm / $cold" | bc -l)"
done
