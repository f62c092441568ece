#!/usr/bin/env python3
"""Writes the fuzz harnesses' seed corpora, Fuzz/corpus/NAME/, from the shipped files and the tests.

    python3 scripts/fuzz-corpus.py

answer      one file per answer: the syntax's name, a newline, the answer (from the shipped answer
            sheets, with the syntax of the rubric part they answer, and from the tests' reading calls)
expression  the shipped rubrics' equations, the formula answers and the expression tests' strings
rubric      the shipped rubrics
sheet       the shipped answer sheets
submission-xml  each shipped sheet written as submission XML, and docs/submission-format.md's example
numpy-data  the shipped rubrics' <data> blocks and the numpy parser's golden cases and test strings
npz         the tests' .npz files, and each test .npy array zipped as the answer 1.a
json        each shipped sheet written as a JSON answer file (answers as strings, numbers as numbers)
form        the Content-Type line and body of each shipped sheet pasted into the student page's
            form (URL-encoded) and uploaded as a file with the form's fields (multipart)
and the libFuzzer dictionaries, Fuzz/dict/NAME.dict, from the token lists below and the schemas' names.
Each file is named after the SHA-1 of its content (as libFuzzer names what it adds), so reruns
write the same files; the corpora are deterministic and small.
"""
import hashlib
import json
import pathlib
import re
import urllib.parse
import zipfile
import io
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape, quoteattr

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "Fuzz" / "corpus"
NS = "{urn:rnngrade:rubric:1}"
SYNTAXES = {"number", "vector", "matrix", "interval", "choice", "multiple-choice", "formula", "weights"}


def write(name, text):
    data = text.encode("utf-8") if isinstance(text, str) else text
    folder = CORPUS / name
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def swift_strings(path):
    """The one-line string literals of a Swift file, escapes decoded."""
    for match in re.finditer(r'(?<!")"((?:[^"\\\n]|\\.)*)"(?!")', path.read_text(encoding="utf-8")):
        if "\\(" not in match.group(1):  # no interpolation
            yield decoded(match.group(1))


def decoded(raw):
    """A Swift string literal's content with its escapes decoded."""
    text = re.sub(r"\\u\{([0-9a-fA-F]+)\}", lambda m: chr(int(m.group(1), 16)), raw)
    return text.replace('\\"', '"').replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")


def sheet_answers(path):
    """(label, text) of a sheet's one-line answers."""
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\d+(?:\.[A-Za-z0-9_]+)*)\s*=\s*(.*)$", line)
        if match:
            yield match.group(1), match.group(2)


def part_syntaxes(rubric):
    """Part label (`2.c`) → answer syntax, for the parts that state one."""
    tree = ET.parse(rubric)
    syntaxes = {}
    for problem in tree.getroot().iter(NS + "problem"):
        for part in problem.iter(NS + "part"):
            answer = part.find(NS + "answer")
            if answer is not None and answer.get("syntax") in SYNTAXES:
                syntaxes[f"{problem.get('id')}.{part.get('id')}"] = answer.get("syntax")
    return syntaxes


FUNCTIONS = ("abs dsigmoid dtanh exp identity ln log relu sigma sigmoid softmax softplus sqrt step tanh "
             "det diag eigvals inv norm trace transpose singvals spectral_radius jacobian grad params max min "
             "lstm gru elman clip_norm clip_value sum_t").split()
NUMBERS = ["0", "1", "-", "−", "+", ".", "/", "e", "E", "e-", "×10^", "*10^", "·10", "⁻", "²", "inf", "-inf", "∞", "nan", "infinity", ","]
MATRIX = ["[", "]", "[[", "]]", "], [", ";", ", ", " ", "np.array(", ")", "\n"]
EXPRESSION = ["h[t-1]", "x[t]", "[t]", "W", "@", "⊙", "*", "^", "^T", "'", "(", ")", "=", "sum_t ", ", ", "label=", "T", "t"]
XML_MARKUP = ["<", "</", ">", "/>", "=\"", "\"", "<?xml version=\"1.0\"?>", "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&#x41;", "<!DOCTYPE"]
NUMPY = ["import numpy as np", "np.linspace(", "np.arange(", "np.zeros(", "np.ones(", "np.full(", "np.eye(", "np.array(",
         "np.random.seed(", "np.random.randn(", "np.random.rand(", "np.random.randint(", "np.random.uniform(",
         "np.random.normal(", "np.random.standard_normal(", "np.random.random_sample(", ".reshape(", ".T", "**",
         "num=", "size=", "low=", "high=", "dtype=float", ":", "::", "-1", "[:, ", "x = "]
