"""Writes one student's answers to Rubrics/sysu-dl-hw3.xml as a notebook would hand them in,
for the end-to-end test that grades them against the same answers typed in ada.txt:

- ada.npz with np.savez (one array per part id; strings for the choice and hand-graded parts);
- ada.json with json.dump (the student id and an "answers" object; matrices as nested lists).

    python3 make_answer_files.py
"""
import json
import numpy as np

w30 = np.array([[0.015261, -0.020348], [-0.020348, 0.027130]])
answers = {
    "1.a": "diag(σ')W",
    "2.c": w30,
    "2.d": "vanish",
    "2.e": "vanish",
    "2.f": "constant",
    "3.b": "f, i, o",
    "3.c": 1,
}
np.savez("ada.npz", **{part: np.asarray(value) for part, value in answers.items()})
with open("ada.json", "w") as handle:
    listed = {part: value.tolist() if isinstance(value, np.ndarray) else value for part, value in answers.items()}
    json.dump({"student": "ada", "answers": listed}, handle, indent=2, ensure_ascii=False)
    handle.write("\n")
