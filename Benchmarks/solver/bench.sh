#!/usr/bin/env bash
# rnngrade against numpy (not a test): for each case, check numpy_solver.py's gradients by central
# differences and its float64 values against `rnngrade key RUBRIC --format json` (1e-8 relative),
# then medians over RUNS runs of
#   rnngrade: wall time of the process `rnngrade key RUBRIC --format json`;
#   numpy:    the forward + backward computation inside Python (time.perf_counter), and the wall
#             time of the whole `python3 numpy_solver.py` process (interpreter and import included);
# and the ratios rnngrade / numpy. Cases:
#   lstm-T200        make_lstm_rubric.py: PyTorch LSTM, hidden 64, input 64, 200 steps, L and 4 gradients
#   captioning-rnn   make_captioning_rubric.py: CS231n CaptioningRNN loss, vanilla RNN, 8 gradients
#   captioning-lstm  the same with an LSTM
#
#   Benchmarks/solver/bench.sh                          # RUNS=5, builds the release binary
#   RUNS=3 BIN=/path/to/rnngrade Benchmarks/solver/bench.sh
#   CASES="captioning-rnn captioning-lstm" Benchmarks/solver/bench.sh
#
# Wall-clock seconds on a shared machine: the load average is printed before and after.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-5}
CASES=${CASES:-"captioning-rnn captioning-lstm lstm-T200"}
here=Benchmarks/solver
if [ -z "${BIN:-}" ]; then
    swift build -c release --product rnngrade >/dev/null
    BIN=.build/release/rnngrade
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

source Benchmarks/solver/timing.sh

echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), shared; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "rnngrade: $BIN; $(python3 -c 'import sys, numpy; print(f"python {sys.version.split()[0]}, numpy {numpy.__version__}")'); runs: $RUNS"
printf '%-16s %12s %12s %12s %14s %14s\n' case rnngrade_s numpy_comp_s numpy_proc_s ratio_vs_comp ratio_vs_proc
for case in $CASES; do
    rubric="$work/$case.xml"
    case $case in
        lstm-T200) python3 $here/make_lstm_rubric.py --hidden 64 --input 64 --steps 200 > "$rubric"
                   solver=(python3 $here/numpy_solver.py lstm "$rubric") ;;
        captioning-rnn|captioning-lstm)
                   python3 $here/make_captioning_rubric.py --cell "${case#captioning-}" > "$rubric"
                   solver=(python3 $here/numpy_solver.py "$case") ;;
        *) echo "unknown case '$case': use lstm-T200, captioning-rnn or captioning-lstm" >&2; exit 2 ;;
    esac
    # Agreement first: nothing is timed unless both compute the same numbers.
    "$BIN" key "$rubric" --format json > "$work/$case.json"
    "${solver[@]}" --finite-differences --check "$work/$case.json" 2> "$work/$case.agree" > /dev/null || { cat "$work/$case.agree" >&2; exit 1; }
    for _ in $(seq "$RUNS"); do seconds "$BIN" key "$rubric" --format json; done > "$work/$case.rnngrade"
    for _ in $(seq "$RUNS"); do "${solver[@]}"; done > "$work/$case.comp"
    for _ in $(seq "$RUNS"); do seconds "${solver[@]}"; done > "$work/$case.proc"
    r=$(median < "$work/$case.rnngrade"); c=$(median < "$work/$case.comp"); p=$(median < "$work/$case.proc")
    printf '%-16s %12s %12s %12s %14.0f %14.1f\n' "$case" "$r" "$c" "$p" "$(echo "$r / $c" | bc -l)" "$(echo "$r / $p" | bc -l)"
    echo "    $(paste -sd'|' "$work/$case.agree" | sed 's/|/; /g'); rnngrade runs [$(tr '\n' ' ' < "$work/$case.rnngrade")]; numpy computation [$(tr '\n' ' ' < "$work/$case.comp")]"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
