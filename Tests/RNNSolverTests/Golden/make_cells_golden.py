#!/usr/bin/env python3
"""Golden values for the preset cells (Sources/RNNSolver/Cells): forward states and gradients.

Run from this folder:  python3 make_cells_golden.py > cells_golden.json   (numpy only)

For every preset cell and convention (LSTM: pytorch, keras, textbook, peephole; GRU: pytorch,
keras with reset_after True and False, textbook, chung; Elman: pytorch, keras, textbook) with
input size I = 2 and hidden size H = 3, over T = 4 steps, with weights, inputs and initial states
that are multiples of 1/8 drawn from a seeded RNG (so Swift reads them as exact rationals), it
writes
  * the forward values per step: h, c (LSTM) and every gate activation gate_<name>;
  * the loss L = sum_t sum(h_t)  (the plain sum of every hidden unit at every step, no square);
  * dL/d(parameter) for every parameter, and dL/dh0 (and dL/dc0), by complex-step
    differentiation: dL/dp_j = Im L(p + i*1e-30*e_j) / 1e-30, accurate to rounding (~1e-15
    relative) and independent of any reverse mode.

The equations are written out by hand from the sources below, each in its own layout (PyTorch
column form with stacked rows, Keras row form x @ kernel with stacked columns), not shared with
the Swift code:
  * PyTorch torch/nn/modules/rnn.py (commit e6f551a): class RNN docstring
    h_t = tanh(x_t W_ih^T + b_ih + h_{t-1} W_hh^T + b_hh); class LSTM docstring, gates i, f, g, o
    stacked in weight_ih_l[k] = (W_ii|W_if|W_ig|W_io); class GRU docstring, gates r, z, n,
    n_t = tanh(W_in x_t + b_in + r_t * (W_hn h_{t-1} + b_hn)), h_t = (1 - z_t) * n_t + z_t * h_{t-1}.
  * Keras keras/src/layers/rnn/lstm.py (commit edc1dfa): LSTMCell.call, implementation 2:
    z = x @ kernel + h_tm1 @ recurrent_kernel + bias, split in 4 (i, f, c, o);
    c = f * c_tm1 + i * tanh(z2); h = o * tanh(c).
  * Keras keras/src/layers/rnn/gru.py (commit 69b9ad0): GRUCell.build (bias (2, 3H) when
    reset_after, else (3H,)) and GRUCell.call, implementation 2: order z, r, h;
    reset_after: recurrent_h = r * (h_tm1 @ U_h + b_rec_h); else (r * h_tm1) @ U_h;
    h = z * h_tm1 + (1 - z) * hh.
  * Cho et al. 2014 (textbook GRU): h~ = tanh(W x + U (r * h) + b), h = z * h_prev + (1 - z) * h~.
  * Chung et al. 2014, eqs. 5-8 (chung GRU): h = (1 - z) * h_prev + z * h~.
  * Graves 2013, arXiv:1308.0850, eqs. 7-11 (peephole LSTM): i and f see c_{t-1}, o sees c_t,
    peephole weights diagonal (stored as vectors p_i, p_f, p_o).
"""
import json
from fractions import Fraction

import numpy as np

I, H, T = 2, 3, 4
SEED = 20261122
STEP = 1e-30  # complex step


def sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def fraction_text(value):
    return str(Fraction(value).limit_denominator(8))


# ---------------------------------------------------------------------------------------------
# Parameter layouts (names and shapes as Sources/RNNRubric/Model/CellCatalog.swift)
# ---------------------------------------------------------------------------------------------
GATES = {
    ("elman", "pytorch"): ["h"], ("elman", "keras"): ["h"], ("elman", "textbook"): ["h"],
    ("lstm", "pytorch"): ["i", "f", "g", "o"], ("lstm", "keras"): ["i", "f", "c", "o"],
    ("lstm", "textbook"): ["i", "f", "g", "o"], ("lstm", "peephole"): ["i", "f", "g", "o"],
    ("gru", "pytorch"): ["r", "z", "n"], ("gru", "keras"): ["z", "r", "h"],
    ("gru", "textbook"): ["z", "r", "h"], ("gru", "chung"): ["z", "r", "h"],
}


