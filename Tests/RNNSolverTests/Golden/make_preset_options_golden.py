#!/usr/bin/env python3
"""Golden values for the preset options layout, gate-order, bias, layers and time-origin
(docs/rubric-format.md, "Preset options"): forward values per step and gradients.

Run from this folder:  python3 make_preset_options_golden.py > preset_options_golden.json

It also writes the answers of Rubrics/pytorch-lstm-layers.xml (its <data> lines repeated here),
under "pytorch_lstm_layers_rubric", keyed by part.

Each case is a preset cell with its rubric attributes, parameters, initial states and inputs that
are multiples of 1/8 drawn from a seeded RNG (so Swift reads them as exact rationals). It writes
the forward values per step (row-major), L = sum over steps and entries of the top layer's h, and
dL/d(parameter) and dL/d(initial state) by complex-step differentiation
(dL/dp_j = Im L(p + i*1e-30*e_j) / 1e-30), independent of any reverse mode.

The equations are written out here in each source's own form, not shared with the Swift code:
  * CS231n assignment 3, cs231n/rnn_layers.py, lstm_step_forward (https://cs231n.github.io/assignments/):
    a = x @ Wx + prev_h @ Wh + b (x is N x D, Wx D x 4H, b (4H,)), i, f, o, g = sigmoid(a[:, :H]),
    sigmoid(a[:, H:2H]), sigmoid(a[:, 2H:3H]), tanh(a[:, 3H:]); next_c = f*prev_c + i*g;
    next_h = o*tanh(next_c).  As rnngrade: cell="lstm" convention="keras" layout="rows"
    gate-order="i,f,o,c" bias="one" (kernel = Wx, recurrent_kernel = Wh, bias = b).
  * PyTorch torch/nn/modules/rnn.py (https://github.com/pytorch/pytorch/blob/main/torch/nn/modules/rnn.py),
    class LSTM docstring: on a batch, gates = x_t W_ih^T + b_ih + h_{t-1} W_hh^T + b_hh, chunks
    i, f, g, o; c_t = f*c_{t-1} + i*g; h_t = o*tanh(c_t); with num_layers = 2 "the second LSTM
    taking in outputs of the first"; parameters weight_ih_l0 (4H x I), weight_ih_l1 (4H x H), ...
  * PyTorch class GRU docstring: r, z, n chunks; n = tanh(W_in x + b_in + r*(W_hn h + b_hn));
    h' = (1 - z)*n + z*h.  With bias="one" the b_h* terms are absent (one stacked `bias` on the
    input side), written in column form W x (x is I x N).
  * Keras keras/src/layers/rnn/gru.py, GRUCell.call with reset_after: x @ kernel + bias[0],
    h @ recurrent_kernel + bias[1], hh = tanh(x_h + r*recurrent_h); h = z*h_tm1 + (1 - z)*hh; here
    with the blocks stacked in the order r, z, h (gate-order="r,z,h") instead of Keras's z, r, h.
"""
import json
from fractions import Fraction

import numpy as np

SEED = 20261203
STEP = 1e-30
rng = np.random.default_rng(SEED)


def sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def draw(*shape):
    return rng.integers(-8, 9, size=shape) / 8.0


def text(matrix):
    return [[str(Fraction(v).limit_denominator(8)) for v in row] for row in np.atleast_2d(matrix)]


def cs231n_lstm(p, x, s):
    H = p["recurrent_kernel"].shape[0]
    h, c = s["h"], s["c"]
    out = []
    for xt in x:
        a = xt @ p["kernel"] + h @ p["recurrent_kernel"] + p["bias"]
        i, f, o, g = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H]), sigmoid(a[:, 2 * H:3 * H]), np.tanh(a[:, 3 * H:])
        c = f * c + i * g
        h = o * np.tanh(c)
        out.append({"h": h, "c": c, "gate_i": i, "gate_f": f, "gate_o": o, "gate_c": g})
    return out


