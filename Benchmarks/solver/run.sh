#!/usr/bin/env bash
# Solver benchmark (not a test): release build, then medians over RUNS runs of
#   (a) `rnngrade key` on every shipped rubric in Rubrics/ (one process per file, summed per run);
#   (b) `rnngrade key` on a generated PyTorch-convention LSTM rubric (hidden 64, input 64,
#       200 steps; make_lstm_rubric.py): the forward pass and grad(L, P) for all four parameters,
#       with the worked key rendered (to /dev/null).
#
#   Benchmarks/solver/run.sh                     # RUNS=5 HIDDEN=64 INPUT=64 STEPS=200
#   RUNS=3 STEPS=20 Benchmarks/solver/run.sh     # a smaller LSTM
#
# Wall-clock seconds; the machine is shared, so the load average is printed beside the numbers.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-5}
HIDDEN=${HIDDEN:-64}
INPUT=${INPUT:-64}
STEPS=${STEPS:-200}

swift build -c release --product rnngrade >/dev/null
bin=.build/release/rnngrade
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 Benchmarks/solver/make_lstm_rubric.py --hidden "$HIDDEN" --input "$INPUT" --steps "$STEPS" > "$work/lstm.xml"

source Benchmarks/solver/timing.sh

# All shipped rubrics' keys, one process each.
all_keys() {
    for rubric in Rubrics/*.xml; do "$bin" key "$rubric" > /dev/null; done
}

echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), shared; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "runs: $RUNS"

for _ in $(seq "$RUNS"); do seconds all_keys; done > "$work/keys.txt"
echo "(a) answer keys of $(ls Rubrics/*.xml | wc -l) shipped rubrics: median $(median < "$work/keys.txt") s  [$(tr '\n' ' ' < "$work/keys.txt")]"

for _ in $(seq "$RUNS"); do seconds "$bin" key "$work/lstm.xml"; done > "$work/lstm.txt"
echo "(b) LSTM pytorch H=$HIDDEN I=$INPUT T=$STEPS, L and grad(L, ·) for 4 parameters: median $(median < "$work/lstm.txt") s  [$(tr '\n' ' ' < "$work/lstm.txt")]"
echo "    key output: $("$bin" key "$work/lstm.xml" | wc -c) bytes; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
