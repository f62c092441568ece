#!/usr/bin/env python3
"""Reference values for rnngrade's subscripts, axis reductions, softmax/log_softmax along an
axis, round, abs and cross_entropy, computed with numpy float64.

Every case pairs an rnngrade ask with the numpy expression that means the same; DATA holds the
numpy lines both read (the test pastes them into a <data> block). cross_entropy is CS231n's
temporal_softmax_loss (assignment 3, cs231n/rnn_layers.py) on an (N, 1, V) batch:
probabilities from the max-shifted exponentials, loss = -sum(mask * log p[range(N), y]) / N.

Run:  python3 make_array_ops_golden.py > array_ops_golden.json
"""
import json
import sys

import numpy as np

DATA = """
A = np.linspace(-1.3, 2.1, num=12).reshape(3, 4)
b = np.linspace(-0.5, 0.8, num=5)
c = np.linspace(-1, 2, num=4).reshape(-1, 1)
W_embed = np.linspace(-0.2, 0.9, num=15).reshape(5, 3)
captions = np.array([4, 0, 4, 2])
rows = np.array([0, 2, 1])
cols = np.array([3, 0, 1])
S = np.array([[1000.0, 0.0, -1000.0], [0.5, 0.25, 1.0]])
halves = np.array([0.5, 1.5, 2.5, -0.5, -1.5, 2.4])
np.random.seed(11)
X = np.random.randn(6, 5)
y = np.random.randint(5, size=6)
mask = np.array([1, 1, 0, 1, 0, 1])
"""


def softmax(a, axis):
    e = np.exp(a - np.max(a, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)


def log_softmax(a, axis):
    shifted = a - np.max(a, axis=axis, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))


def temporal_softmax_loss(x, y, mask):
    N, V = x.shape
    probs = np.exp(x - np.max(x, axis=1, keepdims=True))
    probs /= np.sum(probs, axis=1, keepdims=True)
    return -np.sum(mask * np.log(probs[np.arange(N), y])) / N


# (rnngrade ask, numpy expression)
CASES = [
    ("A[:, :2]", "A[:, :2]"),
    ("A[1:3]", "A[1:3]"),
    ("A[-1]", "A[-1]"),
    ("A[1, 2]", "A[1, 2]"),
    ("A[::2, 1::2]", "A[::2, 1::2]"),
    ("A[:, -1]", "A[:, -1]"),
    ("A[::-1]", "A[::-1]"),
    ("A[2, 1:]", "A[2, 1:]"),
    ("b[1:4]", "b[1:4]"),
    ("b[-2]", "b[-2]"),
    ("b[::-2]", "b[::-2]"),
    ("W_embed[captions]", "W_embed[captions]"),
    ("A[rows, cols]", "A[rows, cols]"),
    ("sum(A)", "A.sum()"),
    ("sum(A, axis=0)", "A.sum(axis=0)"),
    ("sum(A, axis=1)", "A.sum(axis=1)"),
    ("sum(A, axis=-1, keepdims=true)", "A.sum(axis=-1, keepdims=True)"),
    ("sum(b, axis=0)", "b.sum(axis=0)"),
    ("mean(A)", "A.mean()"),
    ("mean(A, axis=0)", "A.mean(axis=0)"),
    ("mean(A, axis=1)", "A.mean(axis=1)"),
    ("max(A, axis=1)", "A.max(axis=1)"),
    ("max(A, axis=0, keepdims=true)", "A.max(axis=0, keepdims=True)"),
    ("min(A, axis=0)", "A.min(axis=0)"),
    ("softmax(A)", "softmax(A, -1)"),
    ("softmax(A, axis=0)", "softmax(A, 0)"),
    ("softmax(c)", "softmax(c, 0)"),
    ("softmax(b)", "softmax(b, -1)"),
    ("softmax(S)", "softmax(S, -1)"),
    ("log_softmax(A)", "log_softmax(A, -1)"),
    ("log_softmax(A, axis=0)", "log_softmax(A, 0)"),
    ("log_softmax(S, axis=1)", "log_softmax(S, 1)"),
    ("log_softmax(c)", "log_softmax(c, 0)"),
    ("round(halves)", "np.round(halves)"),
    ("round(4*A)", "np.round(4*A)"),
    ("abs(A)", "np.abs(A)"),
    ("cross_entropy(X, y, mask)", "temporal_softmax_loss(X, y, mask)"),
    ("cross_entropy(X, y)", "temporal_softmax_loss(X, y, np.ones(6))"),
    ("cross_entropy(S, [0, 2])", "temporal_softmax_loss(S, np.array([0, 2]), np.ones(2))"),
]


def encode(array):
    array = np.asarray(array, dtype=np.float64)
    return {"shape": list(array.shape), "hex": [float(v).hex() for v in array.ravel()]}


if __name__ == "__main__":
    scope = {"np": np, "softmax": softmax, "log_softmax": log_softmax,
             "temporal_softmax_loss": temporal_softmax_loss}
    exec(DATA, scope)
    result = {"data": DATA.strip(), "cases": [dict(ask=ask, numpy=expr, **encode(eval(expr, scope))) for ask, expr in CASES]}
    json.dump(result, sys.stdout, indent=1)
    sys.stdout.write("\n")