def torch_lstm_layers(p, x, s, layers):
    h = [s["h_l%d" % k] for k in range(layers)]
    c = [s["c_l%d" % k] for k in range(layers)]
    out = []
    for xt in x:
        step = {}
        inp = xt
        for k in range(layers):
            gates = inp @ p["weight_ih_l%d" % k].T + p["bias_ih_l%d" % k] + h[k] @ p["weight_hh_l%d" % k].T + p["bias_hh_l%d" % k]
            i, f, g, o = np.split(gates, 4, axis=1)
            i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)
            c[k] = f * c[k] + i * g
            h[k] = o * np.tanh(c[k])
            step.update({"h_l%d" % k: h[k], "c_l%d" % k: c[k], "gate_i_l%d" % k: i, "gate_f_l%d" % k: f,
                         "gate_g_l%d" % k: g, "gate_o_l%d" % k: o})
            inp = h[k]
        step["h"], step["c"] = h[-1], c[-1]
        out.append(step)
    return out


def torch_gru_one_bias(p, x, s):
    H = p["weight_hh"].shape[1]
    W, U, b = p["weight_ih"], p["weight_hh"], p["bias"].reshape(-1, 1)
    h = s["h"]
    out = []
    for xt in x:   # columns: xt is I x N
        r = sigmoid(W[:H] @ xt + b[:H] + U[:H] @ h)
        z = sigmoid(W[H:2 * H] @ xt + b[H:2 * H] + U[H:2 * H] @ h)
        n = np.tanh(W[2 * H:] @ xt + b[2 * H:] + r * (U[2 * H:] @ h))
        h = (1 - z) * n + z * h
        out.append({"h": h, "gate_r": r, "gate_z": z, "gate_n": n})
    return out


def keras_gru_rzh(p, x, s):
    H = p["recurrent_kernel"].shape[0]
    K, R, b = p["kernel"], p["recurrent_kernel"], p["bias"]
    h = s["h"]
    out = []
    for xt in x:   # rows: xt is N x I
        xs = xt @ K + b[0]
        hs = h @ R + b[1]
        r = sigmoid(xs[:, :H] + hs[:, :H])
        z = sigmoid(xs[:, H:2 * H] + hs[:, H:2 * H])
        hh = np.tanh(xs[:, 2 * H:] + r * hs[:, 2 * H:])
        h = z * h + (1 - z) * hh
        out.append({"h": h, "gate_r": r, "gate_z": z, "gate_h": hh})
    return out


def case(name, attributes, run, params, states, x, given_states, layout):
    def loss(p, s):
        return sum(np.sum(step["h"]) for step in run(p, x, s))

    grads = {}
    for group, values in (("param", params), ("state", {k: states[k] for k in given_states})):
        for key, value in values.items():
            g = np.zeros(value.shape)
            for index in np.ndindex(value.shape):
                bumped = {k: v.astype(complex) for k, v in params.items()}
                bumped_states = {k: v.astype(complex) for k, v in states.items()}
                target = bumped if group == "param" else bumped_states
                target[key][index] += 1j * STEP
                g[index] = loss(bumped, bumped_states).imag / STEP
            grads[key] = g.reshape(-1).tolist()
    steps = [{k: np.asarray(v).reshape(-1).tolist() for k, v in step.items()} for step in run(params, x, states)]
    return {"name": name, "attributes": attributes, "layout": layout,
            "params": {k: text(v) for k, v in params.items()},
            "states": {k: text(states[k]) for k in given_states},
            "x": [text(xt) for xt in x], "steps": steps, "loss": float(loss(params, states)),
            "gradients": grads}


cases = []

# CS231n lstm_step_forward over T = 3 steps, batch N = 2, D = 3, H = 2.
N, D, H, T = 2, 3, 2, 3
p = {"kernel": draw(D, 4 * H), "recurrent_kernel": draw(H, 4 * H), "bias": draw(1, 4 * H)}
s = {"h": draw(N, H), "c": draw(N, H)}
cases.append(case("cs231n-lstm", 'cell="lstm" convention="keras" input-size="3" hidden-size="2" layout="rows" gate-order="i,f,o,c" bias="one"',
                  cs231n_lstm, p, s, [draw(N, D) for _ in range(T)], ["h", "c"], "rows"))

