#!/usr/bin/env python3
"""Golden values for rnngrade's numpy data parser (Sources/RNNNumpy).

Each case is a block of numpy assignment lines. This script runs the block with numpy and writes
every array it assigns to numpy_golden.json as float64 hex strings (float.hex), with its shape.
RNNNumpyTests parses the same block with rnngrade and compares bit for bit ("compare": "bits"),
or, for arithmetic on exact decimals, checks that numpy's float64 is within a few ulps of
rnngrade's exact value ("compare": "rounding"; rnngrade keeps 0.1 as exactly 1/10).

Run:  python3 make_numpy_golden.py > numpy_golden.json
"""
import json
import sys

import numpy as np

CASES = [
    # Constructors.
    ("linspace", "bits", "a = np.linspace(-0.4, 0.7, num=30)\nb = np.linspace(0, 1, 7)\nc = np.linspace(-0.2, 0.4, num=4)\nd = np.linspace(5, 5, num=3)\ne = np.linspace(2.5, -1.25, num=1)\nf = np.linspace(-1e-3, 1e3, 50)"),
    ("linspace-reshape", "bits", "N, D, H = 3, 10, 4\nx = np.linspace(-0.4, 0.7, num=N*D).reshape(N, D)\nprev_h = np.linspace(-0.2, 0.5, num=N*H).reshape(N, H)\nWx = np.linspace(-0.1, 0.9, num=D*H).reshape(D, H)\nWh = np.linspace(-0.3, 0.7, num=H*H).reshape(H, H)\nb = np.linspace(-0.2, 0.4, num=H)"),
    ("arange-integers", "bits", "a = np.arange(6)\nb = np.arange(2, 11, 3)\nc = np.arange(10, 0, -4)\nd = np.arange(12).reshape(3, -1)\ne = np.arange(-5, 5).reshape(-1, 2)"),
    ("asarray-embedding", "bits", "N, T, V, D = 2, 4, 5, 3\nx = np.asarray([[0, 3, 1, 2], [2, 1, 0, 3]])\nW = np.linspace(0, 1, num=V*D).reshape(V, D)\ny = np.asarray([0.5, -1.25])"),
    ("arange-floats", "bits", "a = np.arange(0, 1, 0.1)\nb = np.arange(-1.5, 2.25, 0.75)\nc = np.arange(0.3, 3.1, 0.7)\nd = np.arange(1.0, 0.0, -0.125)"),
    ("zeros-ones-full-eye", "bits", "a = np.zeros((2, 3))\nb = np.ones(4)\nc = np.full((3, 2), 7)\nd = np.full((2, 2), -0.25)\ne = np.eye(3)\nf = np.eye(2, 4)\ng = np.zeros(5)\nh = np.ones((1, 3))"),
    ("array-literals", "bits", "a = np.array([[1, 2, 3], [4, 5, 6]])\nb = np.array([0.1, -0.25, 1e-3, 2.5e2])\nc = np.array([[0.58, 0.24], [0.24, 0.72]])\nd = np.array(3.75)\ne = np.array([[1.5], [-2.0]], dtype=float)"),
    ("transpose-reshape", "bits", "a = np.arange(6).reshape(2, 3).T\nb = np.linspace(0, 1, 6).reshape(3, 2).T\nc = np.arange(4).T\nd = np.linspace(0, 1, 6).reshape(-1)"),
    # Seeded random draws (legacy RandomState).
    ("randn-seed0", "bits", "np.random.seed(0)\na = np.random.randn(3, 4)"),
    ("randn-seed1-odd", "bits", "np.random.seed(1)\na = np.random.randn(5, 3)\nb = np.random.randn(7)"),
    ("randn-seed231", "bits", "np.random.seed(231)\nx = np.random.randn(4, 5)\nw = np.random.randn(5, 6)\nb = np.random.randn(6)"),
    ("rand-seed42", "bits", "np.random.seed(42)\na = np.random.rand(3, 3)\nb = np.random.rand(5)\nc = np.random.rand()"),
    ("gauss-cache", "bits", "np.random.seed(3)\na = np.random.randn(3)\nb = np.random.rand(2)\nc = np.random.randn(3)\nd = np.random.standard_normal((2, 2))\ne = np.random.randn()"),
    ("reseed-clears-cache", "bits", "np.random.seed(7)\na = np.random.randn(1)\nnp.random.seed(7)\nb = np.random.randn(2)"),
    ("uniform", "bits", "np.random.seed(5)\na = np.random.uniform(-0.1, 0.1, (3, 4))\nb = np.random.uniform(size=3)\nc = np.random.uniform(low=2, high=3.5, size=(2, 2))"),
    ("normal-random-sample", "bits", "np.random.seed(11)\na = np.random.normal(0.5, 2.0, size=(2, 3))\nb = np.random.random_sample((2, 2))\nc = np.random.random(3)\nd = np.random.normal(size=2)"),
    ("randint", "bits", "np.random.seed(0)\na = np.random.randint(10, size=(3, 4))\nb = np.random.randint(-5, 5, size=6)\nc = np.random.randint(0, 1000000, size=5)\nd = np.random.randint(3, 4, size=2)\ne = np.random.randint(100)\nf = np.random.randint(0, 2**33, size=3)"),
    ("randint-then-randn", "bits", "np.random.seed(2**32 - 1)\na = np.random.randint(0, 7, size=5)\nb = np.random.randn(2, 3)\nc = np.random.rand(2)"),
    ("seed-by-array", "bits", "np.random.seed([1, 2, 3])\na = np.random.randn(4, 3)\nnp.random.seed(np.array([2**32 - 1, 0, 12345, 7, 99]))\nb = np.random.rand(5)\nc = np.random.randint(0, 50, size=4)"),
    ("large-seed-and-many", "bits", "np.random.seed(123456789)\na = np.random.randn(40, 30)\nb = np.random.rand(700)"),
    # Broadcasting and slicing.
    ("broadcast", "bits", "x = np.linspace(-0.4, 0.7, num=12).reshape(3, 4)\nb = np.linspace(-0.2, 0.4, num=4)\nc = np.linspace(1, 2, num=3).reshape(3, 1)\ns = x + b\nt = x - c\nu = x * b\nv = x / c\nw = c + b\ny = 2 * x - 0.5\nz = b / 4 + 1"),
    ("slicing", "bits", "a = np.linspace(0, 1, 20).reshape(4, 5)\nH = 2\nb = a[:, :H]\nc = a[1]\nd = a[-1]\ne = a[1, 2]\nf = a[1:3, ::2]\ng = a[::-1, -2:]\nh = a[:, 3]\ni = np.arange(10)[2:8:3]\nj = a[-3:, 1:4].T"),
    ("random-arithmetic", "bits", "np.random.seed(0)\nW = np.random.randn(4, 3) * 0.01\nb = np.zeros(3)\nh = np.random.randn(2, 4) / 10 + 1\nr = W[:2] - b"),
    # Arrays of rank 3 and 4: constructors, subscripts, transposes, broadcasting.
    ("rank3-linspace", "bits", "N, T, D, H = 2, 3, 4, 5\nx = np.linspace(-0.1, 0.3, num=N*T*D).reshape(N, T, D)\ny = x[:, 1, :]\nz = x[0]\nw = x[:, -1]\nv = x.transpose(1, 0, 2)\nu = x.T\ns = x + np.linspace(0, 1, num=D)\nq = x[:, ::2, 1:3]\np = x * np.linspace(1, 2, num=T).reshape(T, 1) - x[1]"),
    ("rank3-random", "bits", "np.random.seed(231)\nx = np.random.randn(2, 3, 4)\nh = np.zeros((2, 3, 5))\nr = np.random.rand(2, 1, 3, 2) * 2 - 1\nk = r.reshape(3, -1, 2)\nm = np.random.uniform(-1, 1, size=(2, 2, 2))\no = np.ones((2, 1, 4)) + x"),
    ("rank4-arange", "bits", "a = np.arange(120).reshape(2, 3, 4, 5)\nb = a[1, :, ::2]\nc = a.transpose(0, 2, 1, 3)\nd = a * np.arange(5) - np.ones((3, 1, 1))\ne = a[-1, -1, -1]\nf = np.array([[[1, 2], [3, 4]], [[5, 6], [7, 8]]])"),
    ("exact-decimal-arithmetic", "rounding", "a = np.arange(6) * 0.1\nb = np.array([1, 2, 3]) / 3\nc = np.full((2, 2), 0.1) + np.eye(2) * 0.2"),
]


def encode(value):
    array = np.asarray(value, dtype=np.float64)
    return {"shape": list(array.shape), "hex": [float(v).hex() for v in array.ravel()]}


def run(source):
    scope = {"np": np}
    before = set(scope)
    exec(source, scope)  # the cases above are this script's own constants
    return {name: encode(value) for name, value in scope.items() if name not in before and not name.startswith("__")}


def main():
    cases = [{"name": name, "compare": compare, "source": source, "arrays": run(source)} for name, compare, source in CASES]
    json.dump({"numpy": np.__version__, "cases": cases}, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
