#!/usr/bin/env python3
"""Writes a student's answer sheet for a benchmark rubric of Benchmarks/solver, a few parts
answered with the values numpy computes (Benchmarks/solver/numpy_solver.py), the rest blank.

    python3 make_sheet.py lstm LSTM.xml > sheet.txt       # make_lstm_rubric.py's rubric: L, grad bias_ih, grad bias_hh
    python3 make_sheet.py captioning-rnn > sheet.txt      # L, grad b_proj, grad b_vocab
    python3 make_sheet.py captioning-lstm > sheet.txt

The answers are right (numpy float64 agrees with rnngrade's key to 1e-8), so `check` only reads
and compares them: no known mistake is evaluated.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "solver"))
import numpy_solver  # noqa: E402


def array_text(a):
    """A numpy array as nested lists of Python's shortest round-trip decimals."""
    return repr(a.tolist())


def main():
    case = sys.argv[1]
    if case == "lstm":
        params, xs = numpy_solver.read_lstm_rubric(sys.argv[2])
        loss, grads = numpy_solver.lstm_loss_and_grads(params, xs)
        assignment, answers = "bench-lstm", {"1.a": repr(float(loss)),
                                             "1.d": array_text(grads["bias_ih"].ravel()),
                                             "1.e": array_text(grads["bias_hh"].ravel())}
        parts = "abcde"
    else:
        cell = case.split("-")[1]
        params, features, captions = numpy_solver.captioning_data(cell)
        loss, grads = numpy_solver.captioning_loss_and_grads(cell, params, features, captions)
        assignment = f"bench-captioning-{cell}"
        answers = {"1.a": repr(float(loss)),
                   "1.g1": array_text(grads["b_proj"].reshape(1, -1)),
                   "1.g7": array_text(grads["b_vocab"].reshape(1, -1))}
        parts = ["a"] + [f"g{k}" for k in range(8)]
    print(f"# assignment: {assignment}")
    print("# student: s1")
    for part in parts:
        qualified = f"1.{part}"
        print(f"{qualified} = {answers.get(qualified, '')}".rstrip())


if __name__ == "__main__":
    main()
