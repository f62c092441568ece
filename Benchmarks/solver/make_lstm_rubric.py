#!/usr/bin/env python3
"""Writes the LSTM benchmark rubric: a PyTorch-convention LSTM unrolled over T steps.

    python3 make_lstm_rubric.py [--hidden 64] [--input 64] [--steps 200] [--seed 20261122] > lstm.xml

Parameters are drawn from Python's seeded `random` like PyTorch's default initialisation,
uniform in [-1/sqrt(H), 1/sqrt(H)], and inputs uniform in [-1, 1]; every number is written with
four decimals, so the rubric's values are exact rationals (k/10000), as a rubric author's would be.
The loss is L = sum_t h_t' h_t; the parts ask for L and grad(L, P) for the four parameters.
"""
import argparse
import random


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hidden", type=int, default=64)
    parser.add_argument("--input", type=int, default=64)
    parser.add_argument("--steps", type=int, default=200)
    parser.add_argument("--seed", type=int, default=20261122)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    H, I, T = args.hidden, args.input, args.steps
    bound = 1 / H ** 0.5

    def number(limit):
        return f"{rng.uniform(-limit, limit):.4f}"

    def matrix(rows, cols, limit):
        return "[" + ", ".join("[" + ", ".join(number(limit) for _ in range(cols)) + "]" for _ in range(rows)) + "]"

    def column(n, limit):
        return "[" + ", ".join(number(limit) for _ in range(n)) + "]"

    params = {
        "weight_ih": matrix(4 * H, I, bound), "weight_hh": matrix(4 * H, H, bound),
        "bias_ih": column(4 * H, bound), "bias_hh": column(4 * H, bound),
    }
    inputs = " ".join(column(I, 1) for _ in range(T))
    print('<?xml version="1.0" encoding="UTF-8"?>')
    print(f'<assignment xmlns="urn:rnngrade:rubric:1" id="bench-lstm" title="LSTM H={H} I={I} T={T}">')
    print('  <problem id="1">')
    print(f'    <model id="m" cell="lstm" convention="pytorch" input-size="{I}" hidden-size="{H}">')
    for name, value in params.items():
        print(f'      <param name="{name}" value="{value}"/>')
    print(f'      <input name="x" values="{inputs}"/>')
    print("      <loss name=\"L\">sum_t (h[t]'*h[t])</loss>")
    print('    </model>')
    print('    <part id="a" points="1"><number ask="L"/></part>')
    for part, name in zip("bcde", params):
        kind = "matrix" if name.startswith("weight") else "vector"
        print(f'    <part id="{part}" points="1"><{kind} ask="grad(L, {name})"/></part>')
    print('  </problem>')
    print('</assignment>')


if __name__ == "__main__":
    main()
