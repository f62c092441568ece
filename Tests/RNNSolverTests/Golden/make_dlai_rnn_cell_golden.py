#!/usr/bin/env python3
"""Reference values for Rubrics/dlai-rnn-cell.xml, computed with numpy float64.

The data lines are those of the rubric's <data> block (DeepLearning.AI Sequence Models, week 1,
"Building your Recurrent Neural Network - Step by Step", rnn_cell_forward's test cell); the
cell is the course's: a_next = tanh(Waa a_prev + Wax xt + ba), yt_pred = softmax(Wya a_next + by)
with the softmax over axis 0 (rnn_utils.softmax: e = exp(x - max(x)), e / e.sum(axis=0)).

Run:  python3 make_dlai_rnn_cell_golden.py > dlai_rnn_cell_golden.json
"""
import json
import sys

import numpy as np


def encode(array):
    array = np.asarray(array, dtype=np.float64)
    return {"shape": list(array.shape), "hex": [float(v).hex() for v in array.ravel()]}


def softmax(x):
    e_x = np.exp(x - np.max(x))
    return e_x / e_x.sum(axis=0)


if __name__ == "__main__":
    np.random.seed(1)
    xt = np.random.randn(3,10)
    a_prev = np.random.randn(5,10)
    Waa = np.random.randn(5,5)
    Wax = np.random.randn(5,3)
    Wya = np.random.randn(2,5)
    ba = np.random.randn(5,1)
    by = np.random.randn(2,1)
    a_next = np.tanh(np.dot(Waa, a_prev) + np.dot(Wax, xt) + ba)
    yt_pred = softmax(np.dot(Wya, a_next) + by)
    json.dump({"1.a": encode(a_next[4]), "1.b": encode(yt_pred[1]), "1.c": encode(yt_pred)}, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")
