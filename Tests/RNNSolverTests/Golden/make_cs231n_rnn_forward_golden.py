#!/usr/bin/env python3
"""Reference values for Rubrics/cs231n-rnn-forward.xml, computed with numpy float64.

The data lines are those of the rubric's <data> block (CS231n assignment 3, RNN_Captioning.ipynb,
"Vanilla RNN: forward"); the forward pass loops over the T steps as the assignment's
rnn_forward does, h_t = tanh(x[:, t, :] Wx + h_{t-1} Wh + b), and stacks the states on axis 1.

Run:  python3 make_cs231n_rnn_forward_golden.py > cs231n_rnn_forward_golden.json
"""
import json
import sys

import numpy as np


def encode(array):
    array = np.asarray(array, dtype=np.float64)
    return {"shape": list(array.shape), "hex": [float(v).hex() for v in array.ravel()]}


def forward():
    N, T, D, H = 2, 3, 4, 5
    x = np.linspace(-0.1, 0.3, num=N*T*D).reshape(N, T, D)
    h0 = np.linspace(-0.3, 0.1, num=N*H).reshape(N, H)
    Wx = np.linspace(-0.2, 0.4, num=D*H).reshape(D, H)
    Wh = np.linspace(-0.4, 0.1, num=H*H).reshape(H, H)
    b = np.linspace(-0.7, 0.1, num=H)
    states = []
    prev_h = h0
    for t in range(T):
        prev_h = np.tanh(x[:, t, :] @ Wx + prev_h @ Wh + b)
        states.append(prev_h)
    h = np.stack(states, axis=1)
    return {"1.a": encode(h), "1.b": encode(h[1])}


if __name__ == "__main__":
    json.dump(forward(), sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")
