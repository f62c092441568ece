#!/usr/bin/env python3
"""Reference values for Rubrics/cs231n-word-embedding.xml, computed with numpy.

The data lines are those of the rubric's <data> block (CS231n assignment 3,
RNN_Captioning.ipynb, "Word embedding: forward"); word_embedding_forward is W[x], of shape
(N, T, D), and the rubric asks for out[0] and out[1].

Run:  python3 make_cs231n_word_embedding_golden.py > cs231n_word_embedding_golden.json
"""
import json
import sys

import numpy as np


def encode(array):
    array = np.asarray(array, dtype=np.float64)
    return {"shape": list(array.shape), "hex": [float(v).hex() for v in array.ravel()]}


if __name__ == "__main__":
    N, T, V, D = 2, 4, 5, 3
    x = np.asarray([[0, 3, 1, 2], [2, 1, 0, 3]])
    W = np.linspace(0, 1, num=V*D).reshape(V, D)
    out = W[x]
    json.dump({"1.a": encode(out[0]), "1.b": encode(out[1])}, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")