def shapes(cell, convention, reset_after):
    gates = GATES[(cell, convention)]
    G = len(gates)
    if convention == "pytorch":
        return {"weight_ih": (G * H, I), "weight_hh": (G * H, H), "bias_ih": (G * H, 1), "bias_hh": (G * H, 1)}
    if convention == "keras":
        rows = 2 if cell == "gru" and reset_after else 1
        return {"kernel": (I, G * H), "recurrent_kernel": (H, G * H), "bias": (rows, G * H)}
    result = {}
    for g in gates:
        result["W_" + g] = (H, I)
        result["U_" + g] = (H, H)
        result["b_" + g] = (H, 1)
    if convention == "peephole":
        for g in ["i", "f", "o"]:
            result["p_" + g] = (H, 1)
    return result


# ---------------------------------------------------------------------------------------------
# Forward passes, one function per source. Vectors are 1-D arrays; every function works for
# complex arrays (complex-step differentiation).
# ---------------------------------------------------------------------------------------------
def torch_forward(cell, p, xs, h, c):
    """PyTorch rnn.py docstrings: column form, gate blocks are row blocks of the stacked matrices."""
    out = []
    for x in xs:
        gi = p["weight_ih"] @ x + p["bias_ih"][:, 0]  # W_i* x_t + b_i*
        gh = p["weight_hh"] @ h + p["bias_hh"][:, 0]  # W_h* h_{t-1} + b_h*
        if cell == "elman":
            h = np.tanh(gi + gh)
            out.append({"h": h})
        elif cell == "lstm":
            i, f = sigmoid(gi[0:H] + gh[0:H]), sigmoid(gi[H:2 * H] + gh[H:2 * H])
            g, o = np.tanh(gi[2 * H:3 * H] + gh[2 * H:3 * H]), sigmoid(gi[3 * H:] + gh[3 * H:])
            c = f * c + i * g
            h = o * np.tanh(c)
            out.append({"h": h, "c": c, "gate_i": i, "gate_f": f, "gate_g": g, "gate_o": o})
        else:
            r, z = sigmoid(gi[0:H] + gh[0:H]), sigmoid(gi[H:2 * H] + gh[H:2 * H])
            n = np.tanh(gi[2 * H:] + r * gh[2 * H:])  # r_t * (W_hn h_{t-1} + b_hn)
            h = (1 - z) * n + z * h
            out.append({"h": h, "gate_r": r, "gate_z": z, "gate_n": n})
    return out


def keras_forward(cell, p, xs, h, c, reset_after):
    """Keras cells, implementation 2: row form x @ kernel, gate blocks are column blocks."""
    out = []
    K, U, b = p["kernel"], p["recurrent_kernel"], p["bias"]
    for x in xs:
        if cell == "elman":  # simple_rnn.py SimpleRNNCell.call: h = tanh(x @ K + b + h_prev @ U)
            h = np.tanh(x @ K + b[0] + h @ U)
            out.append({"h": h})
        elif cell == "lstm":  # lstm.py LSTMCell.call
            zz = x @ K + h @ U + b[0]
            i, f = sigmoid(zz[0:H]), sigmoid(zz[H:2 * H])
            cc, o = np.tanh(zz[2 * H:3 * H]), sigmoid(zz[3 * H:])
            c = f * c + i * cc
            h = o * np.tanh(c)
            out.append({"h": h, "c": c, "gate_i": i, "gate_f": f, "gate_c": cc, "gate_o": o})
        else:  # gru.py GRUCell.call
            input_bias = b[0]
            matrix_x = x @ K + input_bias
            x_z, x_r, x_h = matrix_x[0:H], matrix_x[H:2 * H], matrix_x[2 * H:]
            if reset_after:
                matrix_inner = h @ U + b[1]
            else:
                matrix_inner = h @ U[:, :2 * H]
            z = sigmoid(x_z + matrix_inner[0:H])
            r = sigmoid(x_r + matrix_inner[H:2 * H])
            if reset_after:
                recurrent_h = r * matrix_inner[2 * H:]
            else:
                recurrent_h = (r * h) @ U[:, 2 * H:]
            hh = np.tanh(x_h + recurrent_h)
            h = z * h + (1 - z) * hh
            out.append({"h": h, "gate_z": z, "gate_r": r, "gate_h": hh})
    return out


