#!/usr/bin/env python3
"""Answer sheets for the variants benchmark: N students, each answering parts 1.a-1.d of
Rubrics/in5400-w10-family.xml with the numbers of their own handout (read from
HANDOUTS/<student>/handout.md) worked by hand, or, with --same, every student answering the
fixed data's keys (6, 2, 0, 8) under one grader. With handouts, every 20th student copies the
next student's four answers (wrong for their own numbers), as in a real class, so that copy
detection has wrong answers to look up.

    generate.py N OUT_DIR [--handouts DIR] [--same]
"""
import pathlib
import re
import sys

PROMPT = re.compile(r"h0 = ([-0-9.]+), x1 = ([-0-9.]+), x2 = ([-0-9.]+), y1 = ([-0-9.]+), y2 = ([-0-9.]+), "
                    r"W_h = ([-0-9.]+), W_x = ([-0-9.]+), W_y = ([-0-9]+)\.")


def keys(h0, x1, x2, y1, y2, wh, wx, wy):
    """The hand derivation of docs/variants.md's example (VariantsEndToEndTests has the same)."""
    h1 = wh * h0 + wx * x1
    h2 = wh * h1 + wx * x2
    e1, e2 = wy * h1 - y1, wy * h2 - y2
    values = [wy * h2, e1 * e1 + e2 * e2, 2 * e1 * wy + 2 * e2 * wy * wh, 2 * e1 * wy * h0 + 2 * e2 * wy * (h1 + wh * h0)]
    return [f"{v:.4f}".rstrip("0").rstrip(".") for v in values]


def main():
    count, out = int(sys.argv[1]), pathlib.Path(sys.argv[2])
    same = "--same" in sys.argv
    handouts = pathlib.Path(sys.argv[sys.argv.index("--handouts") + 1]) if "--handouts" in sys.argv else None
    out.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        student = f"s{i:05d}"
        if same:
            answers = ["6", "2", "0", "8"]
        else:
            source = f"s{i + 1:05d}" if i % 20 == 19 and i + 1 < count else student
            text = (handouts / source / "handout.md").read_text().replace("\\_", "_")
            answers = keys(*[float(v) for v in PROMPT.search(text).groups()])
        lines = [f"# student: {student}"] + [f"{p} = {a}" for p, a in zip(["1.a", "1.b", "1.c", "1.d"], answers)]
        (out / f"{student}.txt").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
