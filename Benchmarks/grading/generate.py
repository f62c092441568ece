#!/usr/bin/env python3
"""Writes N synthetic answer sheets for one rubric: a seeded mix of right, wrong, unreadable
and blank answers, plus a few whole files that cannot be read.

    generate.py KEY_JSON SAMPLE_SHEET N OUT_DIR

KEY_JSON is `rnngrade key --format json RUBRIC`; right answers come from it. SAMPLE_SHEET is
the shipped submission for the same assignment: design and hand-graded parts (which have no
typed key) copy its answer, so every sheet has realistic essay lines too.
"""
import json
import random
import sys
from pathlib import Path

AUTO_KINDS = {"number", "vector", "matrix", "interval", "choice", "multiple-choice", "formula"}
# Per answer: right, wrong, unreadable, blank. Per file: 2% cannot be read at all.
MIX = [("right", 0.60), ("wrong", 0.25), ("unreadable", 0.10), ("blank", 0.05)]
BINARY_FILES = 0.02


def sample_answers(path):
    """Part id -> answer text of the shipped sheet."""
    answers = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or " = " not in line:
            continue
        part, answer = line.split(" = ", 1)
        answers[part.strip()] = answer
    return answers


def right(part):
    return part.get("decimal") or part["key"]


def wrong(part, rng):
    kind = part["kind"]
    if kind in ("choice", "multiple-choice"):
        return "none"
    if kind == "formula":
        return right(part) + " + 1"
    if kind == "interval":
        return "(-1, 1)"
    if kind == "number":
        return repr(float(right(part)) * 1.5 + rng.choice([1, -2, 3]))
    return "[[1, 2], [3, 4]]"


def unreadable(part, rng):
    return rng.choice(["0,5", "[[1, 2", "six", "1e", "(0; 1"])


def sheet(key, samples, student, rng):
    lines = [f"# assignment: {key['assignment']}", f"# student: {student}"]
    for part in key["parts"]:
        if part["kind"] not in AUTO_KINDS:
            if part["id"] in samples:
                lines.append(f"{part['id']} = {samples[part['id']]}")
            continue
        choice = rng.choices([name for name, _ in MIX], [weight for _, weight in MIX])[0]
        if choice == "blank":
            continue
        answer = {"right": right, "wrong": wrong, "unreadable": unreadable}[choice]
        text = answer(part) if choice == "right" else answer(part, rng)
        lines.append(f"{part['id']} = {text}")
    return "\n".join(lines) + "\n"


def main():
    key_json, sample, count, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
    key = json.loads(Path(key_json).read_text(encoding="utf-8"))
    samples = sample_answers(sample)
    rng = random.Random(f"{key['assignment']}-{count}")
    out.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        student = f"s{index:05d}"
        text = sheet(key, samples, student, rng)
        if rng.random() < BINARY_FILES:
            text = text.replace("\n", "\0", 1)
        (out / f"{student}.txt").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