SHEET = ["# assignment: ", "# student: ", "# name: ", "1.a = ", "5.W_h = ", "\n", "\r\n", "    ", "\t", "#", "=", "\ufeff"]

# Test files whose string literals are mostly answers of one syntax.
READING_TESTS = {"NumberReadingTests.swift": "number", "MatrixReadingTests.swift": "matrix"}


def guessed_syntax(answer):
    """The syntax a shipped answer most likely has, for parts whose rubric does not state one."""
    if "=" in answer:
        return "weights"
    if answer.startswith(("[", "np.")):
        return "matrix"
    if re.fullmatch(r"[(\[\]].*,.*[)\]\[]", answer):
        return "interval"
    if re.fullmatch(r"[a-z](\s*,\s*[a-z])*", answer):
        return "multiple-choice" if "," in answer else "choice"
    if re.search(r"[A-Za-z]", answer):
        return "formula"
    return "number"


def main():
    rubrics = sorted((ROOT / "Rubrics").glob("*.xml"))
    sheets = sorted((ROOT / "Submissions").glob("*/*.txt"))
    for rubric in rubrics:
        write("rubric", rubric.read_text(encoding="utf-8"))
        for element in ET.parse(rubric).getroot().iter(NS + "equation"):
            write("expression", (element.text or "").strip())
    syntaxes = {}
    for rubric in rubrics:
        syntaxes.update(part_syntaxes(rubric))
    for sheet in sheets:
        text = sheet.read_text(encoding="utf-8")
        write("sheet", text)
        answers = list(sheet_answers(sheet))
        xml_answers = "".join(f"  <answer part={quoteattr(label)}>{escape(answer)}</answer>\n" for label, answer in answers)
        write("submission-xml", '<?xml version="1.0" encoding="UTF-8"?>\n'
              f'<submission xmlns="urn:rnngrade:submission:1" assignment={quoteattr(sheet.parent.name)} student={quoteattr(sheet.stem)}>\n'
              f"{xml_answers}</submission>\n")
        for label, answer in answers:
            syntax = syntaxes.get(".".join(label.split(".")[:2])) or guessed_syntax(answer)
            if len(answer) < 200:
                write("answer", f"{syntax}\n{answer}")
                if syntax == "formula":
                    write("expression", answer)
    docs = (ROOT / "docs" / "submission-format.md").read_text(encoding="utf-8")
    for block in re.findall(r"```xml\n(.*?)```", docs, re.S):
        if "<submission" in block:
            write("submission-xml", block)
    for test in sorted((ROOT / "Tests" / "RNNGradingTests").glob("*.swift")):
        source = test.read_text(encoding="utf-8")
        for match in re.finditer(r'"((?:[^"\\\n]|\\.)*)",\s*(?:key: "(?:[^"\\\n]|\\.)*",\s*)?as: \.(\w+)', source):
            syntax = "multiple-choice" if match.group(2) == "multipleChoice" else match.group(2)
            if syntax in SYNTAXES and "\\(" not in match.group(1):
                write("answer", f"{syntax}\n{decoded(match.group(1))}")
    for test, syntax in READING_TESTS.items():
        for text in swift_strings(ROOT / "Tests" / "RNNGradingTests" / test):
            if 0 < len(text) < 200:
                write("answer", f"{syntax}\n{text}")
    for test in sorted((ROOT / "Tests" / "RNNExprTests").glob("*.swift")):
        for text in swift_strings(test):
            if 0 < len(text) < 200:
                write("expression", text)
    write_numpy_data(rubrics)
    write_answer_files(sheets)


def write_numpy_data(rubrics):
    """numpy-data: <data> blocks, the golden cases' blocks and the parser tests' strings."""
    for rubric in rubrics:
        for element in ET.parse(rubric).getroot().iter(NS + "data"):
            write("numpy-data", element.text or "")
    golden = json.loads((ROOT / "Tests" / "RNNNumpyTests" / "golden" / "numpy_golden.json").read_text(encoding="utf-8"))
    for case in golden["cases"]:
        write("numpy-data", case["source"])
    for text in swift_strings(ROOT / "Tests" / "RNNNumpyTests" / "NumpyDataParserTests.swift"):
        if 0 < len(text) < 300:
            write("numpy-data", text)


