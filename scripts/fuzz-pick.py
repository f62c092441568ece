#!/usr/bin/env python3
"""Picks a few inputs a long fuzz run found, for the committed corpus, by the code edges they add.

    .build-fuzz/debug/fuzz-NAME -merge=1 -merge_control_file=/tmp/NAME.ctl /tmp/empty \\
        Fuzz/corpus/NAME .build-fuzz/corpus/NAME
    python3 scripts/fuzz-pick.py /tmp/NAME.ctl [MAX_FILES [MAX_BYTES]] > picked.txt

libFuzzer's merge control file lists every input it ran and, on its `COV` lines, the coverage
edges each reached (https://github.com/llvm/llvm-project/blob/main/compiler-rt/lib/fuzzer/FuzzerMerge.cpp).
The edges of the committed corpus (paths under Fuzz/corpus/) count as covered; the other inputs
are then taken greedily, the one adding the most uncovered edges first (the smaller on a tie),
until none adds an edge or MAX_FILES (default 50) or MAX_BYTES (default 200,000) would be passed.
Prints one line per input: its path, its size and the edges it added.
"""
import os
import sys


def main():
    control = open(sys.argv[1]).read().split("\n")
    max_files = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    max_bytes = int(sys.argv[3]) if len(sys.argv) > 3 else 200_000
    count = int(control[0])
    files = control[2:2 + count]
    edges = {}
    for line in control[2 + count:]:
        fields = line.split()
        if len(fields) >= 2 and fields[0] == "COV":
            edges[int(fields[1])] = set(fields[2:])
    committed = {i for i in range(count) if files[i].startswith("Fuzz/corpus/")}
    covered = set().union(*(edges.get(i, set()) for i in committed))
    candidates = {i: edges.get(i, set()) - covered for i in range(count) if i not in committed}
    total = 0
    for _ in range(max_files):
        best = max(candidates, key=lambda i: (len(candidates[i] - covered), -os.path.getsize(files[i])), default=None)
        while best is not None and total + os.path.getsize(files[best]) > max_bytes:
            del candidates[best]
            best = max(candidates, key=lambda i: (len(candidates[i] - covered), -os.path.getsize(files[i])), default=None)
        if best is None or not candidates[best] - covered:
            break
        added = candidates.pop(best) - covered
        covered |= added
        total += os.path.getsize(files[best])
        print(files[best], os.path.getsize(files[best]), len(added))


if __name__ == "__main__":
    main()
