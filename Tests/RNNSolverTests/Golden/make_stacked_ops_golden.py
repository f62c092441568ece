#!/usr/bin/env python3
"""Reference values for rnngrade's operations on arrays of rank 3 and 4, computed with numpy
float64: subscripts (basic and integer-array indexing), elementwise arithmetic and functions with
broadcasting on every axis, the matrix product batched over leading axes (numpy.matmul), and
sums, means, maxima, minima, softmax and log_softmax along an axis (scipy.special's definitions of
softmax and log_softmax, written out with numpy).

Every case pairs an rnngrade ask with the numpy expression that means the same; DATA holds the
numpy lines both read (the test pastes them into a <data> block). In rnngrade `⊙` is the
elementwise product and `@` the matrix product.

Run:  python3 make_stacked_ops_golden.py > stacked_ops_golden.json
"""
import json
import sys

import numpy as np

DATA = """
N, T, D, H = 2, 3, 4, 5
x = np.linspace(-0.1, 0.3, num=N*T*D).reshape(N, T, D)
Wx = np.linspace(-0.2, 0.4, num=D*H).reshape(D, H)
b = np.linspace(-0.7, 0.1, num=D)
c = np.linspace(0.5, 1.5, num=T).reshape(T, 1)
m = np.linspace(-1, 1, num=N).reshape(N, 1, 1)
A = np.linspace(-1.3, 2.1, num=12).reshape(3, 4)
B = np.linspace(0.1, 0.9, num=2*4*5).reshape(2, 4, 5)
idx = np.array([2, 0, 2])
j = np.array([3, 1])
q = np.arange(120).reshape(2, 3, 4, 5) * 0.5
"""


def sigmoid(a):
    return 1 / (1 + np.exp(-a))


def log_softmax(a, axis):
    shifted = a - np.max(a, axis=axis, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))


def softmax(a, axis):
    return np.exp(log_softmax(a, axis))


# (rnngrade ask, numpy expression)
CASES = [
    ("x[:, 1, :]", "x[:, 1, :]"),
    ("x[0]", "x[0]"),
    ("x[:, -1]", "x[:, -1]"),
    ("x[1, 2]", "x[1, 2]"),
    ("x[1, 2, 3]", "x[1, 2, 3]"),
    ("x[:, ::2, 1:3]", "x[:, ::2, 1:3]"),
    ("x[::-1, :, -1]", "x[::-1, :, -1]"),
    ("x[:, idx]", "x[:, idx]"),
    ("x[:, idx, 0]", "x[:, idx, 0]"),
    ("x[0, :, j]", "x[0, :, j]"),
    ("x[idx[0:2] - 1, idx[0:2], :]", "x[idx[0:2] - 1, idx[0:2], :]"),
    ("q[1, :, ::2]", "q[1, :, ::2]"),
    ("q[:, :, 1, 2]", "q[:, :, 1, 2]"),
    ("q[-1]", "q[-1]"),
    ("x @ Wx", "x @ Wx"),
    ("A @ B", "A @ B"),
    ("x @ B", "x @ B"),
    ("x + b", "x + b"),
    ("x ⊙ c", "x * c"),
    ("x - m", "x - m"),
    ("x / 2 + A", "x / 2 + A"),
    ("-x ⊙ x", "-x * x"),
    ("tanh(x @ Wx)", "np.tanh(x @ Wx)"),
    ("sigmoid(x - m)", "sigmoid(x - m)"),
    ("sum(x)", "np.sum(x)"),
    ("q ⊙ q[0]", "q * q[0]"),
    ("sum(x, axis=0)", "np.sum(x, axis=0)"),
    ("sum(x, axis=1)", "np.sum(x, axis=1)"),
    ("sum(x, axis=-1)", "np.sum(x, axis=-1)"),
    ("sum(q, axis=2, keepdims=true)", "np.sum(q, axis=2, keepdims=True)"),
    ("mean(x, axis=1)", "np.mean(x, axis=1)"),
    ("mean(q, axis=-3)", "np.mean(q, axis=-3)"),
    ("max(x - m, axis=2)", "np.max(x - m, axis=2)"),
    ("min(q ⊙ q[0] - 40, axis=1)", "np.min(q * q[0] - 40, axis=1)"),
    ("softmax(x @ Wx)", "softmax(x @ Wx, axis=-1)"),
    ("softmax(x, axis=1)", "softmax(x, axis=1)"),
    ("log_softmax(10 * x, axis=0)", "log_softmax(10 * x, axis=0)"),
    ("log_softmax(q, axis=-1)", "log_softmax(q, axis=-1)"),
]


def encode(value):
    array = np.asarray(value, dtype=np.float64)
    return {"shape": list(array.shape), "hex": [float(v).hex() for v in array.ravel()]}


def main():
    names = {"np": np, "sigmoid": sigmoid, "softmax": softmax, "log_softmax": log_softmax}
    exec(DATA, names)
    cases = []
    for ask, expression in CASES:
        case = {"ask": ask, "numpy": expression}
        case.update(encode(eval(expression, names)))
        cases.append(case)
    json.dump({"data": DATA.strip(), "cases": cases}, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
