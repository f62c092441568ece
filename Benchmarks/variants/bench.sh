#!/usr/bin/env bash
# Per-student variants: keys of many variants, and grading N submissions with N distinct
# variants against N submissions of one variant, in the same run.
#
#   Benchmarks/variants/bench.sh            (from the repository root)
#
# Environment: N (submissions, default 10000), KEYS (variants whose keys are drawn, default 1000),
# JOBS (default 2), CONFIG (debug or release, default release), RUNS (grading runs, medians
# reported; default 3), BIN (an rnngrade executable to use instead of building one), WORK
# (scratch folder), OUT (reports).
set -euo pipefail
n=${N:-10000}
keys=${KEYS:-1000}
jobs=${JOBS:-2}
config=${CONFIG:-release}
work=${WORK:-$(mktemp -d)}
mkdir -p "$work"
out=${OUT:-$work/out}
here=$(dirname "$0")
rubric=Rubrics/in5400-w10-family.xml
family_id=in5400-w10-family

runs=${RUNS:-3}
if [ -n "${BIN:-}" ]; then
    bin=$BIN
else
    swift build -c "$config" --product rnngrade >&2
    bin=$(swift build -c "$config" --show-bin-path)/rnngrade
fi
head -c 32 /dev/urandom | base64 > "$work/salt.txt"

seconds() { python3 -c 'import subprocess,sys,time; t=time.perf_counter(); subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); print(f"{time.perf_counter()-t:.3f}")' "$@"; }

# Keys of every shipped family: `handout` draws each variant (constraints included), computes
# its keys and renders its prompts; `verify --variants` draws, keys and checks sampled variants.
python3 -c "import sys; print('student_id'); [print(f's{i:05d}') for i in range(int(sys.argv[1]))]" "$keys" > "$work/roster-keys.csv"
for family in Rubrics/*-family.xml; do
    name=$(basename "$family" .xml)
    t=$(seconds "$bin" handout "$family" --roster "$work/roster-keys.csv" --out "$work/handouts-keys-$name" --salt-file "$work/salt.txt")
    echo "$name: $keys variants drawn with keys and handouts in ${t}s ($(python3 -c "print(round($keys/$t))")/s)"
    t=$(seconds "$bin" verify "$family" --variants "$keys")
    echo "$name: verify --variants $keys (draw, keys, mistakes, claims): ${t}s"
done

# Grading: N distinct variants versus N submissions of the fixed rubric (one variant).
python3 -c "import sys; print('student_id'); [print(f's{i:05d}') for i in range(int(sys.argv[1]))]" "$n" > "$work/roster.csv"
"$bin" handout "$rubric" --roster "$work/roster.csv" --out "$work/handouts" --salt-file "$work/salt.txt" >/dev/null
python3 "$here/generate.py" "$n" "$work/distinct" --handouts "$work/handouts"
python3 "$here/generate.py" "$n" "$work/same" --same
median() { python3 -c 'import statistics,sys; print(f"{statistics.median(map(float, sys.argv[1:])):.3f}")' "$@"; }
distinct=(); same=()
for run in $(seq "$runs"); do
    rm -rf "$out"
    distinct+=("$(seconds "$bin" grade "$rubric" "$work/distinct" --out "$out/distinct" --quiet --jobs "$jobs" --salt-file "$work/salt.txt")")
    same+=("$(seconds "$bin" grade Rubrics/in5400-w10.xml "$work/same" --out "$out/same" --quiet --jobs "$jobs")")
done
t1=$(median "${distinct[@]}")
t2=$(median "${same[@]}")
python3 - "$n" "$t1" "$t2" "$runs" <<'PY'
import sys
n, distinct, same, runs = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
print(f"grade, {n} submissions, {n} distinct variants: {distinct:.2f}s ({n/distinct:.0f}/s), median of {runs}")
print(f"grade, {n} submissions, one variant:           {same:.2f}s ({n/same:.0f}/s), median of {runs}")
print(f"distinct / one-variant rate: {same/distinct:.2f} (target at least 0.5)")
PY
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
