#!/usr/bin/env python3
"""Reference values for Rubrics/cs231n-lstm-forward.xml, computed with numpy float64.

The data lines are those of the rubric's <data> block (CS231n assignment 3, LSTM_Captioning.ipynb,
"LSTM: forward"); the forward pass loops over the T steps as the assignment's lstm_forward does:
a = x[:, t, :] Wx + h Wh + b, gates i, f, o, g in that order (sigmoid, sigmoid, sigmoid, tanh),
c = f * c + i * g, h = o * tanh(c), from c = 0, and stacks the states on axis 1.

Run:  python3 make_cs231n_lstm_forward_golden.py > cs231n_lstm_forward_golden.json
"""
import json
import sys

import numpy as np


def encode(array):
    array = np.asarray(array, dtype=np.float64)
    return {"shape": list(array.shape), "hex": [float(v).hex() for v in array.ravel()]}


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def forward():
    N, D, H, T = 2, 5, 4, 3
    x = np.linspace(-0.4, 0.6, num=N*T*D).reshape(N, T, D)
    h0 = np.linspace(-0.4, 0.8, num=N*H).reshape(N, H)
    Wx = np.linspace(-0.2, 0.9, num=4*D*H).reshape(D, 4 * H)
    Wh = np.linspace(-0.3, 0.6, num=4*H*H).reshape(H, 4 * H)
    b = np.linspace(0.2, 0.7, num=4*H)
    h, c = h0, np.zeros_like(h0)
    states = []
    for t in range(T):
        a = x[:, t, :] @ Wx + h @ Wh + b
        i, f, o, g = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), sigmoid(a[:, 2*H:3*H]), np.tanh(a[:, 3*H:])
        c = f * c + i * g
        h = o * np.tanh(c)
        states.append(h)
    return {"1.a": encode(np.stack(states, axis=1)), "1.b": encode(c)}


if __name__ == "__main__":
    json.dump(forward(), sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")
