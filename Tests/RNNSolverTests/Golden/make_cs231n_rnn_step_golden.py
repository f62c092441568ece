#!/usr/bin/env python3
"""Reference values for Rubrics/cs231n-rnn-step.xml, computed with numpy float64.

The data lines are those of the rubric's <data> blocks (CS231n assignment 3, RNN_Captioning.ipynb,
"Vanilla RNN: step forward" and "step backward"); the backward pass is written out by hand,
as the assignment asks students to: with L = sum(next_h * dnext_h),
dtanh = dnext_h * (1 - next_h**2), dx = dtanh Wx^T, dWh = h^T dtanh, db = sum over rows of dtanh.

Run:  python3 make_cs231n_rnn_step_golden.py > cs231n_rnn_step_golden.json
"""
import json
import sys

import numpy as np


def encode(array):
    array = np.asarray(array, dtype=np.float64)
    return {"shape": list(array.shape), "hex": [float(v).hex() for v in array.ravel()]}


def forward():
    N, D, H = 3, 10, 4
    x = np.linspace(-0.4, 0.7, num=N*D).reshape(N, D)
    prev_h = np.linspace(-0.2, 0.5, num=N*H).reshape(N, H)
    Wx = np.linspace(-0.1, 0.9, num=D*H).reshape(D, H)
    Wh = np.linspace(-0.3, 0.7, num=H*H).reshape(H, H)
    b = np.linspace(-0.2, 0.4, num=H)
    return {"1.a": encode(np.tanh(x @ Wx + prev_h @ Wh + b))}


def backward():
    np.random.seed(231)
    N, D, H = 4, 5, 6
    x = np.random.randn(N, D)
    h = np.random.randn(N, H)
    Wx = np.random.randn(D, H)
    Wh = np.random.randn(H, H)
    b = np.random.randn(H)
    dnext_h = np.random.randn(N, H)
    out = np.tanh(x @ Wx + h @ Wh + b)
    dtanh = dnext_h * (1 - out**2)
    return {"2.a": encode(dtanh @ Wx.T), "2.b": encode(h.T @ dtanh), "2.c": encode(dtanh.sum(axis=0))}


if __name__ == "__main__":
    json.dump({**forward(), **backward()}, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")
