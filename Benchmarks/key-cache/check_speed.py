#!/usr/bin/env python3
"""`rnngrade check RUBRIC SHEET` with the rubric's key already cached, beside the raw I/O floor:
`cat RUBRIC SHEET > /dev/null` and the bare process start of `rnngrade --version`.

    python3 Benchmarks/key-cache/check_speed.py --bin .build/release/rnngrade [--base OLD/rnngrade] [--runs 7]

Cases: every rubric in Rubrics/ with the first sample of its Submissions/ folder (a family
rubric with its plain twin's sample and a random salt; a rubric without samples with an empty
sheet), and the benchmark rubrics of Benchmarks/solver (captioning loss, plain RNN and LSTM;
the LSTM with hidden 64 over --steps steps) with a sheet of a few right answers from numpy
(make_sheet.py). Per case and binary: the cache is filled by one run, the cached output is
compared byte for byte with a `--no-cache` run's, then --runs runs are timed, interleaved with
the other binary's when --base is given. Reported: medians of wall-clock milliseconds and of
CPU milliseconds (user + system of the child, from getrusage: on a shared machine the wall clock
also counts time spent waiting for a core).
"""
import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


def timed(command, env):
    """Wall and CPU milliseconds of one run of `command` (output discarded)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall * 1000, cpu * 1000


def output(command, env):
    return subprocess.run(command, capture_output=True, env=env, check=False).stdout


def cases(work, steps):
    """(name, rubric, sheet, extra arguments) of every case."""
    result = []
    for name in sorted(os.listdir(os.path.join(ROOT, "Rubrics"))):
        if not name.endswith(".xml"):
            continue
        rubric = os.path.join(ROOT, "Rubrics", name)
        stem = name[:-4]
        samples = os.path.join(ROOT, "Submissions", stem.removesuffix("-family"))
        if os.path.isdir(samples) and os.listdir(samples):
            sheet = os.path.join(samples, sorted(os.listdir(samples))[0])
        else:
            sheet = os.path.join(work, stem + ".txt")
            with open(sheet, "w") as f:
                f.write("# student: s1\n")
        extra = []
        if "<variants" in open(rubric).read():
            salt = os.path.join(work, "salt")
            with open(salt, "wb") as f:
                f.write(os.urandom(32))
            extra = ["--salt-file", salt]
        result.append((stem, rubric, sheet, extra))
    solver = os.path.join(ROOT, "Benchmarks", "solver")
    here = os.path.join(ROOT, "Benchmarks", "key-cache")
    for cell in ["rnn", "lstm"]:
        rubric = os.path.join(work, f"captioning-{cell}.xml")
        with open(rubric, "w") as f:
            subprocess.run([sys.executable, os.path.join(solver, "make_captioning_rubric.py"), "--cell", cell], stdout=f, check=True)
        sheet = os.path.join(work, f"captioning-{cell}.txt")
        with open(sheet, "w") as f:
            subprocess.run([sys.executable, os.path.join(here, "make_sheet.py"), f"captioning-{cell}"], stdout=f, check=True)
        result.append((f"captioning-{cell} (bench)", rubric, sheet, []))
    rubric = os.path.join(work, "lstm.xml")
    with open(rubric, "w") as f:
        subprocess.run([sys.executable, os.path.join(solver, "make_lstm_rubric.py"), "--hidden", "64", "--input", "64",
                        "--steps", str(steps)], stdout=f, check=True)
    sheet = os.path.join(work, "lstm.txt")
    with open(sheet, "w") as f:
        subprocess.run([sys.executable, os.path.join(here, "make_sheet.py"), "lstm", rubric], stdout=f, check=True)
    result.append((f"lstm H=64 T={steps} (bench)", rubric, sheet, []))
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", default=os.path.join(ROOT, ".build", "release", "rnngrade"))
    parser.add_argument("--base", help="a second rnngrade (e.g. the previous build) timed side by side")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--steps", type=int, default=200)
    parser.add_argument("--only", help="only the cases whose name contains this")
    args = parser.parse_args()
    binaries = ([("base", args.base)] if args.base else []) + [("new", args.bin)]
    with tempfile.TemporaryDirectory() as work:
        env = dict(os.environ, NO_COLOR="1")
        envs = {label: dict(env, RNNGRADE_CACHE_DIR=os.path.join(work, "cache-" + label)) for label, _ in binaries}
        load = open("/proc/loadavg").read().split()[:3] if os.path.exists("/proc/loadavg") else ["?"]
        print(f"runs: {args.runs}; load average before: {' '.join(load)}", file=sys.stderr)
        header = ["case", "rubric KB", "cat ms", "--version ms"]
        for label, _ in binaries:
            header += [f"{label} cached ms (CPU ms)"]
        if args.base:
            header += ["new / base (wall, CPU)"]
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for name, rubric, sheet, extra in cases(work, args.steps):
            if args.only and args.only not in name:
                continue
            command = {label: [binary, "check", *extra, rubric, sheet] for label, binary in binaries}
            for label, binary in binaries:
                cold = output([binary, "check", *extra, "--no-cache", rubric, sheet], envs[label])
                output(command[label], envs[label])  # fills the cache
                if output(command[label], envs[label]) != cold:
                    print(f"OUTPUT DIFFERS with the cache: {label} {name}", file=sys.stderr)
            times = {label: [] for label, _ in binaries}
            floor = {"cat": [], "version": []}
            for _ in range(args.runs):
                floor["cat"].append(timed(["cat", rubric, sheet], env)[0])
                floor["version"].append(timed([args.bin, "--version"], env)[0])
                for label, _ in binaries:
                    times[label].append(timed(command[label], envs[label]))
            row = [name, f"{os.path.getsize(rubric) / 1000:.0f}", f"{statistics.median(floor['cat']):.1f}",
                   f"{statistics.median(floor['version']):.1f}"]
            medians = {}
            for label, _ in binaries:
                wall = statistics.median(t[0] for t in times[label])
                cpu = statistics.median(t[1] for t in times[label])
                medians[label] = (wall, cpu)
                row.append(f"{wall:.1f} ({cpu:.1f})")
            if args.base:
                row.append(f"{medians['new'][0] / medians['base'][0]:.2f}, {medians['new'][1] / medians['base'][1]:.2f}")
            print("| " + " | ".join(row) + " |", flush=True)
        load = open("/proc/loadavg").read().split()[:3] if os.path.exists("/proc/loadavg") else ["?"]
        print(f"load average after: {' '.join(load)}", file=sys.stderr)


if __name__ == "__main__":
    main()
