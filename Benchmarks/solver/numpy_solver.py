#!/usr/bin/env python3
"""The benchmark's cases in numpy float64: forward pass, loss and every parameter gradient by
hand-written backpropagation, the computation a user would otherwise write.

    python3 numpy_solver.py lstm RUBRIC.xml [--check KEY.json]        # make_lstm_rubric.py's rubric
    python3 numpy_solver.py captioning-rnn  [--check KEY.json]
    python3 numpy_solver.py captioning-lstm [--check KEY.json]

Prints the seconds the computation took (time.perf_counter around forward + backward, data set up
beforehand). With --finite-differences, checks the backpropagation itself on a few entries of
every gradient by central differences (to 1e-5 of the gradient's largest element, plus 1e-8). With --check, first compares the loss and every gradient with rnngrade's
`key --format json` output (the parts' "decimal" values) and exits 1 unless each array agrees to
1e-8 relative to its largest element.

lstm: PyTorch's LSTM cell (gates i, f, g, o stacked by rows; https://pytorch.org/docs/stable/generated/torch.nn.LSTM.html),
column vectors, h_0 = c_0 = 0, L = sum_t h_t' h_t; parameters and inputs are read from the rubric.
captioning-*: CS231n's CaptioningRNN.loss (assignment 3, cs231n/classifiers/rnn.py and
cs231n/rnn_layers.py, https://cs231n.github.io/assignments/) on the notebook's test data; see
make_captioning_rubric.py.
"""
import argparse
import json
import re
import sys
import time
import xml.etree.ElementTree as ET

import numpy as np


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def read_lstm_rubric(path):
    """weight_ih, weight_hh, bias_ih, bias_hh and the inputs (T×I) of make_lstm_rubric.py's rubric."""
    ns = {"r": "urn:rnngrade:rubric:1"}
    model = ET.parse(path).getroot().find("r:problem/r:model", ns)
    params = {p.get("name"): np.array(json.loads(p.get("value")), dtype=np.float64)
              for p in model.findall("r:param", ns)}
    steps = re.findall(r"\[[^\]]*\]", model.find("r:input", ns).get("values"))
    xs = np.array([json.loads(s) for s in steps], dtype=np.float64)
    return params, xs


def lstm_loss_and_grads(p, xs):
    """L = sum_t h_t'h_t of a PyTorch LSTM cell over the rows of xs, and dL/d each parameter."""
    W_ih, W_hh, b_ih, b_hh = p["weight_ih"], p["weight_hh"], p["bias_ih"], p["bias_hh"]
    H = W_hh.shape[1]
    T = xs.shape[0]
    pre_x = xs @ W_ih.T + b_ih + b_hh          # T × 4H, the input part of every step at once
    hs = np.zeros((T + 1, H)); cs = np.zeros((T + 1, H)); gates = np.zeros((T, 4 * H))
    loss = 0.0
    for t in range(T):
        a = pre_x[t] + W_hh @ hs[t]
        i, f, g, o = sigmoid(a[:H]), sigmoid(a[H:2 * H]), np.tanh(a[2 * H:3 * H]), sigmoid(a[3 * H:])
        gates[t] = np.concatenate([i, f, g, o])
        cs[t + 1] = f * cs[t] + i * g
        hs[t + 1] = o * np.tanh(cs[t + 1])
        loss += hs[t + 1] @ hs[t + 1]
    da = np.zeros((T, 4 * H))
    dh_next = np.zeros(H); dc_next = np.zeros(H)
    for t in reversed(range(T)):
        i, f, g, o = gates[t, :H], gates[t, H:2 * H], gates[t, 2 * H:3 * H], gates[t, 3 * H:]
        dh = 2 * hs[t + 1] + dh_next
        tc = np.tanh(cs[t + 1])
        dc = dc_next + dh * o * (1 - tc ** 2)
        da[t] = np.concatenate([dc * g * i * (1 - i), dc * cs[t] * f * (1 - f),
                                dc * i * (1 - g ** 2), dh * tc * o * (1 - o)])
        dh_next = W_hh.T @ da[t]
        dc_next = dc * f
    grads = {"weight_ih": da.T @ xs, "weight_hh": da.T @ hs[:T],
             "bias_ih": da.sum(axis=0), "bias_hh": da.sum(axis=0)}
    return loss, grads


