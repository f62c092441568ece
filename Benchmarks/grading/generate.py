#!/usr/bin/env python3
"""Writes N synthetic answer sheets for one rubric: a seeded mix of right, wrong, unreadable
and blank answers, plus a few whole files that cannot be read.

Answers vary the way a class's do, so that remembering answer texts cannot make the benchmark
easy: a right answer is spelled one of several ways with the same value (trailing zeros,
scientific notation, spacing, label case), wrong values are random per student, typos carry
random digits, and design answers list their weights in a random order.

    generate.py KEY_JSON SAMPLE_SHEET N OUT_DIR

KEY_JSON is `rnngrade key --format json RUBRIC`; right answers come from it. SAMPLE_SHEET is
the shipped submission for the same assignment: design and hand-graded parts (which have no
typed key) copy its answer, so every sheet has realistic essay lines too.
"""
import json
import random
from decimal import Decimal
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


def respaced(text, rng):
    """The same tokens with different spacing: none, as given, or spaces after , ; and operators."""
    style = rng.randrange(3)
    if style == 0:
        return text.replace(" ", "")
    if style == 1:
        return text
    out = text.replace(" ", "")
    for mark in [",", ";", "+", "*"]:
        out = out.replace(mark, mark + " ")
    return out


def respelled_number(text, rng):
    """`text` (a decimal) spelled another way with exactly the same value."""
    style = rng.randrange(4)
    if style == 0:
        return text
    if style == 1:
        return text + ("0" * rng.randint(1, 3) if "." in text and "e" not in text.lower() else "")
    if style == 2:
        return f"{Decimal(text):e}"
    return " " + text


def right(part, rng):
    text = part.get("decimal") or part["key"]
    kind = part["kind"]
    if kind == "number":
        return respelled_number(text, rng)
    if kind in ("choice", "multiple-choice"):
        return text.upper() if rng.random() < 0.5 else text.lower()
    return respaced(text, rng)


def wrong(part, rng):
    kind = part["kind"]
    if kind in ("choice", "multiple-choice"):
        return "none"
    if kind == "formula":
        return respaced(f"{part['key']} + {rng.randint(1, 9)}", rng)
    if kind == "interval":
        return f"({-rng.randint(1, 5)}, {rng.randint(1, 5)})"
    if kind == "number":
        value = float(part.get("decimal") or part["key"]) * rng.uniform(1.05, 2) * rng.choice([1, -1]) + rng.choice([0, 1])
        return f"{value:.{rng.randint(3, 7)}g}"
    return "[[{}, {}], [{}, {}]]".format(*(rng.randint(-9, 9) for _ in range(4)))


def unreadable(part, rng):
    return rng.choice([f"0,{rng.randint(1, 999)}", f"[[{rng.randint(1, 9)}, 2", "six", f"{rng.randint(1, 9)}e",
                       f"(0; {rng.randint(1, 9)}"])


def design(text, rng):
    """A design answer's weights (`W = [[1, 0], [0, 1]]; b = …`) in a random order."""
    entries, depth, current = [], 0, ""
    for character in text:
        depth += {"[": 1, "]": -1}.get(character, 0)
        if character == ";" and depth == 0:
            entries.append(current.strip())
            current = ""
        else:
            current += character
    entries.append(current.strip())
    rng.shuffle(entries)
    return "; ".join(entry for entry in entries if entry)


def sheet(key, samples, student, rng):
    lines = [f"# assignment: {key['assignment']}", f"# student: {student}"]
    for part in key["parts"]:
        if part["kind"] not in AUTO_KINDS:
            if part["id"] in samples:
                sample = samples[part["id"]]
                lines.append(f"{part['id']} = {design(sample, rng) if part['kind'] == 'design' else sample}")
            continue
        choice = rng.choices([name for name, _ in MIX], [weight for _, weight in MIX])[0]
        if choice == "blank":
            continue
        answer = {"right": right, "wrong": wrong, "unreadable": unreadable}[choice]
        text = answer(part, rng)
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