# PyTorch nn.LSTM(3, 2, num_layers=2) on a batch of N = 2 over T = 3 steps.
N, I, H, T = 2, 3, 2, 3
p = {}
for k, width in ((0, I), (1, H)):
    p.update({"weight_ih_l%d" % k: draw(4 * H, width), "weight_hh_l%d" % k: draw(4 * H, H),
              "bias_ih_l%d" % k: draw(4 * H), "bias_hh_l%d" % k: draw(4 * H)})
s = {"h_l0": draw(N, H), "c_l0": draw(N, H), "h_l1": draw(N, H), "c_l1": draw(N, H)}
cases.append(case("torch-lstm-2-layers", 'cell="lstm" input-size="3" hidden-size="2" layout="rows" layers="2"',
                  lambda pp, xx, ss: torch_lstm_layers(pp, xx, ss, 2),
                  p, s, [draw(N, I) for _ in range(T)], ["h_l0", "c_l0", "h_l1", "c_l1"], "rows"))

# PyTorch-ordered GRU with one bias, columns with a batch of N = 2, steps counted from 0, h zero.
N, I, H, T = 2, 2, 3, 3
p = {"weight_ih": draw(3 * H, I), "weight_hh": draw(3 * H, H), "bias": draw(3 * H)}
s = {"h": np.zeros((H, N))}
cases.append(case("torch-gru-one-bias-origin-0", 'cell="gru" input-size="2" hidden-size="3" bias="one" time-origin="0"',
                  torch_gru_one_bias, p, s, [draw(I, N) for _ in range(T)], [], "columns"))

# Keras GRU (reset_after) with its blocks stacked r, z, h, one example as a row.
N, I, H, T = 1, 2, 2, 3
p = {"kernel": draw(I, 3 * H), "recurrent_kernel": draw(H, 3 * H), "bias": draw(2, 3 * H)}
s = {"h": draw(N, H)}
cases.append(case("keras-gru-rzh", 'cell="gru" convention="keras" input-size="2" hidden-size="2" layout="rows" gate-order="r,z,h"',
                  keras_gru_rzh, p, s, [draw(N, I) for _ in range(T)], ["h"], "rows"))



def shipped_rubric():
    """Rubrics/pytorch-lstm-layers.xml: its <data> lines, the answers of its four parts."""
    N, I, H = 2, 3, 2
    p = {"weight_ih_l0": np.linspace(-0.5, 0.5, num=4 * H * I).reshape(4 * H, I),
         "weight_hh_l0": np.linspace(-0.4, 0.6, num=4 * H * H).reshape(4 * H, H),
         "bias_ih_l0": np.linspace(-0.1, 0.2, num=4 * H), "bias_hh_l0": np.linspace(0.1, -0.2, num=4 * H),
         "weight_ih_l1": np.linspace(0.3, -0.6, num=4 * H * H).reshape(4 * H, H),
         "weight_hh_l1": np.linspace(-0.2, 0.5, num=4 * H * H).reshape(4 * H, H),
         "bias_ih_l1": np.linspace(0.0, 0.3, num=4 * H), "bias_hh_l1": np.linspace(-0.3, 0.0, num=4 * H)}
    x = [np.linspace(-1.0, 1.0, num=N * I).reshape(N, I), np.linspace(0.5, -0.5, num=N * I).reshape(N, I),
         np.linspace(-0.2, 0.8, num=N * I).reshape(N, I)]
    s = {k: np.zeros((N, H)) for k in ("h_l0", "c_l0", "h_l1", "c_l1")}
    last = torch_lstm_layers(p, x, s, 2)[-1]
    grad = np.zeros((4 * H, H))
    for index in np.ndindex(grad.shape):
        bumped = {k: v.astype(complex) for k, v in p.items()}
        bumped["weight_hh_l1"][index] += 1j * STEP
        grad[index] = sum(np.sum(step["h"]) for step in torch_lstm_layers(bumped, x, s, 2)).imag / STEP
    return {"1.a": last["h"].reshape(-1).tolist(), "1.b": last["h_l0"].reshape(-1).tolist(),
            "1.c": last["c_l1"].reshape(-1).tolist(), "1.d": grad.reshape(-1).tolist()}


print(json.dumps({"cases": cases, "pytorch_lstm_layers_rubric": shipped_rubric()}, indent=1))