def captioning_data(cell):
    """CS231n's captioning test cell: parameters by np.linspace(-1.4, 1.3), features, captions."""
    N, D, W, H, V, T = 10, 20, 30, 40, 3, 13
    G = 4 if cell == "lstm" else 1
    shapes = {"W_proj": (D, H), "b_proj": (H,), "W_embed": (V, W), "Wx": (W, G * H),
              "Wh": (H, G * H), "b": (G * H,), "W_vocab": (H, V), "b_vocab": (V,)}
    params = {k: np.linspace(-1.4, 1.3, num=int(np.prod(s))).reshape(s) for k, s in shapes.items()}
    low, high = (-0.5, 1.7) if cell == "lstm" else (-1.5, 0.3)   # as the two notebooks differ
    features = np.linspace(low, high, num=N * D).reshape(N, D)
    captions = (np.arange(N * T) % V).reshape(N, T)
    return params, features, captions


def captioning_loss_and_grads(cell, p, features, captions):
    """CaptioningRNN.loss: h0 = features@W_proj + b_proj, embedding, rnn/lstm, temporal softmax."""
    cin, cout = captions[:, :-1], captions[:, 1:]
    mask = cout != 0
    N, T = cin.shape
    H = p["Wh"].shape[0]
    h0 = features @ p["W_proj"] + p["b_proj"]
    x = p["W_embed"][cin]                                   # N × T × W
    hs = np.zeros((N, T + 1, H)); hs[:, 0] = h0
    cs = np.zeros((N, T + 1, H)); acts = []
    for t in range(T):
        a = x[:, t] @ p["Wx"] + hs[:, t] @ p["Wh"] + p["b"]
        if cell == "rnn":
            hs[:, t + 1] = np.tanh(a)
            acts.append(hs[:, t + 1])
        else:
            i, f, o, g = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H]), sigmoid(a[:, 2 * H:3 * H]), np.tanh(a[:, 3 * H:])
            cs[:, t + 1] = f * cs[:, t] + i * g
            hs[:, t + 1] = o * np.tanh(cs[:, t + 1])
            acts.append((i, f, o, g))
    h = hs[:, 1:]
    scores = h @ p["W_vocab"] + p["b_vocab"]                # N × T × V
    shifted = scores - scores.max(axis=2, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=2, keepdims=True))
    rows, steps = np.meshgrid(np.arange(N), np.arange(T), indexing="ij")
    loss = -(mask * log_probs[rows, steps, cout]).sum() / N
    dscores = np.exp(log_probs)
    dscores[rows, steps, cout] -= 1
    dscores *= mask[:, :, None] / N
    g = {"W_vocab": np.einsum("nth,ntv->hv", h, dscores), "b_vocab": dscores.sum(axis=(0, 1))}
    dh_all = dscores @ p["W_vocab"].T
    dx = np.zeros_like(x)
    dWx = np.zeros_like(p["Wx"]); dWh = np.zeros_like(p["Wh"]); db = np.zeros_like(p["b"])
    dh_next = np.zeros((N, H)); dc_next = np.zeros((N, H))
    for t in reversed(range(T)):
        dh = dh_all[:, t] + dh_next
        if cell == "rnn":
            da = dh * (1 - acts[t] ** 2)
        else:
            i, f, o, gg = acts[t]
            tc = np.tanh(cs[:, t + 1])
            dc = dc_next + dh * o * (1 - tc ** 2)
            da = np.concatenate([dc * gg * i * (1 - i), dc * cs[:, t] * f * (1 - f),
                                 dh * tc * o * (1 - o), dc * i * (1 - gg ** 2)], axis=1)
            dc_next = dc * f
        dWx += x[:, t].T @ da
        dWh += hs[:, t].T @ da
        db += da.sum(axis=0)
        dx[:, t] = da @ p["Wx"].T
        dh_next = da @ p["Wh"].T
    dW_embed = np.zeros_like(p["W_embed"])
    np.add.at(dW_embed, cin, dx)
    g.update({"Wx": dWx, "Wh": dWh, "b": db, "W_embed": dW_embed,
              "W_proj": features.T @ dh_next, "b_proj": dh_next.sum(axis=0)})
    return loss, g


