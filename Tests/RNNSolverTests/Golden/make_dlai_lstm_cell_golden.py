#!/usr/bin/env python3
"""Reference values for Rubrics/dlai-lstm-cell.xml, computed with numpy float64.

The data lines are those of the rubric's <data> block (DeepLearning.AI Sequence Models, week 1,
"Building your Recurrent Neural Network - Step by Step", lstm_cell_forward's test cell); the cell
is the course's, on concat = [a_prev; xt]: f, i, o = sigmoid(W concat + b), cct = tanh(Wc concat
+ bc), c_next = f*c_prev + i*cct, a_next = o*tanh(c_next), yt = softmax(Wy a_next + by) over axis 0.

Run:  python3 make_dlai_lstm_cell_golden.py > dlai_lstm_cell_golden.json
"""
import json
import sys

import numpy as np


def encode(array):
    array = np.asarray(array, dtype=np.float64)
    return {"shape": list(array.shape), "hex": [float(v).hex() for v in array.ravel()]}


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def softmax(x):
    e_x = np.exp(x - np.max(x))
    return e_x / e_x.sum(axis=0)


if __name__ == "__main__":
    np.random.seed(1)
    xt = np.random.randn(3,10)
    a_prev = np.random.randn(5,10)
    c_prev = np.random.randn(5,10)
    Wf = np.random.randn(5, 5+3)
    bf = np.random.randn(5,1)
    Wi = np.random.randn(5, 5+3)
    bi = np.random.randn(5,1)
    Wo = np.random.randn(5, 5+3)
    bo = np.random.randn(5,1)
    Wc = np.random.randn(5, 5+3)
    bc = np.random.randn(5,1)
    Wy = np.random.randn(2,5)
    by = np.random.randn(2,1)
    concat = np.concatenate((a_prev, xt))
    ft = sigmoid(Wf @ concat + bf)
    it = sigmoid(Wi @ concat + bi)
    cct = np.tanh(Wc @ concat + bc)
    c_next = ft * c_prev + it * cct
    ot = sigmoid(Wo @ concat + bo)
    a_next = ot * np.tanh(c_next)
    yt = softmax(Wy @ a_next + by)
    json.dump({"1.a": encode(a_next[4]), "1.b": encode(c_next[2]), "1.c": encode(yt[1]), "1.d": encode(c_next[3])},
              sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")
