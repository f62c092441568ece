#!/usr/bin/env python3
"""Regenerate the Swift files that embed the shipped XSDs (run after editing Rubrics/*.xsd)."""
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
TARGETS = [
    ("Rubrics/rubric.xsd", "Sources/RNNRubric/Loading/RubricSchemaText.swift", "rubricSchemaText",
     "The text of `Rubrics/rubric.xsd`, rubric format version 1.", "The rubric schema", "RubricSchemaTests"),
    ("Rubrics/submission.xsd", "Sources/RNNGrading/Submissions/SubmissionSchemaText.swift", "submissionSchemaText",
     "The text of `Rubrics/submission.xsd`, submission format version 1.", "The submission schema",
     "SubmissionSchemaTests"),
]

for source, destination, name, doc, what, test in TARGETS:
    xsd = (ROOT / source).read_text(encoding="utf-8")
    assert '"""#' not in xsd
    swift = (
        f"// {what}, embedded so that the executable needs no resource files.\n"
        f"// It must stay byte-identical to {source} ({test} checks); after editing\n"
        "// that file, regenerate this one with `python3 scripts/embed-schema.py`.\n\n"
        f"/// {doc}\n"
        f'let {name} = #"""\n{xsd}\n"""#\n'
    )
    (ROOT / destination).write_text(swift, encoding="utf-8")
    print(f"wrote {destination}")