def check(key_path, loss, grads, order):
    """Compares with rnngrade's JSON key: part 1 the loss, then one part per gradient in order."""
    parts = json.load(open(key_path))["parts"]
    worst = 0.0
    for part, (name, mine) in zip(parts, [("L", np.float64(loss))] + [(n, grads[n]) for n in order]):
        theirs = np.array(json.loads(part["decimal"]) if isinstance(part["decimal"], str) else part["decimal"],
                          dtype=np.float64)
        mine = np.asarray(mine, dtype=np.float64)
        if theirs.size != mine.size:
            sys.exit(f"{key_path}: part {part['id']} ({name}) has {theirs.size} values, numpy {mine.size}")
        diff = np.abs(theirs.reshape(-1) - mine.reshape(-1)).max() / max(np.abs(mine).max(), 1e-300)
        worst = max(worst, diff)
        if diff > 1e-8:
            sys.exit(f"{key_path}: part {part['id']} ({name}) differs from numpy by {diff:.3g} relative")
    print(f"agree: {len(parts)} parts, worst relative difference {worst:.3g}", file=sys.stderr)


def finite_difference_check(loss_of, params, grads, samples=5, step=1e-6):
    """Compares a few entries of each gradient with central differences of loss_of(params), to
    1e-5 of that gradient's largest element plus 1e-8 (the differences' own rounding noise)."""
    rng = np.random.default_rng(0)
    worst = 0.0
    for name, value in params.items():
        if name not in grads:
            continue
        for flat in rng.choice(value.size, size=min(samples, value.size), replace=False):
            index = np.unravel_index(flat, value.shape)
            saved = value[index]
            value[index] = saved + step; up = loss_of(params)
            value[index] = saved - step; down = loss_of(params)
            value[index] = saved
            numeric, analytic = (up - down) / (2 * step), grads[name][index]
            # 1e-5 of the gradient's scale, plus 1e-8 for the loss's rounding divided by the step.
            error = abs(numeric - analytic) / (1e-5 * np.abs(grads[name]).max() + 1e-8)
            worst = max(worst, error)
            if error > 1:
                sys.exit(f"finite differences: d L / d {name}{[int(i) for i in index]} is {numeric:.8g}, backprop {analytic:.8g}")
    print(f"finite differences agree: worst error {worst:.3g} of the tolerance", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("case", choices=["lstm", "captioning-rnn", "captioning-lstm"])
    parser.add_argument("rubric", nargs="?")
    parser.add_argument("--check", metavar="KEY.json")
    parser.add_argument("--finite-differences", action="store_true",
                        help="also check 5 entries of each gradient by central differences")
    args = parser.parse_args()
    if args.case == "lstm":
        params, xs = read_lstm_rubric(args.rubric)
        order = ["weight_ih", "weight_hh", "bias_ih", "bias_hh"]
        start = time.perf_counter()
        loss, grads = lstm_loss_and_grads(params, xs)
        loss_of = lambda p: lstm_loss_and_grads(p, xs)[0]
    else:
        cell = args.case.split("-")[1]
        params, features, captions = captioning_data(cell)
        order = ["W_proj", "b_proj", "W_embed", "Wx", "Wh", "b", "W_vocab", "b_vocab"]
        start = time.perf_counter()
        loss, grads = captioning_loss_and_grads(cell, params, features, captions)
        loss_of = lambda p: captioning_loss_and_grads(cell, p, features, captions)[0]
    seconds = time.perf_counter() - start
    if args.finite_differences:
        finite_difference_check(loss_of, params, grads)
    if args.check:
        check(args.check, loss, grads, order)
    print(f"{seconds:.6f}")


if __name__ == "__main__":
    main()
