#!/usr/bin/env python3
"""Writes the captioning benchmark rubric: CS231n's CaptioningRNN loss with every parameter gradient.

    python3 make_captioning_rubric.py --cell rnn > captioning-rnn.xml
    python3 make_captioning_rubric.py --cell lstm > captioning-lstm.xml

The data is the test cell "RNN for image captioning" of Stanford CS231n, assignment 3
(RNN_Captioning.ipynb / LSTM_Captioning.ipynb, https://cs231n.github.io/assignments/):
N, D, W, H = 10, 20, 30, 40, a vocabulary of V = 3 words with <NULL> = 0, captions of T = 13 words
(so 12 steps: captions[:, :-1] in, captions[:, 1:] out), every parameter
np.linspace(-1.4, 1.3, num=size).reshape(shape), features np.linspace(-1.5, 0.3, num=N*D)
(RNN notebook) or np.linspace(-0.5, 1.7, num=N*D) (LSTM notebook).
The notebook's published losses are 9.83235591003 (rnn) and 9.82445935443 (lstm).

What differs from the notebook's code, and why (the rubric language has no `%`, `!=` or `@` in
data, and `captions[:, :-1]` is given to the model as its input sequence):
  * captions = (np.arange(N*T) % V).reshape(N, T) and mask = captions[:, 1:] != 0 are written
    out as np.array literals of the same integers (numpy_captioning.py checks them);
  * h0 = features @ W_proj + b_proj is the initial state's expression instead of a data line;
  * the input sequence `word` lists captions[:, t] for t = 0..T-2; the embedding lookup
    W_embed[word[t]] happens in the step equation, so the gradient reaches W_embed.
The loss is CS231n's temporal_softmax_loss: the sum over steps of cross_entropy, divided by N.
"""
import argparse

import numpy as np

FEATURES = {"rnn": (-1.5, 0.3), "lstm": (-0.5, 1.7)}  # the two notebooks' test cells differ here
PARAMETERS = ["W_proj", "b_proj", "W_embed", "Wx", "Wh", "b", "W_vocab", "b_vocab"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cell", choices=["rnn", "lstm"], required=True)
    args = parser.parse_args()
    N, D, W, H, V, T = 10, 20, 30, 40, 3, 13
    G = 4 if args.cell == "lstm" else 1
    captions = (np.arange(N * T) % V).reshape(N, T)
    mask = (captions[:, 1:] != 0).astype(int)

    def literal(a):
        return "np.array(" + str(a.tolist()) + ")"

    out = print
    out('<?xml version="1.0" encoding="UTF-8"?>')
    out(f'<assignment xmlns="urn:rnngrade:rubric:1" id="bench-captioning-{args.cell}" '
        f'title="CS231n captioning loss, {args.cell}, N={N} T={T} D={D} W={W} H={H} V={V}">')
    out('  <problem id="1">')
    out('    <model id="m">')
    out('      <data>')
    out(f'        N, D, W, H, V, T, G = {N}, {D}, {W}, {H}, {V}, {T}, {G}')
    low, high = FEATURES[args.cell]
    out(f'        features = np.linspace({low}, {high}, num=N*D).reshape(N, D)')
    out('        W_proj = np.linspace(-1.4, 1.3, num=D*H).reshape(D, H)')
    out('        b_proj = np.linspace(-1.4, 1.3, num=H)')
    out('        W_embed = np.linspace(-1.4, 1.3, num=V*W).reshape(V, W)')
    out('        Wx = np.linspace(-1.4, 1.3, num=W*G*H).reshape(W, G*H)')
    out('        Wh = np.linspace(-1.4, 1.3, num=H*G*H).reshape(H, G*H)')
    out('        b = np.linspace(-1.4, 1.3, num=G*H)')
    out('        W_vocab = np.linspace(-1.4, 1.3, num=H*V).reshape(H, V)')
    out('        b_vocab = np.linspace(-1.4, 1.3, num=V)')
    out(f'        captions = {literal(captions)}')
    out(f'        mask = {literal(mask)}')
    if args.cell == "lstm":
        out('        c0 = np.zeros((N, H))')
    out('      </data>')
    words = " ".join(f"captions[:,{t}]" for t in range(T - 1))
    out(f'      <input name="word" values="{words}"/>')
    out('      <state name="h" initial="features @ W_proj + b_proj"/>')
    if args.cell == "rnn":
        out('      <equation>h[t] = tanh(W_embed[word[t]] @ Wx + h[t-1] @ Wh + b)</equation>')
    else:
        out('      <state name="c" initial="c0"/>')
        out('      <equation>a[t] = W_embed[word[t]] @ Wx + h[t-1] @ Wh + b</equation>')
        out('      <equation>c[t] = sigmoid(a[t][:, H:2*H]) ⊙ c[t-1] + sigmoid(a[t][:, :H]) ⊙ tanh(a[t][:, 3*H:])</equation>')
        out('      <equation>h[t] = sigmoid(a[t][:, 2*H:3*H]) ⊙ tanh(c[t])</equation>')
    out('      <loss name="L">sum_t cross_entropy(h[t] @ W_vocab + b_vocab, captions[:, t], mask[:, t-1])</loss>')
    out('    </model>')
    out('    <part id="a" points="1"><number ask="L"/></part>')
    for k, name in enumerate(PARAMETERS):
        out(f'    <part id="g{k}" points="1"><matrix ask="grad(L, {name})"/></part>')
    out('  </problem>')
    out('</assignment>')


if __name__ == "__main__":
    main()
