#!/usr/bin/env python3
"""Reference values for Rubrics/cs231n-lstm-step.xml, computed with numpy float64.

The data lines are those of the rubric's <data> blocks (CS231n assignment 3,
LSTM_Captioning.ipynb, "LSTM: step forward" and "LSTM: step backward"). The forward pass is the
course's: a = x Wx + prev_h Wh + b split into the gates i, f, o, g in that order. The backward
pass is written out by hand, as the assignment asks students to: with
L = sum(next_h * dnext_h) + sum(next_c * dnext_c),
dc = dnext_c + dnext_h * o * (1 - tanh(next_c)**2), and the gate pre-activation gradient
da = [dc*g*i(1-i), dc*prev_c*f(1-f), dnext_h*tanh(next_c)*o(1-o), dc*i*(1-g**2)].

Run:  python3 make_cs231n_lstm_step_golden.py > cs231n_lstm_step_golden.json
"""
import json
import sys

import numpy as np


def encode(array):
    array = np.asarray(array, dtype=np.float64)
    return {"shape": list(array.shape), "hex": [float(v).hex() for v in array.ravel()]}


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def step(x, prev_h, prev_c, Wx, Wh, b):
    H = prev_h.shape[1]
    a = x @ Wx + prev_h @ Wh + b
    i, f, o, g = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), sigmoid(a[:, 2*H:3*H]), np.tanh(a[:, 3*H:])
    next_c = f * prev_c + i * g
    next_h = o * np.tanh(next_c)
    return next_h, next_c, (i, f, o, g)


def forward():
    N, D, H = 3, 4, 5
    x = np.linspace(-0.4, 1.2, num=N*D).reshape(N, D)
    prev_h = np.linspace(-0.3, 0.7, num=N*H).reshape(N, H)
    prev_c = np.linspace(-0.4, 0.9, num=N*H).reshape(N, H)
    Wx = np.linspace(-2.1, 1.3, num=4*D*H).reshape(D, 4 * H)
    Wh = np.linspace(-0.7, 2.2, num=4*H*H).reshape(H, 4 * H)
    b = np.linspace(0.3, 0.7, num=4*H)
    next_h, next_c, _ = step(x, prev_h, prev_c, Wx, Wh, b)
    return {"1.a": encode(next_h), "1.b": encode(next_c)}


def backward():
    np.random.seed(231)
    N, D, H = 4, 5, 6
    x = np.random.randn(N, D)
    prev_h = np.random.randn(N, H)
    prev_c = np.random.randn(N, H)
    Wx = np.random.randn(D, 4 * H)
    Wh = np.random.randn(H, 4 * H)
    b = np.random.randn(4 * H)
    dnext_h = np.random.randn(N, H)
    dnext_c = np.random.randn(N, H)
    next_h, next_c, (i, f, o, g) = step(x, prev_h, prev_c, Wx, Wh, b)
    tanh_c = np.tanh(next_c)
    dc = dnext_c + dnext_h * o * (1 - tanh_c**2)
    da = np.hstack([dc * g * i * (1 - i), dc * prev_c * f * (1 - f), dnext_h * tanh_c * o * (1 - o), dc * i * (1 - g**2)])
    return {"2.a": encode(da @ Wx.T), "2.b": encode(da @ Wh.T), "2.c": encode(dc * f),
            "2.d": encode(prev_h.T @ da), "2.e": encode(da.sum(axis=0))}


if __name__ == "__main__":
    json.dump({**forward(), **backward()}, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")