def textbook_forward(cell, convention, p, xs, h, c):
    """One matrix per gate: PyTorch's LSTM per gate, Graves 2013 peepholes, Cho / Chung GRU."""
    def pre(g, x, h):
        return p["W_" + g] @ x + p["U_" + g] @ h + p["b_" + g][:, 0]

    out = []
    for x in xs:
        if cell == "elman":
            h = np.tanh(pre("h", x, h))
            out.append({"h": h})
        elif cell == "lstm":
            peep = convention == "peephole"
            i = sigmoid(pre("i", x, h) + (p["p_i"][:, 0] * c if peep else 0))  # Graves eq. 7
            f = sigmoid(pre("f", x, h) + (p["p_f"][:, 0] * c if peep else 0))  # Graves eq. 8
            g = np.tanh(pre("g", x, h))
            c = f * c + i * g  # Graves eq. 9
            o = sigmoid(pre("o", x, h) + (p["p_o"][:, 0] * c if peep else 0))  # eq. 10: c_t
            h = o * np.tanh(c)  # eq. 11
            out.append({"h": h, "c": c, "gate_i": i, "gate_f": f, "gate_g": g, "gate_o": o})
        else:
            z, r = sigmoid(pre("z", x, h)), sigmoid(pre("r", x, h))
            hh = np.tanh(p["W_h"] @ x + p["U_h"] @ (r * h) + p["b_h"][:, 0])  # reset before the matmul
            h = (1 - z) * h + z * hh if convention == "chung" else z * h + (1 - z) * hh
            out.append({"h": h, "gate_z": z, "gate_r": r, "gate_h": hh})
    return out


def forward(case, p, h0, c0):
    cell, convention = case["cell"], case["convention"]
    if convention == "pytorch":
        return torch_forward(cell, p, case["xs"], h0, c0)
    if convention == "keras":
        return keras_forward(cell, p, case["xs"], h0, c0, case["reset_after"])
    return textbook_forward(cell, convention, p, case["xs"], h0, c0)


def loss(case, p, h0, c0):
    return sum(np.sum(step["h"]) for step in forward(case, p, h0, c0))


def complex_step_gradient(case, p, h0, c0, name):
    """dL/d(name) by complex steps, element by element (row-major)."""
    target = {"h0": h0, "c0": c0}.get(name, p.get(name))
    grad = np.zeros(target.shape)
    for index in np.ndindex(target.shape):
        pc = {k: v.astype(complex) for k, v in p.items()}
        hc, cc = h0.astype(complex), c0.astype(complex)
        {"h0": hc, "c0": cc}.get(name, pc.get(name))[index] += 1j * STEP
        grad[index] = loss(case, pc, hc, cc).imag / STEP
    return grad


def rows(matrix):
    return [[float(v) for v in row] for row in np.atleast_2d(matrix)]


def main():
    rng = np.random.default_rng(SEED)

    def draw(shape):
        return rng.integers(-6, 7, size=shape) / 8.0  # multiples of 1/8 in [-3/4, 3/4]

    variants = [("elman", "pytorch", True), ("elman", "keras", True), ("elman", "textbook", True),
                ("lstm", "pytorch", True), ("lstm", "keras", True), ("lstm", "textbook", True),
                ("lstm", "peephole", True),
                ("gru", "pytorch", True), ("gru", "keras", True), ("gru", "keras", False),
                ("gru", "textbook", True), ("gru", "chung", True)]
    cases = []
    for cell, convention, reset_after in variants:
        p = {name: draw(shape) for name, shape in shapes(cell, convention, reset_after).items()}
        xs = [draw(I) for _ in range(T)]
        h0, c0 = draw(H), (draw(H) if cell == "lstm" else np.zeros(H))
        case = {"cell": cell, "convention": convention, "reset_after": reset_after, "xs": xs}
        steps = forward(case, p, h0, c0)
        names = list(p) + (["h0", "c0"] if cell == "lstm" else ["h0"])
        cases.append({
            "cell": cell, "convention": convention, "reset_after": reset_after, "input": I, "hidden": H,
            "params": {k: [[fraction_text(v) for v in row] for row in np.atleast_2d(v)] for k, v in p.items()},
            "x": [[fraction_text(v) for v in x] for x in xs],
            "h0": [fraction_text(v) for v in h0],
            "c0": [fraction_text(v) for v in c0] if cell == "lstm" else None,
            "steps": [{k: [float(v) for v in vec] for k, vec in step.items()} for step in steps],
            "loss": float(loss(case, p, h0, c0)),
            "gradients": {k: rows(complex_step_gradient(case, p, h0, c0, k)) for k in names},
        })
    print(json.dumps({"seed": SEED, "input": I, "hidden": H, "steps": T,
                      "loss": "L = sum over t = 1..T of sum(h_t)", "cases": cases}, indent=1))


if __name__ == "__main__":
    main()
