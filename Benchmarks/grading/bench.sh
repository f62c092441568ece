#!/usr/bin/env bash
# Throughput of `rnngrade grade` and latency of `rnngrade check`, release build.
#
#   Benchmarks/grading/bench.sh [ASSIGNMENT_ID...]       (from the repository root)
#
# For each assignment (default: the five shipped ones) it generates SIZES synthetic answer
# sheets (generate.py: right, wrong, unreadable and blank answers, 2% binary files), times
# `rnngrade grade Rubrics/ID.xml DIR --out OUT --quiet --jobs J` for each J in JOBS, and
# prints the median wall time and submissions per second; then the median time of one
# `rnngrade check`, process start to exit. Uses hyperfine when installed, else a timing loop.
#
# Environment: SIZES (default "1000 10000"), JOBS ("1 2"), RUNS (3), CHECK_RUNS (30),
# WORK (a scratch folder; default a fresh temporary one), OUT (where reports go; default
# $WORK/out; put it on tmpfs, e.g. /dev/shm/rnngrade-bench, to leave out the disk's fsync).
set -euo pipefail

ids=("$@")
[ ${#ids[@]} -gt 0 ] || ids=(in5400-w10 sysu-dl-hw3 sharif-dl-a3 theory-rnn-lstm assignment5)
sizes=${SIZES:-"1000 10000"}
jobs_list=${JOBS:-"1 2"}
runs=${RUNS:-3}
check_runs=${CHECK_RUNS:-30}
work=${WORK:-$(mktemp -d)}
mkdir -p "$work"
out=${OUT:-$work/out}
here=$(dirname "$0")

swift build -c release --product rnngrade >&2
bin=$(swift build -c release --show-bin-path)/rnngrade

# median_seconds RUNS COMMAND...: the median wall time of COMMAND, after removing $out each time.
median_seconds() {
    local count=$1; shift
    if command -v hyperfine >/dev/null; then
        hyperfine --style none --runs "$count" --prepare "rm -rf '$out'" --export-json "$work/timing.json" \
            "$(printf '%q ' "$@")" >/dev/null
        python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$work/timing.json"
    else
        python3 - "$count" "$out" "$@" <<'PY'
import shutil, statistics, subprocess, sys, time
count, out, command = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
times = []
for _ in range(count):
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, check=False)
    times.append(time.perf_counter() - start)
print(statistics.median(times))
PY
    fi
}

echo "| assignment | submissions | jobs | median wall (s) | submissions/s |"
echo "|---|---:|---:|---:|---:|"
for id in "${ids[@]}"; do
    "$bin" key --format json "Rubrics/$id.xml" > "$work/$id.key.json"
    sample=$(ls "Submissions/$id"/*.txt | head -1)
    for size in $sizes; do
        folder="$work/$id-$size"
        [ -d "$folder" ] || python3 "$here/generate.py" "$work/$id.key.json" "$sample" "$size" "$folder"
        for jobs in $jobs_list; do
            seconds=$(median_seconds "$runs" "$bin" grade "Rubrics/$id.xml" "$folder" --out "$out" --quiet --jobs "$jobs")
            python3 -c 'import sys; n, j, s = int(sys.argv[2]), sys.argv[3], float(sys.argv[4]); print(f"| {sys.argv[1]} | {n} | {j} | {s:.3f} | {n / s:,.0f} |")' \
                "$id" "$size" "$jobs" "$seconds"
        done
    done
done

echo
echo "| check (one submission) | median (ms) |"
echo "|---|---:|"
for id in "${ids[@]}"; do
    sheet=$(ls "$work/$id-"*/s00000.txt | head -1)
    seconds=$(median_seconds "$check_runs" "$bin" check "Rubrics/$id.xml" "$sheet")
    python3 -c 'import sys; print(f"| {sys.argv[1]} | {float(sys.argv[2]) * 1000:.1f} |")' "$id" "$seconds"
done
