#!/usr/bin/env bash
# `rnngrade key` of the captioning-lstm benchmark rubric, as Markdown and as JSON, for BIN and
# (when given) BASE side by side, runs interleaved; medians of RUNS runs of wall-clock and CPU
# (user + system) seconds, and a byte-for-byte comparison of the two binaries' outputs.
#   BIN=NEW/rnngrade BASE=OLD/rnngrade RUNS=3 Benchmarks/solver/key_output.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-3}
BIN=${BIN:-.build/release/rnngrade}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source Benchmarks/solver/timing.sh
python3 Benchmarks/solver/make_captioning_rubric.py --cell lstm > "$work/rubric.xml"
labels=(new); binaries=("$BIN")
if [[ -n "${BASE:-}" ]]; then labels=(base new); binaries=("$BASE" "$BIN"); fi
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$RUNS"); do
    for i in "${!labels[@]}"; do
        for format in markdown json; do
            /usr/bin/time -f "%e %U %S" -o "$work/time" "${binaries[$i]}" key --format "$format" "$work/rubric.xml" > "$work/${labels[$i]}.$format"
            read -r wall user system < "$work/time"
            echo "$wall" >> "$work/${labels[$i]}.$format.wall"
            echo "$user + $system" | bc -l >> "$work/${labels[$i]}.$format.cpu"
        done
    done
done
for format in markdown json; do
    for label in "${labels[@]}"; do
        echo "$format $label: wall $(median < "$work/$label.$format.wall") s, CPU $(median < "$work/$label.$format.cpu") s, $(wc -c < "$work/$label.$format") bytes"
    done
    if [[ -n "${BASE:-}" ]]; then cmp -s "$work/base.$format" "$work/new.$format" && echo "$format: same bytes" || echo "$format: OUTPUTS DIFFER"; fi
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
