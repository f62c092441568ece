#!/usr/bin/env python3
"""Reference values for Rubrics/dlai-rnn-cell.xml, Rubrics/dlai-lstm-cell.xml and
Rubrics/dlai-dinosaur-clip.xml, computed with numpy float64.

The data lines are those of the rubrics' <data> blocks (DeepLearning.AI Sequence Models, week 1:
"Building your Recurrent Neural Network - Step by Step", the test cells of rnn_cell_forward and
lstm_cell_forward; "Dinosaurus Island", the test cell of clip, which is np.clip to
[-maxValue, maxValue]). The cells are the course's, with examples as columns:
- RNN: a_next = tanh(Waa a_prev + Wax xt + ba), yt_pred = softmax(Wya a_next + by);
- LSTM, on concat = [a_prev; xt]: f, i, o = sigmoid(W concat + b), cct = tanh(Wc concat + bc),
  c_next = f*c_prev + i*cct, a_next = o*tanh(c_next), yt = softmax(Wy a_next + by);
the softmax is the notebook's rnn_utils.softmax, over axis 0.

Run:  python3 make_dlai_golden.py rnn > dlai_rnn_cell_golden.json
      python3 make_dlai_golden.py lstm > dlai_lstm_cell_golden.json
      python3 make_dlai_golden.py clip > dlai_dinosaur_clip_golden.json
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


def rnn_cell():
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
    return {"1.a": encode(a_next[4]), "1.b": encode(yt_pred[1]), "1.c": encode(yt_pred)}


def lstm_cell():
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
    return {"1.a": encode(a_next[4]), "1.b": encode(c_next[2]), "1.c": encode(yt[1]), "1.d": encode(c_next[3])}


def clip():
    np.random.seed(3)
    dWax = np.random.randn(5,3)*10
    dWaa = np.random.randn(5,5)*10
    dWya = np.random.randn(2,5)*10
    db = np.random.randn(5,1)*10
    dby = np.random.randn(2,1)*10
    return {"1.a": encode(np.clip(dWaa, -10, 10)[1][2]), "1.b": encode(np.clip(dWax, -10, 10)[3][1]),
            "1.c": encode(np.clip(dWya, -10, 10)[1][2]), "1.d": encode(np.clip(db, -10, 10)[4]),
            "1.e": encode(np.clip(dby, -10, 10)[1]), "1.f": encode(np.clip(dWaa, -5, 5)), "1.g": encode(np.clip(dby, -5, 5)[1])}


if __name__ == "__main__":
    json.dump({"rnn": rnn_cell, "lstm": lstm_cell, "clip": clip}[sys.argv[1]](), sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")