def zipped(members):
    """A deterministic zip archive (stored, fixed dates) of (name, bytes) members, as np.savez writes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for name, data in members:
            archive.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data)
    return buffer.getvalue()


def write_answer_files(sheets):
    """npz, json and form seeds."""
    arrays = sorted((ROOT / "Tests" / "RNNGradingTests" / "Numpy" / "npy").iterdir())
    for path in arrays:
        if path.suffix == ".npz":
            write("npz", path.read_bytes())
        else:
            write("npz", zipped([("1.a.npy", path.read_bytes())]))
    for sheet in sheets:
        answers = dict(sheet_answers(sheet))
        values = {}
        for label, answer in answers.items():
            try:
                values[label] = json.loads(answer)
            except ValueError:
                values[label] = answer
        write("json", json.dumps({"student": sheet.stem, "assignment": sheet.parent.name, "answers": values}, ensure_ascii=False, indent=1))
        write("json", json.dumps({"student": sheet.stem, **answers}, ensure_ascii=False))
        fields = {"student": sheet.stem, "token": "0" * 16, **answers}
        write("form", "application/x-www-form-urlencoded\n" + urllib.parse.urlencode(fields))
        boundary = "----rnngradeFormBoundary"
        parts = "".join(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
                        for name, value in [("student", sheet.stem), ("token", "0" * 16)])
        parts += (f'--{boundary}\r\nContent-Disposition: form-data; name="answers"; filename="{sheet.name}"\r\n'
                  f"Content-Type: text/plain\r\n\r\n{sheet.read_text(encoding='utf-8')}\r\n--{boundary}--\r\n")
        write("form", f"multipart/form-data; boundary={boundary}\n" + parts)


def xsd_names(schema):
    """The element and attribute names a schema declares, as markup: `<part`, ` id=\"`."""
    text = (ROOT / "Rubrics" / schema).read_text(encoding="utf-8")
    names = sorted(set(re.findall(r'<xs:(element|attribute) name="([\w-]+)"', text)))
    return [f"<{name}" if kind == "element" else f' {name}="' for kind, name in names]


def write_dictionaries():
    syntaxes = sorted(SYNTAXES)
    dictionaries = {
        "answer": syntaxes + [f"{s}\n" for s in syntaxes] + NUMBERS + MATRIX + FUNCTIONS + ["(", ")", "{", "}", "a", "b)", "(c)", "W = ", "; "],
        "expression": EXPRESSION + FUNCTIONS + NUMBERS,
        "rubric": xsd_names("rubric.xsd") + XML_MARKUP + EXPRESSION + FUNCTIONS + syntaxes + ['xmlns="urn:rnngrade:rubric:1"'],
        "sheet": SHEET + NUMBERS + MATRIX + ["{", "}", "(", ")"],
        "submission-xml": xsd_names("submission.xsd") + XML_MARKUP + ['xmlns="urn:rnngrade:submission:1"', "\n", "\r\n"],
        "numpy-data": NUMPY + NUMBERS[:7] + ["e-3", "2**32", "(", ")", "[", "]", ",", "\n", ";", "="],
        # npz tokens are bytes, written as latin-1.
        "npz": ["PK\x03\x04", "PK\x01\x02", "PK\x05\x06", "\x93NUMPY\x01\x00", "\x93NUMPY\x02\x00", "{'descr': '",
                "<f8", "<f4", ">f8", "<i8", "<i4", "|u1", "|b1", "<U", "|O", "', 'fortran_order': False, 'shape': (",
                "', 'fortran_order': True, 'shape': (", "), }", ",)", "1.a.npy", "student.npy", "\x00\x00\x00\x00"],
        "json": ["{", "}", "[", "]", ": ", ", ", '"', '\\"', "\\u00e9", "\\n", "null", "true", "false",
                 '"answers"', '"student"', '"assignment"', '"name"', '"1.a"', '"5.W_h"'] + NUMBERS,
        "form": ["application/x-www-form-urlencoded\n", "multipart/form-data; boundary=", "\r\n", "\r\n\r\n", "--",
                 'Content-Disposition: form-data; name="', '"; filename="', "Content-Type: text/plain",
                 "%", "%20", "%0A", "%C3%A9", "+", "&", "=", "student=", "token=", "1.a", "3.c", "5.a", "6.a", "2.b"],
    }
    folder = ROOT / "Fuzz" / "dict"
    folder.mkdir(parents=True, exist_ok=True)
    for name, tokens in dictionaries.items():
        lines = []
        for token in dict.fromkeys(tokens):
            escaped = "".join(chr(b) if 0x20 <= b < 0x7F and b not in b'"\\' else f"\\x{b:02x}" for b in token.encode("latin-1" if name == "npz" else "utf-8"))
            lines.append(f'"{escaped}"')
        (folder / f"{name}.dict").write_text(f"# Tokens for fuzz-{name}; written by scripts/fuzz-corpus.py.\n" + "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
    write_dictionaries()
